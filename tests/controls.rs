//! Host tests that keep the control data of `lessons/controls/` true to the
//! 2022 edition (counts per theme, the eleven new controls, every 2013
//! control accounted for, attribute values from the standard's sets, every
//! text in both languages), and that the validator reports planted mistakes
//! in it with file and line.
#![cfg(not(target_arch = "wasm32"))]
// A test that cannot read or write its own temporary copy should stop there.
#![allow(clippy::expect_used)]

use savoir::authoring::{compile, CompiledCourse, Problem};
use savoir::domain::content::controls::filter::{apply, Filter, Reason, SearchIndex};
use savoir::domain::content::controls::{ControlSet, Facet, Theme};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn course() -> CompiledCourse {
    compile(&root().join("lessons")).unwrap_or_else(|p| panic!("{p:#?}"))
}

fn controls() -> ControlSet {
    course()
        .controls
        .expect("lessons/controls/ compiles into the course")
}

#[test]
fn the_2022_edition_has_93_controls_in_four_themes() {
    let set = controls();
    assert_eq!(set.controls.len(), 93);
    let count = |t: Theme| set.controls.iter().filter(|c| c.theme == t).count();
    assert_eq!(count(Theme::Organisational), 37);
    assert_eq!(count(Theme::People), 8);
    assert_eq!(count(Theme::Physical), 14);
    assert_eq!(count(Theme::Technological), 34);
    for c in &set.controls {
        let clause = c.number.split('.').next().unwrap_or_default();
        assert_eq!(clause, c.theme.clause().to_string(), "{}", c.number);
    }
}

#[test]
fn exactly_eleven_controls_are_new_in_2022() {
    let set = controls();
    let new: Vec<&str> = set
        .controls
        .iter()
        .filter(|c| c.new)
        .map(|c| c.number.as_str())
        .collect();
    assert_eq!(
        new,
        ["5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"]
    );
    for c in set.controls.iter().filter(|c| c.new) {
        assert!(
            c.from.is_empty(),
            "{} is new but comes from {:?}",
            c.number,
            c.from
        );
    }
}

#[test]
fn every_one_of_the_114_controls_of_2013_maps_to_a_2022_control() {
    let set = controls();
    assert_eq!(set.annex_a_2013.len(), 114);
    for old in &set.annex_a_2013 {
        assert!(
            !set.successors(old).is_empty(),
            "{old} maps to no 2022 control"
        );
    }
    let logging: Vec<&str> = set
        .successors("A.12.4.1")
        .iter()
        .map(|c| c.number.as_str())
        .collect();
    assert_eq!(logging, ["8.15"]);
    assert_eq!(
        set.get("8.15").map(|c| c.from.clone()),
        Some(vec![
            "A.12.4.1".to_owned(),
            "A.12.4.2".to_owned(),
            "A.12.4.3".to_owned()
        ])
    );
}

#[test]
fn attribute_values_come_from_the_standards_sets_at_least_one_of_each() {
    for c in &controls().controls {
        for facet in Facet::ALL {
            let values = c.values(facet);
            assert!(!values.is_empty(), "{} has no {}", c.number, facet.key());
            for v in values {
                assert!(facet.allowed().contains(&v.as_str()), "{}: {v}", c.number);
            }
        }
    }
}

#[test]
fn both_languages_have_every_text() {
    let set = controls();
    for c in &set.controls {
        for (what, text) in [("name", &c.name), ("summary", &c.summary)] {
            assert!(!text.en.trim().is_empty(), "{} {what} in English", c.number);
            assert!(!text.fr.trim().is_empty(), "{} {what} in French", c.number);
            assert_ne!(text.en, text.fr, "{} {what} is not translated", c.number);
        }
    }
    for theme in Theme::ALL {
        let label = set.label(&theme.label_id());
        assert!(
            !label.en.is_empty() && !label.fr.is_empty(),
            "{}",
            theme.key()
        );
    }
    for facet in Facet::ALL {
        assert!(
            !set.label(&facet.name_id()).fr.is_empty(),
            "{}",
            facet.key()
        );
        for v in facet.allowed() {
            let label = set.label(&facet.label_id(v));
            assert!(!label.en.is_empty() && !label.fr.is_empty(), "{v}");
        }
    }
}

#[test]
fn the_explorers_searches_find_what_the_issue_names() {
    let set = controls();
    let index = SearchIndex::new(&set);
    let find = |text: &str| {
        let filter = Filter {
            text: text.to_owned(),
            ..Filter::default()
        };
        apply(&set, &index, &filter)
            .into_iter()
            .map(|h| (h.control.number.clone(), h.reason))
            .collect::<Vec<_>>()
    };
    for word in ["journalisation", "logging", "JOURNALISATION"] {
        assert!(find(word).iter().any(|(n, _)| n == "8.15"), "{word}");
    }
    assert_eq!(find("8.15"), [("8.15".to_owned(), Reason::Matches)]);
    assert_eq!(
        find("A.12.4.1"),
        [("8.15".to_owned(), Reason::Replaces("A.12.4.1".to_owned()))]
    );
    let mut people = Filter::default();
    people.toggle_theme(Theme::People);
    assert_eq!(apply(&set, &index, &people).len(), 8);
}

/// A copy of `lessons/` in a temporary folder, with `controls.toml` and
/// `fr.ftl` changed by `plant`.
fn planted(name: &str, plant: &[(&str, &str, &str)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    copy(&root().join("lessons"), &dir.join("lessons"));
    for (file, from, to) in plant {
        let path = dir.join("lessons/controls").join(file);
        let text = std::fs::read_to_string(&path).expect("copied");
        assert!(text.contains(from), "{file} has no `{from}` to change");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("written");
    }
    dir.join("lessons")
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("readable").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copied");
        }
    }
}

fn problems(dir: &Path) -> Vec<Problem> {
    match compile(dir) {
        Ok(_) => panic!("the planted mistakes compiled"),
        Err(p) => p,
    }
}

fn line_of(file: &str, text: &str) -> usize {
    let source =
        std::fs::read_to_string(root().join("lessons/controls").join(file)).expect("readable");
    let at = source.find(text).expect("present");
    source[..at].matches('\n').count() + 1
}

#[test]
fn mistakes_in_the_control_data_are_reported_with_file_and_line() {
    let dir = planted(
        "planted-controls",
        &[
            ("controls.toml", "concepts = [\"detect\"]\ncapabilities = [\"information-security-event-management\"]", "concepts = [\"detect\", \"notice\"]\ncapabilities = [\"information-security-event-management\"]"),
            ("controls.toml", "from = [\"A.12.4.1\", \"A.12.4.2\", \"A.12.4.3\"]", "from = [\"A.12.4.1\", \"A.12.4.2\"]"),
            ("controls.toml", "number = \"6.1\"\ntheme = \"people\"", "number = \"6.1\"\ntheme = \"physical\""),
            ("controls.toml", "number = \"5.7\"\ntheme = \"organisational\"\nnew = true", "number = \"5.7\"\ntheme = \"organisational\"\nnew = false"),
            ("fr.ftl", "control-8-15-summary", "control-8-15-resume"),
        ],
    );
    let found = problems(&dir);
    let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
    let expect = [
        ("lessons/controls/controls.toml", line_of("controls.toml", "concepts = [\"detect\"]\ncapabilities = [\"information-security-event-management\"]"), "`notice` is not a value of `concepts`"),
        ("lessons/controls/controls.toml", line_of("controls.toml", "\"A.12.4.3\""), "A.12.4.3 goes into no 2022 control"),
        ("lessons/controls/controls.toml", line_of("controls.toml", "number = \"6.1\"") + 1, "control 6.1 is in clause 6, so its theme is people, not physical"),
        ("lessons/controls/controls.toml", line_of("controls.toml", "number = \"5.7\"") + 2, "`new = false` disagrees with `change = \"new\"`"),
        ("lessons/controls/controls.toml", 1, "the people theme has 8 controls"),
        ("lessons/controls/en.ftl", line_of("en.ftl", "control-8-15-summary"), "has no French text"),
    ];
    for (file, line, cause) in expect {
        assert!(
            found
                .iter()
                .any(|p| p.file == file && p.line == line && p.cause.contains(cause)),
            "not reported: {file}:{line}: {cause}\nreported: {shown:#?}"
        );
    }
}
