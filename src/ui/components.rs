//! Reusable pieces of the interface, one component per file.
//!
//! Pages that fetch content share [`Loader`] (a status, the content, or a
//! localised error with a retry); tool pages share [`PageFrame`]'s opening.
//!
//! Every generic instantiation of view code is compiled into the wasm, so
//! components read shared reactive values through erased `Signal`s
//! (`Signal::derive`) rather than a new closure type per attribute, and the
//! ordering question redraws its short list instead of using `<For>`: one
//! compiled copy of the view code each. (The quiz interface cost about
//! 63 KiB brotli at first, 57 after this.)

mod app_shell;
mod assigned_list;
mod assignment_view;
mod bi_text;
mod breadcrumbs;
mod certificate_check;
mod certificate_missing;
mod certificate_view;
mod checkpoint_result;
mod checkpoint_view;
mod cited_controls;
mod class_dashboard;
mod class_grid;
mod confirm_button;
mod continue_card;
mod control_detail;
mod control_explorer;
mod control_filters;
mod control_results;
mod figure_view;
mod language_switcher;
mod lesson_end;
mod lesson_link;
mod lesson_view;
mod lms_banner;
mod load_error;
mod loader;
mod lrs_consent;
mod lrs_import;
mod lrs_status;
mod module_list;
mod offline_banner;
mod page_frame;
mod progress_bar;
mod question_chart;
mod question_view;
mod reading_mode_toggle;
mod reflection;
mod results_export;
mod results_import;
mod retention_setting;
mod review_view;
mod rich_text;
mod share_link;
mod site_header;
mod soa_print;
mod soa_row;
mod soa_summary;
pub(crate) mod soa_workbook;
mod status_badge;
mod storage_banner;

pub use app_shell::AppShell;
pub use assigned_list::AssignedList;
pub use assignment_view::AssignmentView;
pub use bi_text::BiText;
pub use breadcrumbs::Breadcrumbs;
pub use certificate_check::CertificateCheck;
pub use certificate_missing::CertificateMissing;
pub use certificate_view::{CertificateView, Paper};
pub use checkpoint_result::{score_text, CheckpointResult};
pub use checkpoint_view::CheckpointView;
pub use cited_controls::CitedControls;
pub use class_dashboard::ClassDashboard;
pub use class_grid::ClassGrid;
pub use confirm_button::ConfirmButton;
pub use continue_card::ContinueCard;
pub use control_detail::ControlDetail;
pub use control_explorer::ControlExplorer;
pub use control_filters::ControlFilters;
pub use control_results::ControlResults;
pub use figure_view::FigureView;
pub use language_switcher::LanguageSwitcher;
pub use lesson_end::LessonEnd;
pub use lesson_link::LessonLink;
pub use lesson_view::LessonView;
pub use lms_banner::LmsBanner;
pub use load_error::LoadError;
pub use loader::{LoadFuture, Loader, Ready};
pub use lrs_consent::LrsConsent;
pub use lrs_import::LrsImport;
pub use lrs_status::LrsStatus;
pub use module_list::{module_meta, ModuleList};
pub use offline_banner::OfflineBanner;
pub use page_frame::PageFrame;
pub use progress_bar::ProgressBar;
pub use question_chart::QuestionChart;
pub use question_view::QuestionView;
pub use reading_mode_toggle::ReadingModeToggle;
pub use reflection::Reflection;
pub use results_export::ResultsExport;
pub use results_import::ResultsImport;
pub use retention_setting::RetentionSetting;
pub use review_view::{ReviewItem, ReviewView};
pub use rich_text::RichText;
pub use share_link::ShareLink;
pub use site_header::SiteHeader;
pub use soa_print::SoaPrint;
pub use soa_row::SoaRow;
pub use soa_summary::SoaSummary;
pub use soa_workbook::SoaWorkbook;
pub use status_badge::status_badge;
pub use storage_banner::StorageBanner;
