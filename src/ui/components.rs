//! Reusable pieces of the interface, one component per file.

mod app_shell;
mod language_switcher;
mod lesson_view;
mod load_error;
mod module_list;
mod rich_text;
mod site_header;
mod storage_banner;

pub use app_shell::AppShell;
pub use language_switcher::LanguageSwitcher;
pub use lesson_view::LessonView;
pub use load_error::LoadError;
pub use module_list::ModuleList;
pub use rich_text::RichText;
pub use site_header::SiteHeader;
pub use storage_banner::StorageBanner;
