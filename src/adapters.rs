//! Adapters between the pure domain and the outside world: course content
//! compiled into the app, browser storage, files the learner saves or
//! opens, and Fluent localisation. (Compiling `lessons/` is not an adapter:
//! see `crate::authoring`.)

pub mod content;
pub mod files;
pub mod fluent_source;
pub mod i18n;
pub mod js_error;
pub mod offline;
pub mod qr;
pub mod storage;
