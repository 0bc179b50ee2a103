//! Reusable pieces of the interface, one component per file.

mod app_shell;
mod bi_text;
mod breadcrumbs;
mod continue_card;
mod language_switcher;
mod lesson_end;
mod lesson_link;
mod lesson_view;
mod load_error;
mod module_list;
mod progress_bar;
mod reading_mode_toggle;
mod reflection;
mod rich_text;
mod site_header;
mod storage_banner;

pub use app_shell::AppShell;
pub use bi_text::BiText;
pub use breadcrumbs::Breadcrumbs;
pub use continue_card::ContinueCard;
pub use language_switcher::LanguageSwitcher;
pub use lesson_end::LessonEnd;
pub use lesson_link::LessonLink;
pub use lesson_view::LessonView;
pub use load_error::LoadError;
pub use module_list::{module_meta, ModuleList};
pub use progress_bar::ProgressBar;
pub use reading_mode_toggle::ReadingModeToggle;
pub use reflection::Reflection;
pub use rich_text::RichText;
pub use site_header::SiteHeader;
pub use storage_banner::StorageBanner;
