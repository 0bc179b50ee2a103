//! Compiles `lessons/` at build time, with the same code the library's
//! validator and tests use (`src/adapters/authoring.rs`, included below):
//! a mistake in the content fails the build with file, line and cause.
//!
//! Outputs: the course index, embedded in the app (`OUT_DIR/catalog.json`),
//! and one JSON bundle per lesson and per module in `target/content/`, which
//! Trunk copies into the site (see Trunk.toml) and the app fetches on demand.
#![allow(dead_code)] // the included modules carry more than the build needs

#[path = "src/domain/catalog.rs"]
pub mod catalog;
#[path = "src/domain/language.rs"]
pub mod language;
#[path = "src/domain/lesson.rs"]
pub mod lesson;
mod domain {
    pub use super::{catalog, lesson};
}
#[path = "src/adapters/authoring.rs"]
mod authoring;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    // SAVOIR_LESSONS builds another course folder instead (relative to this
    // crate), for example a fixture while `lessons/` is being rewritten.
    let lessons = std::env::var("SAVOIR_LESSONS").unwrap_or_else(|_| "lessons".to_owned());
    println!("cargo::rerun-if-env-changed=SAVOIR_LESSONS");
    println!("cargo::rerun-if-changed={lessons}");
    let course = match authoring::compile(&root.join(&lessons)) {
        Ok(course) => course,
        Err(problems) => {
            eprintln!(
                "\nThe course in {lessons}/ has {} mistake(s):",
                problems.len()
            );
            for p in &problems {
                eprintln!("  {p}");
            }
            eprintln!(
                "\nSee lessons/README.md; `cargo run --bin validate-lessons` lists them too.\n"
            );
            std::process::exit(1);
        }
    };
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let catalog = serde_json::to_string(&course.catalog).unwrap_or_default();
    let result = std::fs::write(out_dir.join("catalog.json"), catalog)
        .and_then(|()| authoring::write_bundles(&course, &root.join("target").join("content")));
    if let Err(e) = result {
        eprintln!("cannot write the compiled course: {e}");
        std::process::exit(1);
    }
}
