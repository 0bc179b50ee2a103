//! Compiles `lessons/` at build time, with the same code the library's
//! validator and tests use (`src/authoring.rs` and its files, included
//! below): a mistake in the content fails the build with file, line and cause.
//!
//! Outputs: the course index, embedded in the app as a Rust expression
//! (`OUT_DIR/catalog.rs`: no parsing at start-up, no deserialiser in the wasm),
//! and one JSON bundle per lesson and per module in `target/content/`, which
//! Trunk copies into the site (see Trunk.toml) and the app fetches on demand.
// The included modules carry more than the build needs.
#![allow(dead_code, unused_imports)]

// A build script cannot depend on its own crate, so the files are compiled
// here again, at the paths they use in the library: `crate::domain::…`,
// `crate::adapters::fluent_source` and `crate::authoring::…`. `#[path]`
// inside an inline `mod` block would be read from a folder named after the
// block, hence the files at the top and the `domain` and `adapters` blocks re-exporting them.
#[path = "src/domain/content/catalog.rs"]
pub mod catalog;
#[path = "src/domain/content/controls.rs"]
pub mod controls;
#[path = "src/domain/shared/language.rs"]
pub mod language;
#[path = "src/domain/content/lesson.rs"]
pub mod lesson;
#[path = "src/domain/shared/percent.rs"]
pub mod percent;
mod domain {
    pub mod content {
        pub use super::super::{catalog, controls, lesson};
    }
    pub mod shared {
        pub use super::super::{language, percent};
    }
}
#[path = "src/adapters/fluent_source.rs"]
pub mod fluent_source;
mod adapters {
    pub use super::fluent_source;
}
#[path = "src/authoring.rs"]
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
    // The interface text of the pages fetched when first opened, which the
    // release build fetches with them (see adapters::i18n).
    println!("cargo::rerun-if-changed=locales");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let result = std::fs::write(out_dir.join("catalog.rs"), rust_catalog(&course.catalog))
        .and_then(|()| authoring::page_text(&root.join("locales")))
        .and_then(|text| {
            authoring::write_bundles(&course, &text, &root.join("target").join("content"))
        });
    if let Err(e) = result {
        eprintln!("cannot write the compiled course: {e}");
        std::process::exit(1);
    }
}

/// The course index as a Rust expression of the `domain::content::catalog` types.
/// `{:?}` of a `str` is a valid Rust string literal.
fn rust_catalog(c: &catalog::Catalog) -> String {
    use std::fmt::Write as _;
    let text = |l: &catalog::Localized| {
        format!(
            "Localized {{ en: {:?}.into(), fr: {:?}.into() }}",
            l.en, l.fr
        )
    };
    let level = |l: catalog::Level| format!("Level::{l:?}");
    let mut out = String::new();
    let _ = write!(
        out,
        "Catalog {{ course_id: {:?}.into(), title: {}, summary: {}, tracks: vec![",
        c.course_id,
        text(&c.title),
        text(&c.summary)
    );
    for t in &c.tracks {
        let _ = write!(
            out,
            "Track {{ id: {:?}.into(), name: {} }},",
            t.id,
            text(&t.name)
        );
    }
    out.push_str("], modules: vec![");
    for m in &c.modules {
        let _ = write!(
            out,
            "ModuleSummary {{ id: {:?}.into(), title: {}, summary: {}, level: {}, duration_minutes: {}, question_count: {}, pass_mark: {}, lessons: vec![",
            m.id,
            text(&m.title),
            text(&m.summary),
            level(m.level),
            m.duration_minutes,
            m.question_count,
            m.pass_mark
        );
        for l in &m.lessons {
            let _ = write!(
                out,
                "LessonSummary {{ id: {:?}.into(), title: {}, level: {}, duration_minutes: {} }},",
                l.id,
                text(&l.title),
                level(l.level),
                l.duration_minutes
            );
        }
        // One string per module, split at start-up: a `vec!` of 158
        // `.into()` calls would be code, not data, in the first load.
        let _ = write!(
            out,
            "], questions: crate::domain::content::catalog::ids({:?}) }},",
            m.questions.join(" ")
        );
    }
    out.push_str("] }");
    out
}
