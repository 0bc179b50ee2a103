//! Reusable pieces of the interface, one component per file.

mod app_shell;
mod language_switcher;
mod module_list;
mod site_header;
mod storage_banner;

pub use app_shell::AppShell;
pub use language_switcher::LanguageSwitcher;
pub use module_list::ModuleList;
pub use site_header::SiteHeader;
pub use storage_banner::StorageBanner;
