//! One component per page, plus the route-level wrappers that pick the
//! language of what they show.

mod entry_redirect;
mod home;
mod language_root;
mod not_found;
mod unknown_address;

pub use entry_redirect::EntryRedirect;
pub use home::HomePage;
pub use language_root::LanguageRoot;
pub use not_found::NotFoundPage;
pub use unknown_address::UnknownAddress;
