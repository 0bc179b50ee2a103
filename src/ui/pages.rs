//! One component per page.

mod home;
mod lesson;
mod not_found;

pub use home::HomePage;
pub use lesson::LessonPage;
pub use not_found::NotFoundPage;
