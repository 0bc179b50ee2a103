//! One component per page.

mod assignment;
mod certificate;
mod checkpoint;
mod control;
mod controls;
mod dashboard;
mod home;
mod lesson;
mod module;
mod not_found;
mod review;
mod settings;
mod trainer;
mod workbook;

pub use assignment::AssignmentPage;
pub use certificate::CertificatePage;
pub use checkpoint::CheckpointPage;
pub use control::ControlPage;
pub use controls::ControlsPage;
pub use dashboard::DashboardPage;
pub use home::HomePage;
pub use lesson::LessonPage;
pub use module::ModulePage;
pub use not_found::NotFoundPage;
pub use review::ReviewPage;
pub use settings::SettingsPage;
pub use trainer::TrainerPage;
pub use workbook::WorkbookPage;
