//! The page frame: header, language switch, dataset picker and templates (CSV, workbook), and whole-page
//! messages (loading, a dataset that failed, notices about the address or the dataset, and
//! the code page a table was read in).

mod dataset_error;
mod dataset_file_picker;
mod dataset_name;
mod dataset_notices;
mod language_switch;
mod loading_status;
mod site_header;
mod template_button;
mod url_notices;
mod workbook_template_link;

pub use dataset_error::DatasetErrorPanel;
pub use dataset_file_picker::DatasetFilePicker;
pub use dataset_notices::DatasetNotices;
pub use language_switch::LanguageSwitch;
pub use loading_status::LoadingStatus;
pub use site_header::SiteHeader;
pub use template_button::TemplateButton;
pub use url_notices::UrlNotices;
pub use workbook_template_link::WorkbookTemplateLink;
