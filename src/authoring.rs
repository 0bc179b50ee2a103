//! The course compiler (host only): reads a course folder (`lessons/`),
//! checks every rule of `lessons/README.md`, and compiles the course into the
//! index the app starts with and the bundles it fetches when a lesson or
//! module is opened. It runs at build time (`build.rs`), in
//! `validate-lessons` and in the host tests, never in the browser: the app
//! only reads what it wrote.
//!
//! Every mistake is collected, not just the first, each with its file, line
//! and cause, and the list is sorted, so the order in which the checks run
//! never shows.
//!
//! The jobs, one file each:
//! - `report`: a mistake ([`Problem`]), and reading files and TOML while
//!   collecting them;
//! - `raw`: the TOML manifests as written, every field optional;
//! - `manifest`: what every manifest shares (ids, levels, a folder's
//!   manifest with its two Fluent files);
//! - `fluent`: reading lesson text, and checking it against what the
//!   structure asks for;
//! - `questions`: one checker per kind of question;
//! - `course`, `module`, `lesson`: compiling each level;
//! - [`figure`]: checking and rewriting a lesson's SVG drawing;
//! - `bundles`: writing the JSON bundles; `stats`: counts for reports.
//!
//! `build.rs` cannot depend on this crate, so it compiles these files by
//! `#[path]`: they reach the domain only as `crate::domain::{content::catalog,
//! shared::language, content::lesson}`, the shared Fluent helpers as
//! `crate::adapters::fluent_source`, and each other as `crate::authoring::…`.
//! A file compiled by `#[path]` counts as a `mod.rs`, so a plain `mod x;`
//! inside it would be looked for beside it rather than in `authoring/`:
//! hence the explicit paths below, which resolve the same in both crates.

#[path = "authoring/bundles.rs"]
mod bundles;
#[path = "authoring/control_checks.rs"]
mod control_checks;
#[path = "authoring/controls.rs"]
mod controls;
#[path = "authoring/course.rs"]
mod course;
#[path = "authoring/figure.rs"]
pub mod figure;
#[path = "authoring/fluent.rs"]
mod fluent;
#[path = "authoring/lesson.rs"]
mod lesson;
#[path = "authoring/manifest.rs"]
mod manifest;
#[path = "authoring/module.rs"]
mod module;
#[path = "authoring/questions.rs"]
mod questions;
#[path = "authoring/raw.rs"]
mod raw;
#[path = "authoring/report.rs"]
mod report;
#[path = "authoring/stats.rs"]
mod stats;

pub use bundles::{page_text, write_bundles};
pub use course::{compile, CompiledCourse};
pub use report::Problem;
pub use stats::{stats, word_count, CourseStats};
