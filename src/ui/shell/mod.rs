//! The page frame: header and whole-page messages.
pub mod dataset_error;
pub mod dataset_file_picker;
pub mod language_switch;
pub mod loading_status;
pub mod site_header;
pub mod url_notices;
