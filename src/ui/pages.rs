//! One component per page.

mod checkpoint;
mod home;
mod lesson;
mod module;
mod not_found;
mod review;
mod settings;

pub use checkpoint::CheckpointPage;
pub use home::HomePage;
pub use lesson::LessonPage;
pub use module::ModulePage;
pub use not_found::NotFoundPage;
pub use review::ReviewPage;
pub use settings::SettingsPage;
