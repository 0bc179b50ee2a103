//! Adapters between the pure domain and the outside world: course content
//! compiled into the app or fetched, browser storage, Fluent localisation,
//! files the learner saves or opens, QR codes, the offline copy of the site,
//! the SCORM 1.2 API of an LMS around the app and the package it runs from,
//! a Learning Record Store's statements resource,
//! and what a thrown JavaScript value says. (Compiling `lessons/` is not an
//! adapter: see `crate::authoring`.)

pub mod content;
pub mod files;
pub mod fluent_source;
pub mod i18n;
pub mod js_error;
pub mod lrs;
pub mod offline;
pub mod package;
pub mod qr;
pub mod scorm;
pub mod storage;
