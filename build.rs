//! Generates the course index the app starts with from `lessons/`.
//!
//! The index holds only what the home page needs; lesson bodies stay in
//! `lessons/` and are fetched when a lesson is opened. A mistake in the files
//! read here fails the build with the file, the line and the cause.

use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseManifest {
    id: String,
    #[serde(default)]
    modules: Vec<String>,
}

#[derive(Serialize)]
struct Localized {
    en: String,
    fr: String,
}

#[derive(Serialize)]
struct Catalog {
    course_id: String,
    title: Localized,
    modules: Vec<serde_json::Value>,
}

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

/// Reads a plain-text message (no placeables) from a Fluent file.
fn plain_message(path: &Path, id: &str, errors: &mut Vec<String>) -> String {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            errors.push(format!("{}: cannot read: {e}", path.display()));
            return String::new();
        }
    };
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                errors.push(format!(
                    "{}:{}: Fluent syntax error: {}",
                    path.display(),
                    line_of(&source, e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                    e.kind
                ));
            }
            r
        }
    };
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if m.id.name == id {
                let mut text = String::new();
                for el in m.value.iter().flat_map(|p| p.elements.iter()) {
                    match el {
                        fluent_syntax::ast::PatternElement::TextElement { value } => {
                            text.push_str(value)
                        }
                        fluent_syntax::ast::PatternElement::Placeable { .. } => {
                            errors.push(format!("{}: `{id}` must be plain text", path.display()))
                        }
                    }
                }
                if text.trim().is_empty() {
                    errors.push(format!("{}: `{id}` is empty", path.display()));
                }
                return text.trim().to_owned();
            }
        }
    }
    errors.push(format!("{}: message `{id}` is missing", path.display()));
    String::new()
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let lessons = root.join("lessons");
    println!("cargo::rerun-if-changed=lessons");

    let mut errors = Vec::new();
    let manifest_path = lessons.join("course.toml");
    let manifest_src = std::fs::read_to_string(&manifest_path).unwrap_or_else(|e| {
        errors.push(format!("{}: cannot read: {e}", manifest_path.display()));
        String::new()
    });
    let manifest: Option<CourseManifest> = match toml::from_str(&manifest_src) {
        Ok(m) => Some(m),
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(&manifest_src, s.start));
            errors.push(format!(
                "{}:{line}: {}",
                manifest_path.display(),
                e.message()
            ));
            None
        }
    };

    let title = Localized {
        en: plain_message(&lessons.join("en.ftl"), "course-title", &mut errors),
        fr: plain_message(&lessons.join("fr.ftl"), "course-title", &mut errors),
    };

    if let Some(m) = &manifest {
        if !m.modules.is_empty() {
            errors.push(format!(
                "{}: modules are listed but module manifests are not read yet",
                manifest_path.display()
            ));
        }
    }

    if !errors.is_empty() {
        let mut report = String::from("course content has mistakes:\n");
        for e in &errors {
            let _ = writeln!(report, "  {e}");
        }
        eprintln!("{report}");
        std::process::exit(1);
    }

    let catalog = Catalog {
        course_id: manifest.map(|m| m.id).unwrap_or_default(),
        title,
        modules: Vec::new(),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("catalog.json");
    let json = serde_json::to_string(&catalog).unwrap_or_default();
    if let Err(e) = std::fs::write(&out, json) {
        eprintln!("cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
