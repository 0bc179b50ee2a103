//! Adapters between the pure domain and the outside world: course content
//! compiled into the app, browser storage, and Fluent localisation.

pub mod content;
pub mod i18n;
pub mod storage;
