//! The pure domain: plain Rust types and rules with no knowledge of the
//! browser, Leptos or Fluent. Everything here runs under `cargo test` on the host.
//!
//! Grouped by whom it serves:
//! - [`content`]: the course as authored: catalog, lessons and questions, rich text;
//! - [`learner`]: what a learner does with it: progress and the session that
//!   keeps it, checkpoint attempts, scoring, drafts, preferences, progress files;
//! - [`trainer`]: assignments, the learner's accepted assignments, result files,
//!   their xAPI statements, and the trainer's class;
//! - [`shared`]: languages, routes, dates, and the storage interface.

pub mod content;
pub mod learner;
pub mod shared;
pub mod trainer;
