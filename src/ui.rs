//! The Leptos interface: the app and its routes, pages, and components.
//! It reads and writes learner state only through the adapters.

pub mod app;
pub mod assignments;
pub mod cmi5;
pub mod components;
pub mod document;
pub mod format;
pub mod i18n;
pub mod lazy;
pub mod learner;
pub mod lrs;
pub mod offline;
pub mod pages;
pub mod reading;
pub mod router;
pub mod scorm;
