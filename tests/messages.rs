//! Every interface message id that the code in `src/` names exists in both
//! `locales/en/*.ftl` and `locales/fr/*.ftl`, so a misspelt id fails here
//! rather than showing its raw id to a learner (leptos-fluent makes it a
//! compile error; with our own Fluent wrapper this test does that job).
//!
//! The ids are extracted from the source text, not from a list: whatever
//! function carries them (`message`, `message_args`, `t`, `tr`, `t_args`,
//! `interface_text`, `announce`, a local `say`, a component prop such as
//! `yes="…"`), a message id is a kebab-case string literal.
//! So every kebab-case literal in `src/` (test modules left out) must be
//! one of:
//! - a message defined in both languages;
//! - the value of an HTML attribute in a view (`data-testid="…"`,
//!   `class="…"`, `id="…"`, `for="…"`, `aria-…="…"`, …) or the element id
//!   given to `focus_by_id`: a name, not text;
//! - on [`NOT_MESSAGES`], each with the reason it is not a message.
//!
//! Skipped, because they are built at run time and so cannot be read from
//! the source (none of them is an interface message id today):
//! - `format!` strings with a placeholder, such as `format!("option-{o}")`,
//!   `format!("chart-{module}")`, `format!("{anchor}-hint")`: element ids
//!   and lesson content keys (lesson texts are checked by `tests/content.rs`
//!   and the lesson validator);
//! - ids passed through variables (`i18n.tr(id)`): their literal is found
//!   where it is written, such as in a `message_id()` match arm.

use savoir::domain::content::controls::Facet;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Kebab-case literals of `src/` that are not interface messages, with why.
const NOT_MESSAGES: &[(&str, &str)] = &[
    // Formats and kinds written into stored documents and files.
    ("savoir-progress", "progress file format name"),
    ("savoir-results", "result file format name"),
    ("single-choice", "question kind in lesson files"),
    ("multiple-choice", "question kind in lesson files"),
    ("true-false", "question kind in lesson files"),
    ("fill-in", "question kind in lesson files"),
    ("short-text", "question kind in lesson files"),
    ("not-started", "assignment status in result files"),
    ("in-progress", "assignment status in result files"),
    ("kebab-case", "serde rename rule"),
    (
        "savoir-package",
        "the meta tag that marks a SCORM package's page",
    ),
    ("no-credit", "a value of SCORM 1.2's cmi.core.credit"),
    ("auth-token", "a property of a cmi5 fetch URL's answer"),
    ("error-code", "a property of a cmi5 fetch URL's answer"),
    ("error-text", "a property of a cmi5 fetch URL's answer"),
    // Names the service worker and the page agree on.
    ("savoir-apply-update", "message to the service worker"),
    ("savoir-update-waiting", "message from the service worker"),
    ("immediate-abort", "service worker option"),
    // Names of elements, attributes and styles set from code.
    ("data-ready", "attribute set on <html>"),
    ("data-bilingual", "attribute set on <html>"),
    ("data-label", "attribute set on figure labels"),
    ("data-wrap", "attribute set on figure labels"),
    ("stroke-width", "SVG attribute"),
    ("text-anchor", "SVG attribute"),
    ("visually-hidden", "CSS class"),
    ("fig-box", "CSS class kept in figures"),
    ("fig-box-accent", "CSS class kept in figures"),
    ("fig-box-muted", "CSS class kept in figures"),
    ("fig-line", "CSS class kept in figures"),
    ("fig-line-dashed", "CSS class kept in figures"),
    ("fig-arrowhead", "CSS class kept in figures"),
    ("fig-label", "CSS class kept in figures"),
    ("fig-label-strong", "CSS class kept in figures"),
    ("fig-label-small", "CSS class kept in figures"),
    ("assign-module-first", "element id of the trainer's form"),
    ("assign-due", "element id of the trainer's form"),
    ("assign-pass", "element id of the trainer's form"),
    ("assign-note-en", "element id of the trainer's form"),
    ("assign-lrs-endpoint", "element id of the trainer's form"),
    ("long-fill-in", "an xAPI interaction type"),
    ("outbox-lease", "a storage key's name"),
    ("assign-lrs-key", "element id of the trainer's form"),
    // Names in the course's own files.
    ("course-title", "course text key"),
    ("course-summary", "course text key"),
    ("key-point", "callout kind in lesson files"),
    ("practical-example", "lesson section anchor"),
    ("prompt-guidance", "lesson section anchor"),
];

/// Functions whose string argument names an element, never a message.
const NAME_CALLS: &[&str] = &["focus_by_id("];

/// HTML attributes whose value is a name, never a message.
const NAME_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "for",
    "href",
    "name",
    "type",
    "role",
    "lang",
    "rel",
    "target",
    "autocomplete",
    "inputmode",
    "list",
    "form",
    "headers",
    "scope",
    "anchor",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            // A `tests/` folder holds a test module's own submodules.
            if path.file_name().is_some_and(|n| n != "tests") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            // A `tests.rs` is a test module in a file of its own.
            out.push(path);
        }
    }
}

/// The message ids a language's Fluent files define: those compiled into
/// every build and those of the pages fetched when first opened.
fn defined(lang: &str) -> BTreeSet<String> {
    let dir = root().join("locales").join(lang);
    let mut ids = defined_in(&dir);
    ids.extend(defined_in(&dir.join("pages")));
    ids
}

/// The message ids of the Fluent files in `dir` (not in its folders).
fn defined_in(dir: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
    }
    assert!(!ids.is_empty(), "no messages in {}", dir.display());
    ids
}

/// A string literal of the source: its text and where it starts.
struct Literal {
    text: String,
    start: usize,
}

/// The string literals of Rust source, comments skipped: a small lexer
/// that knows plain and raw strings, char literals and lifetimes.
fn literals(source: &str) -> Vec<Literal> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
                if bytes.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let open = i + 2 + hashes;
                let close = format!("\"{}", "#".repeat(hashes));
                let end = source[open..]
                    .find(&close)
                    .map_or(bytes.len(), |e| open + e);
                out.push(Literal {
                    text: source[open..end].to_owned(),
                    start: i,
                });
                i = end + close.len();
            }
            b'"' => {
                let start = i;
                i += 1;
                let mut text = String::new();
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        text.push('\\');
                        i += 1;
                    }
                    let ch = source[i..].chars().next().unwrap_or(' ');
                    text.push(ch);
                    i += ch.len_utf8();
                }
                out.push(Literal { text, start });
                i += 1;
            }
            b'\'' => {
                // A char literal ('x', '\n', '\u{a0}') or a lifetime ('a).
                if bytes.get(i + 1) == Some(&b'\\') {
                    let close = source[i + 2..]
                        .find('\'')
                        .map_or(bytes.len(), |e| i + 2 + e);
                    i = close + 1;
                } else {
                    let ch = source[i + 1..].chars().next().map_or(1, char::len_utf8);
                    if bytes.get(i + 1 + ch) == Some(&b'\'') {
                        i += ch + 2;
                    } else {
                        i += 1;
                    }
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// The source without its `#[cfg(test)] mod … { … }` blocks (their ids are
/// made up on purpose, such as a message that does not exist).
fn without_test_modules(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find("#[cfg(test)]") {
        let after = &rest[at..];
        let Some(open) = after.find('{') else { break };
        let is_module = after[..open].contains("mod ");
        out.push_str(&rest[..at]);
        if !is_module {
            out.push_str("#[cfg(test)]");
            rest = &rest[at + "#[cfg(test)]".len()..];
            continue;
        }
        let mut depth = 0usize;
        let mut end = after.len();
        for (i, b) in after.bytes().enumerate().skip(open) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Whether a literal has the shape of a message id: lower-case words
/// joined by hyphens (every interface id has at least one).
fn id_shaped(text: &str) -> bool {
    let mut words = text.split('-');
    text.contains('-')
        && words.all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && text.as_bytes()[0].is_ascii_lowercase()
}

/// Whether the literal that follows `before` names something (an element,
/// a style) rather than being a message: the value of an HTML attribute
/// such as `data-testid="…"` in a view, or the argument of `focus_by_id`.
fn names_something(before: &str) -> bool {
    if NAME_CALLS.iter().any(|call| before.ends_with(call)) {
        return true;
    }
    let Some(rest) = before.trim_end().strip_suffix('=') else {
        return false;
    };
    let attribute: String = rest
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '_'))
        .collect::<String>()
        .chars()
        .rev()
        .collect();
    attribute.contains('-') || attribute.contains(':') || NAME_ATTRIBUTES.contains(&&*attribute)
}

/// Every message id the source names, with where (`file:line`).
fn used_ids() -> BTreeMap<String, Vec<String>> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut not_messages: BTreeSet<&str> = NOT_MESSAGES.iter().map(|(id, _)| *id).collect();
    // The values of ISO/IEC 27002's attribute types, as data files and
    // addresses write them (their labels are content, in lessons/controls/).
    for facet in Facet::ALL {
        not_messages.extend(facet.allowed());
    }
    let mut used: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files {
        let source = without_test_modules(&std::fs::read_to_string(&file).unwrap_or_default());
        for literal in literals(&source) {
            if !id_shaped(&literal.text)
                || not_messages.contains(literal.text.as_str())
                || names_something(&source[..literal.start])
            {
                continue;
            }
            let line = source[..literal.start].matches('\n').count() + 1;
            let name = file.strip_prefix(root()).unwrap_or(&file).display();
            used.entry(literal.text)
                .or_default()
                .push(format!("{name}:{line}"));
        }
    }
    used
}

#[test]
fn every_message_id_used_in_the_source_exists_in_both_languages() {
    let used = used_ids();
    // The extraction itself works: it finds the ids of every form of call.
    assert!(
        used.len() >= 250,
        "only {} ids found in src/: is the extraction broken?",
        used.len()
    );
    for (form, id) in [
        ("i18n.tr", "lesson-retry"),
        ("i18n.t_args", "dashboard-file-rejected"),
        ("a message_id() match arm", "assignment-error-tampered"),
        ("interface_text", "settings-title"),
    ] {
        assert!(used.contains_key(id), "`{id}` ({form}) was not extracted");
    }
    let mut missing = Vec::new();
    for lang in ["en", "fr"] {
        let defined = defined(lang);
        for (id, places) in &used {
            if !defined.contains(id) {
                missing.push(format!(
                    "`{id}` is not in locales/{lang}/*.ftl (used at {})",
                    places.join(", ")
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "message ids used in src/ but not defined (or a non-message literal to add to NOT_MESSAGES):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_exceptions_are_not_messages_and_are_all_still_used() {
    // An exception that became a message, or that the code no longer has,
    // is a stale entry that could hide a typo.
    let en = defined("en");
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let sources: Vec<String> = files
        .iter()
        .map(|f| without_test_modules(&std::fs::read_to_string(f).unwrap_or_default()))
        .collect();
    for (id, why) in NOT_MESSAGES {
        assert!(!en.contains(*id), "`{id}` ({why}) is a message after all");
        let quoted = format!("\"{id}\"");
        assert!(
            sources.iter().any(|s| s.contains(&quoted)),
            "`{id}` ({why}) is no longer in src/: remove it from NOT_MESSAGES"
        );
    }
}

#[test]
fn the_lexer_finds_literals_and_skips_comments() {
    let source = r##"
        // i18n.t("in-a-comment")
        let a = i18n.t("real-id"); /* "block-comment" */
        let b: &'static str = r#"raw-id"#; let c = '"'; let d = "esc\"aped-id";
        #[cfg(test)]
        mod tests { fn f() { t("test-only-id") } }
    "##;
    let found: Vec<String> = literals(&without_test_modules(source))
        .into_iter()
        .map(|l| l.text)
        .collect();
    assert_eq!(found, ["real-id", "raw-id", "esc\\\"aped-id"]);
    assert!(id_shaped("lesson-retry") && !id_shaped("lesson") && !id_shaped("Lesson-retry"));
    assert!(!id_shaped("a--b") && !id_shaped("a-b-") && !id_shaped("option-{o}"));
    assert!(names_something("<p data-testid=") && names_something(" class = "));
    assert!(names_something("request_animation_frame(|| focus_by_id("));
    assert!(!names_something("<ConfirmButton yes=") && !names_something("i18n.t("));
}

/// The source files only the pages fetched when first opened use
/// (`src/ui/lazy.rs`): in the release build their text may come with them
/// (`locales/<lang>/pages/`). Any other file is part of the first load, so
/// the ids it names must be compiled in (`locales/<lang>/*.ftl`): a new
/// file counts as first load until it is listed here.
const PAGE_ONLY: &[&str] = &[
    "src/ui/pages/assignment.rs",
    "src/ui/pages/certificate.rs",
    "src/ui/pages/checkpoint.rs",
    "src/ui/pages/control.rs",
    "src/ui/pages/controls.rs",
    "src/ui/pages/dashboard.rs",
    "src/ui/pages/review.rs",
    "src/ui/pages/settings.rs",
    "src/ui/pages/trainer.rs",
    "src/ui/pages/workbook.rs",
    "src/ui/components/assignment_view.rs",
    "src/ui/components/certificate_check.rs",
    "src/ui/components/certificate_missing.rs",
    "src/ui/components/certificate_view.rs",
    "src/ui/components/checkpoint_result.rs",
    "src/ui/components/checkpoint_view.rs",
    "src/ui/components/class_dashboard.rs",
    "src/ui/components/class_grid.rs",
    "src/ui/components/confirm_button.rs",
    "src/ui/components/control_detail.rs",
    "src/ui/components/control_explorer.rs",
    "src/ui/components/control_filters.rs",
    "src/ui/components/control_results.rs",
    "src/ui/components/lrs_consent.rs",
    "src/ui/components/lrs_import.rs",
    "src/ui/components/lrs_status.rs",
    "src/ui/components/page_frame.rs",
    "src/ui/components/question_chart.rs",
    "src/ui/components/results_export.rs",
    "src/ui/components/results_import.rs",
    "src/ui/components/retention_setting.rs",
    "src/ui/components/review_view.rs",
    "src/ui/components/share_link.rs",
    "src/ui/components/soa_print.rs",
    "src/ui/components/soa_row.rs",
    "src/ui/components/soa_summary.rs",
    "src/ui/components/soa_workbook.rs",
];

/// Files that name every page or component without running them: the
/// lists of modules, and the split points.
const INDEXES: &[&str] = &["src/ui/components.rs", "src/ui/pages.rs", "src/ui/lazy.rs"];

#[test]
fn text_the_first_load_shows_is_compiled_in() {
    let page_only = |place: &str| {
        PAGE_ONLY
            .iter()
            .any(|f| place.starts_with(&format!("{f}:")))
    };
    let mut wrong = Vec::new();
    for lang in ["en", "fr"] {
        let compiled = defined_in(&root().join("locales").join(lang));
        for (id, places) in used_ids() {
            let first: Vec<&String> = places.iter().filter(|p| !page_only(p)).collect();
            if !first.is_empty() && !compiled.contains(&id) {
                wrong.push(format!(
                    "`{id}` is in locales/{lang}/pages/ but the first load names it at {first:?}: move it to locales/{lang}/*.ftl"
                ));
            }
        }
    }
    // And no first-load file uses what a page-only file defines (which would
    // make that file part of the first load too).
    let mut defined_there: Vec<(String, &str)> = Vec::new();
    for file in PAGE_ONLY {
        let source = std::fs::read_to_string(root().join(file)).unwrap_or_default();
        // Top-level items only (a method's name is not the file's).
        for line in source.lines() {
            for prefix in [
                "pub fn ",
                "pub struct ",
                "pub enum ",
                "pub(crate) fn ",
                "pub type ",
            ] {
                if let Some(rest) = line.strip_prefix(prefix) {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        defined_there.push((name, file));
                    }
                }
            }
        }
    }
    assert!(defined_there.len() > 30, "{defined_there:?}");
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    for path in files {
        let rel = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        if PAGE_ONLY.contains(&rel.as_str()) || INDEXES.contains(&rel.as_str()) {
            continue;
        }
        let source = without_test_modules(&std::fs::read_to_string(&path).unwrap_or_default());
        let words: BTreeSet<&str> = source
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .collect();
        for (name, file) in &defined_there {
            // Names too common to tell (a `new`, an `id`) are not
            // evidence; components and helpers have distinctive names.
            if name.len() > 4 && words.contains(name.as_str()) {
                wrong.push(format!("{rel} uses `{name}` of the page-only {file}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
