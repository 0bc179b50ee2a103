//! Host tests of the course content and of the validator that guards it:
//! the real course (`lessons/`) has no mistakes and is complete;
//! `tests/fixtures/broken-course` makes one mistake of each kind and every
//! one is reported with its file and line; the guide's example
//! (`tests/fixtures/demo-course`) compiles and is shown as it is in
//! `lessons/README.md`.
#![cfg(not(target_arch = "wasm32"))]

use savoir::authoring::{compile, Problem};
use savoir::domain::content::lesson::QuestionKind;
use std::collections::BTreeSet;
use std::path::Path;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn show(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("\n  {p}")).collect()
}

#[test]
fn the_course_has_no_mistakes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    if let Err(problems) = compile(&dir) {
        panic!("lessons/ has mistakes:{}", show(&problems));
    }
}

#[test]
fn the_course_is_complete() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let course = compile(&dir).unwrap_or_else(|p| panic!("{}", show(&p)));
    assert!(course.modules.len() >= 8, "at least 8 modules");
    assert!(course.lessons.len() >= 28, "at least 28 lessons");
    for l in &course.lessons {
        let id = &l.lesson.id;
        assert!(l.lesson.blocks.len() >= 2, "{id}: content blocks");
        assert!(!l.lesson.examples.is_empty(), "{id}: examples");
        assert!(!l.lesson.callouts.is_empty(), "{id}: callouts");
    }
    let figures: usize = course.lessons.iter().map(|l| l.lesson.figures.len()).sum();
    assert!(figures >= 8, "at least 8 figures, has {figures}");
    for m in &course.modules {
        let checkpoint = &m.module.checkpoint;
        let questions = &checkpoint.questions;
        let kinds: BTreeSet<&str> = questions.iter().map(|q| q.kind.id()).collect();
        let id = &m.module.id;
        assert!(
            questions.len() >= 15,
            "{id}: a pool of at least 15 questions"
        );
        assert!(
            checkpoint.asked() >= 10,
            "{id}: at least 10 asked per attempt"
        );
        assert!(
            checkpoint.asked() < questions.len(),
            "{id}: a retry can ask others"
        );
        assert!(kinds.len() >= 5, "{id}: at least 5 kinds, has {kinds:?}");
        assert!(
            questions.iter().any(|q| matches!(&q.kind,
                QuestionKind::ShortText { accept } if !accept.en.is_empty() && !accept.fr.is_empty())),
            "{id}: a free-text question answerable in either language"
        );
    }
}

/// The course index compiled into the app names every checkpoint question
/// of each module, as review needs to leave out questions the course no
/// longer has without fetching checkpoints.
#[test]
fn the_compiled_index_lists_each_modules_questions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let course = compile(&dir).unwrap_or_else(|p| panic!("{}", show(&p)));
    let index = savoir::adapters::content::catalog();
    assert_eq!(index.modules.len(), course.modules.len());
    for m in &course.modules {
        let listed = index.module(&m.module.id).map(|s| s.questions.clone());
        let pool: Vec<String> = m
            .module
            .checkpoint
            .questions
            .iter()
            .map(|q| q.id.clone())
            .collect();
        assert_eq!(listed, Some(pool), "{}", m.module.id);
    }
}

/// The words of a text, lower-cased, without punctuation.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(str::to_lowercase)
        .collect()
}

/// A lesson's exercise is practice for the checkpoint, never one of its
/// items: no checkpoint question of its module has the same kind and nearly
/// the same content (stem, options and items: most of their words shared)
/// in either language.
#[test]
fn no_exercise_repeats_a_checkpoint_item() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let course = compile(&dir).unwrap_or_else(|p| panic!("{}", show(&p)));
    let message = |source: &str, id: &str| -> String {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
        resource
            .body
            .iter()
            .find_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) if m.id.name == id => {
                    m.value.as_ref().map(|v| {
                        v.elements
                            .iter()
                            .filter_map(|e| match e {
                                fluent_syntax::ast::PatternElement::TextElement { value } => {
                                    Some(*value)
                                }
                                _ => None,
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                }
                _ => None,
            })
            .unwrap_or_default()
    };
    // What a question asks and offers, without its explanation and feedback.
    let content =
        |q: &savoir::domain::content::lesson::Question, source: &str| -> BTreeSet<String> {
            q.messages()
                .iter()
                .filter(|(id, _)| !id.ends_with("-explanation") && !id.ends_with("-feedback"))
                .flat_map(|(id, _)| words(&message(source, id)))
                .collect()
        };
    let mut repeats = Vec::new();
    for l in &course.lessons {
        let Some(m) = course
            .modules
            .iter()
            .find(|m| m.module.id == l.lesson.module_id)
        else {
            continue;
        };
        let exercise = &l.lesson.exercise;
        for q in &m.module.checkpoint.questions {
            if q.kind.id() != exercise.kind.id() {
                continue;
            }
            for (lesson_text, module_text) in [(&l.text.en, &m.text.en), (&l.text.fr, &m.text.fr)] {
                let (a, b) = (content(exercise, lesson_text), content(q, module_text));
                let shared = a.intersection(&b).count();
                let smaller = a.len().min(b.len()).max(1);
                if shared * 10 >= smaller * 6 {
                    repeats.push(format!(
                        "{}/{} exercise ~ {} ({shared} of {smaller} words)",
                        l.lesson.module_id, l.lesson.id, q.id
                    ));
                }
            }
        }
    }
    assert!(
        repeats.is_empty(),
        "exercises repeating checkpoint items: {repeats:#?}"
    );
}

/// Each kind of mistake the validator must catch, where the broken fixture
/// makes it, and (part of) what it says.
const EXPECTED: &[(&str, usize, &str)] = &[
    ("broken-course/m/a/en.ftl", 15, "Fluent syntax error"),
    ("broken-course/m/a/en.ftl", 8, "message `example-x` has no French text"),
    ("broken-course/m/a/fr.ftl", 9, "message `callout-c-body` uses variables {\"count\"} but the English (line 10) uses {\"n\"}"),
    ("broken-course/m/a/lesson.toml", 5, "message `block-two-heading` is missing from both"),
    ("broken-course/m/a/en.ftl", 7, "message `block-old-heading` belongs to nothing"),
    ("broken-course/m/module.toml", 20, "duplicate question id `q-one` (also at line 9)"),
    ("broken-course/m/module.toml", 8, "question `q-one` has no correct answer"),
    ("broken-course/m/module.toml", 17, "correct answer `z` of question `q-two` is not one of its options"),
    ("broken-course/m/a/en.ftl", 2, "message `overview` is empty"),
    ("broken-course/m/module.toml", 2, "invalid level `expert`"),
    ("broken-course/m/a/lesson.toml", 4, "invalid duration_minutes 0"),
    ("broken-course/m/module.toml", 24, "short-text question `q-text` has no accepted French answer"),
    ("broken-course/m/a/fr.ftl", 10, "use a no-break space (U+00A0) before `:`"),
    ("broken-course/course.toml", 2, "module `ghost` has no folder"),
    ("broken-course/m/module.toml", 7, "invalid draw 9: use 1 to the pool's size (5)"),
    ("broken-course/m/module.toml", 30, "question id `exercise` is reserved"),
    ("broken-course/m/a/flow.svg", 3, "attribute `fill` is not allowed on <rect>"),
    ("broken-course/m/a/flow.svg", 4, "words in the drawing are not allowed"),
    ("broken-course/m/a/flow.svg", 4, "<text> needs a `data-label`"),
    ("broken-course/m/a/lesson.toml", 22, "figure `lost` names block `three`, which is not in `blocks`"),
    ("broken-course/m/a/lesson.toml", 20, "figure `lost`: cannot read"),
];

#[test]
fn the_validator_catches_every_kind_of_mistake_with_file_and_line() {
    let problems = match compile(&fixture("broken-course")) {
        Ok(_) => panic!("the broken course compiled"),
        Err(problems) => problems,
    };
    let mut missing = Vec::new();
    for (file, line, cause) in EXPECTED {
        let found = problems
            .iter()
            .any(|p| p.file == *file && p.line == *line && p.cause.contains(cause));
        if !found {
            missing.push(format!("{file}:{line}: {cause}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not reported: {missing:#?}\nreported:{}",
        show(&problems)
    );
}

#[test]
fn the_authoring_guide_example_is_a_valid_course() {
    let course = compile(&fixture("demo-course")).unwrap_or_else(|p| panic!("{}", show(&p)));
    assert_eq!(course.lessons.len(), 1);
    // The fixture holds the guide's example verbatim: keep them in step.
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/README.md"))
            .unwrap_or_default();
    for file in [
        "demo/module.toml",
        "demo/en.ftl",
        "demo/cia/lesson.toml",
        "demo/cia/en.ftl",
    ] {
        let text = std::fs::read_to_string(fixture("demo-course").join(file)).unwrap_or_default();
        assert!(
            guide.contains(&format!("`lessons/{file}`:")) && guide.contains(&text),
            "lessons/README.md no longer shows tests/fixtures/demo-course/{file} as it is"
        );
    }
}

#[test]
fn an_unreadable_course_is_reported_not_a_panic() {
    let problems = compile(&fixture("no-such-course"))
        .err()
        .unwrap_or_default();
    assert!(problems.iter().any(|p| p.cause.contains("cannot read")));
}

#[test]
fn word_counts_count_words_in_message_values_only() {
    use savoir::authoring::word_count;
    assert_eq!(word_count("# a comment here\ntitle = Two words\n"), 2);
    assert_eq!(
        word_count("a = Un, deux\u{a0}: trois !\nb =\n    - one\n    - two\n"),
        5
    );
}

/// The course's own free-text questions, checked with the scoring rule that
/// grades learners: each accepts the forms its authors listed, in either
/// language, and the certifiable-standard question behaves as the issue
/// describes ("27002" is not "27001").
#[test]
fn short_text_questions_accept_their_listed_answers_in_both_languages() {
    use savoir::domain::learner::scoring::{accepts, credit, Answer};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let course = compile(&dir).unwrap_or_else(|p| panic!("{}", show(&p)));
    let mut short_texts = 0;
    for module in &course.modules {
        for q in &module.module.checkpoint.questions {
            let QuestionKind::ShortText { accept } = &q.kind else {
                continue;
            };
            short_texts += 1;
            for typed in accept.en.iter().chain(&accept.fr) {
                assert!(accepts(accept, typed), "{}: {typed}", q.id);
                assert_eq!(credit(&q.kind, &Answer::Text(typed.to_uppercase())), 1.0);
            }
            if accept.en.iter().any(|a| a == "ISO/IEC 27001") {
                for typed in ["ISO/IEC 27001", "iso 27001", "27001", "l’iso/cei 27001"] {
                    assert!(accepts(accept, typed), "{}: {typed}", q.id);
                }
                assert!(!accepts(accept, "27002"));
                assert!(!accepts(accept, "ISO/IEC 27002"));
            }
        }
    }
    assert!(short_texts >= 5, "only {short_texts} short-text questions");
}
