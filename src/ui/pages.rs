//! One component per page.

mod home;
mod lesson;
mod module;
mod not_found;

pub use home::HomePage;
pub use lesson::LessonPage;
pub use module::ModulePage;
pub use not_found::NotFoundPage;
