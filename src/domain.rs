//! The pure domain: plain Rust types and rules with no knowledge of the
//! browser, Leptos or Fluent. Everything here runs under `cargo test` on the host.

pub mod assigned;
pub mod assignment;
pub mod calendar;
pub mod catalog;
pub mod class;
pub mod draft;
pub mod language;
pub mod lesson;
pub mod preferences;
pub mod progress;
pub mod quiz;
pub mod results;
pub mod rich_text;
pub mod route;
pub mod scoring;
pub mod session;
pub mod store;
pub mod transfer;
pub mod xapi;
