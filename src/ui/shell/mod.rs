//! The page frame: header, language switch, dataset picker, and whole-page messages
//! (loading, a dataset that failed, notices about the address).

mod dataset_error;
mod dataset_file_picker;
mod language_switch;
mod loading_status;
mod site_header;
mod url_notices;

pub use dataset_error::DatasetErrorPanel;
pub use dataset_file_picker::DatasetFilePicker;
pub use language_switch::LanguageSwitch;
pub use loading_status::LoadingStatus;
pub use site_header::SiteHeader;
pub use url_notices::UrlNotices;
