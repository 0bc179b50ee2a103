//! What every part of the domain uses: languages, routes, dates and times,
//! and the storage interface with its versioned documents.

pub mod calendar;
pub mod csv;
pub mod json;
pub mod language;
pub mod percent;
pub mod route;
pub mod store;
