//! Host tests of result files, their xAPI statements and the class
//! dashboard, on the real course: results made from a learner's progress
//! read back the same; every way a file can be wrong is told apart; the
//! statements pass Learning Locker's xAPI validator; the dashboard counts
//! each learner once.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/answers.rs"]
mod answers;

use answers::planned;
use savoir::adapters::content::LoadedModule;
use savoir::authoring::compile;
use savoir::domain::content::catalog::Catalog;
use savoir::domain::content::lesson::Checkpoint;
use savoir::domain::learner::progress::Progress;
use savoir::domain::learner::quiz::{fnv1a, Attempt};
use savoir::domain::learner::review::{Context, Item};
use savoir::domain::shared::language::Lang;
use savoir::domain::trainer::assigned::{Signature, Status};
use savoir::domain::trainer::assignment::Assignment;
use savoir::domain::trainer::class::{copy_key, Class, Imported, QuestionStat};
use savoir::domain::trainer::results::{Results, ResultsError, FORMAT, MAX_ATTEMPT_SECONDS};
use savoir::domain::trainer::xapi::{statements_json, Sources};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// What a bad file must be refused with.
type Expect = fn(&ResultsError) -> bool;

const ORIGIN: &str = "https://savoir.example.org";
const NOW: u64 = 1_795_370_709_250;

struct Course {
    catalog: Catalog,
    modules: Vec<Arc<LoadedModule>>,
}

fn course() -> Course {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let compiled = compile(&dir).unwrap_or_else(|p| panic!("the course has mistakes: {p:?}"));
    let modules = compiled
        .modules
        .iter()
        .map(|m| {
            let json = serde_json::to_string(m).unwrap_or_default();
            Arc::new(
                LoadedModule::from_json("module.json", &json).unwrap_or_else(|e| panic!("{e}")),
            )
        })
        .collect();
    Course {
        catalog: compiled.catalog,
        modules,
    }
}

impl Course {
    fn checkpoint(&self, module: &str) -> Option<Checkpoint> {
        self.modules
            .iter()
            .find(|m| m.module.id == module)
            .map(|m| m.module.checkpoint.clone())
    }

    fn text(&self, module: &str, lang: Lang, id: &str) -> Option<String> {
        let m = self.modules.iter().find(|m| m.module.id == module)?;
        m.text.has(lang, id).then(|| m.text.text(lang, id))
    }

    fn file(&self, results: &Results) -> String {
        let checkpoint = |m: &str| self.checkpoint(m);
        let text = |m: &str, l: Lang, id: &str| self.text(m, l, id);
        let sources = Sources {
            catalog: &self.catalog,
            checkpoint: &checkpoint,
            text: &text,
            origin: ORIGIN,
        };
        let summary = vec![
            "Savoir results".to_owned(),
            format!("Learner: {}", results.learner.name),
        ];
        results.to_file(&summary, &statements_json(results, &sources))
    }
}

/// Finishes an attempt on `module` answering right where `right(n)` says.
fn finish(
    course: &Course,
    progress: &mut Progress,
    module: &str,
    at: u64,
    right: impl Fn(usize) -> bool,
    lang: Lang,
) {
    let checkpoint = course
        .checkpoint(module)
        .unwrap_or_else(|| panic!("no module {module}"));
    // The questions drawn for the attempt, the `n`th of them right as said.
    let mut attempt = Attempt::start(module, &checkpoint, 7, at, None);
    let asked: Vec<_> = attempt.asked(&checkpoint).into_iter().cloned().collect();
    for (n, q) in asked.iter().enumerate() {
        attempt.answer(&q.id, planned(q, right(n)), lang);
    }
    attempt.finish(&checkpoint, at + 95_000);
    progress.put_attempt(attempt);
}

fn assignment(course: &Course) -> Assignment {
    let m = &course.catalog.modules;
    Assignment {
        id: "0f8fad5b-d9cb-469f-a165-70867728950e".into(),
        modules: vec![m[0].id.clone(), m[1].id.clone()],
        lessons: vec![format!("{}/{}", m[2].id, m[2].lessons[0].id)],
        due: "2026-12-15".into(),
        pass_mark: 80,
        group: "Finance, autumn".into(),
        by: "Camille".into(),
        created: NOW - 86_400_000,
        ..Assignment::default()
    }
}

/// A learner who passed module 1 on a second try (the first in French),
/// failed module 2, and read the assigned lesson.
fn learner_results(course: &Course, id: &str, name: &str, exported: u64) -> Results {
    let a = assignment(course);
    let mut p = Progress::default();
    finish(
        course,
        &mut p,
        &a.modules[0],
        NOW - 7_200_000,
        |n| n % 2 == 0,
        Lang::Fr,
    );
    finish(
        course,
        &mut p,
        &a.modules[0],
        NOW - 3_600_000,
        |_| true,
        Lang::En,
    );
    finish(
        course,
        &mut p,
        &a.modules[1],
        NOW - 1_800_000,
        |n| n == 0,
        Lang::En,
    );
    // Then reviewed one of module 2's questions: wrong, then right.
    let first = course
        .checkpoint(&a.modules[1])
        .and_then(|c| c.questions.first().map(|q| q.id.clone()))
        .unwrap_or_default();
    let item = Item::Checkpoint {
        module: a.modules[1].clone(),
        question: first,
    };
    p.reviewed(&item, false, Context::Review, NOW - 900_000);
    p.reviewed(&item, true, Context::Review, NOW - 800_000);
    let (m, l) = a.lessons[0].split_once('/').unwrap_or_default();
    p.update_lesson(m, l, NOW - 600_000, |l| {
        l.reached_end = true;
        l.skipped = true;
    });
    let signature = Signature {
        id: id.into(),
        name: name.into(),
        ..Default::default()
    };
    let checkpoint = |m: &str| course.checkpoint(m);
    Results::of(
        signature,
        &a,
        &p,
        &course.catalog,
        &checkpoint,
        exported,
        "2026-11-22",
    )
}

#[test]
fn results_read_back_the_same_and_say_what_the_learner_did() {
    let course = course();
    let results = learner_results(&course, "learner-1", "Ana Lima", NOW);
    let file = course.file(&results);
    assert!(
        file.starts_with("{\n  \"summary\": [\n    \"Savoir results\",\n"),
        "{}",
        &file[..80]
    );
    assert_eq!(Results::from_file(&file), Ok(results.clone()));

    let first = &results.modules[0];
    assert_eq!(
        (first.status, first.best, first.last),
        (Status::Passed, Some(100), Some(100))
    );
    assert_eq!(first.attempts.len(), 2);
    assert_eq!(first.attempts[0].languages, [Lang::Fr]);
    assert_eq!(first.attempts[0].seconds, 95);
    let second = &results.modules[1];
    assert_eq!(second.status, Status::Failed);
    // Review answers are listed apart from attempts; the checkpoint's own
    // answer to the same question is in its attempt, not here.
    let reviews: Vec<(u64, bool)> = second.reviews.iter().map(|r| (r.at, r.right)).collect();
    assert_eq!(reviews, [(NOW - 900_000, false), (NOW - 800_000, true)]);
    assert!(first.reviews.is_empty());
    assert!(second.attempts[0].answers[0].credit >= 0.0);
    assert_eq!(results.status, Status::Failed);
    assert_eq!(results.seconds, 3 * 95);
    assert_eq!(results.languages, [Lang::Fr, Lang::En]);
    let assigned_lesson = results
        .lessons
        .iter()
        .find(|l| format!("{}/{}", l.module, l.lesson) == results.assignment.lessons[0]);
    assert_eq!(assigned_lesson.map(|l| l.status), Some(Status::Completed));
}

#[test]
fn an_attempt_left_open_for_days_is_counted_as_a_week_and_still_reads() {
    let course = course();
    let a = assignment(&course);
    let mut p = Progress::default();
    let checkpoint = course
        .checkpoint(&a.modules[0])
        .unwrap_or_else(|| panic!("module"));
    let mut attempt = Attempt::new(&a.modules[0], 3, NOW - 10 * 86_400_000);
    attempt.finish(&checkpoint, NOW);
    p.put_attempt(attempt);
    let signature = Signature {
        id: "slow".into(),
        name: "Slow".into(),
        ..Default::default()
    };
    let get = |m: &str| course.checkpoint(m);
    let results = Results::of(signature, &a, &p, &course.catalog, &get, NOW, "2026-11-22");
    assert_eq!(results.modules[0].attempts[0].seconds, MAX_ATTEMPT_SECONDS);
    assert_eq!(Results::from_file(&course.file(&results)), Ok(results));
}

#[test]
fn every_kind_of_bad_result_file_is_told_apart() {
    let course = course();
    let file = course.file(&learner_results(&course, "learner-1", "Ana", NOW));
    let edited = file.replacen("\"best\":100", "\"best\":99", 1);
    assert_ne!(edited, file);
    // Invalid values with a checksum that matches them.
    let resum = |text: &str| -> String {
        let v: Value = serde_json::from_str(text).unwrap_or_default();
        let results = serde_json::to_string(&v["results"]).unwrap_or_default();
        let mut v = v.clone();
        v["checksum"] = Value::String(format!("{:016x}", fnv1a(&results)));
        serde_json::to_string(&v).unwrap_or_default()
    };
    let too_high = resum(&file.replacen("\"best\":100", "\"best\":250", 1));
    let far_future = resum(&file.replacen(
        &format!("\"exported\":{NOW}"),
        "\"exported\":9999999999999999",
        1,
    ));
    // A review answered at a time no browser can show.
    let review_at = format!("\"at\":{}", NOW - 900_000);
    assert!(file.contains(&review_at), "the file holds a review");
    let forged_review = resum(&file.replacen(&review_at, "\"at\":18446744073709551615", 1));
    let cases: Vec<(String, Expect)> = vec![
        ("not json at all".into(), |e| {
            matches!(e, ResultsError::NotJson(_))
        }),
        (file[..file.len() / 2].into(), |e| {
            *e == ResultsError::Truncated
        }),
        (r#"{"format":"savoir-progress","schema":2}"#.into(), |e| {
            *e == ResultsError::Foreign
        }),
        ("[1,2,3]".into(), |e| *e == ResultsError::Foreign),
        (file.replacen("\"version\": 1", "\"version\": 2", 1), |e| {
            *e == ResultsError::NewerVersion(2)
        }),
        (edited, |e| *e == ResultsError::Tampered),
        (too_high, |e| matches!(e, ResultsError::Invalid(_))),
        (far_future, |e| matches!(e, ResultsError::Invalid(_))),
        (forged_review, |e| matches!(e, ResultsError::Invalid(_))),
        (file.clone() + &" ".repeat(6_000_000), |e| {
            matches!(e, ResultsError::TooLarge(_))
        }),
        (file.replacen(FORMAT, "savoir-resultz", 1), |e| {
            *e == ResultsError::Foreign
        }),
    ];
    for (text, expected) in cases {
        match Results::from_file(&text) {
            Err(e) if expected(&e) => {}
            other => panic!(
                "{:?}…: got {other:?}",
                &text.chars().take(60).collect::<String>()
            ),
        }
    }
}

fn statements_of(file: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(file).unwrap_or_default();
    v["statements"].as_array().cloned().unwrap_or_default()
}

#[test]
fn statements_carry_both_languages_the_verbs_and_the_assignment() {
    let course = course();
    let results = learner_results(&course, "learner-1", "Ana", NOW);
    let statements = statements_of(&course.file(&results));
    let verbs: BTreeMap<String, usize> = statements.iter().fold(BTreeMap::new(), |mut m, s| {
        let id = s["verb"]["id"].as_str().unwrap_or_default();
        *m.entry(id.rsplit('/').next().unwrap_or_default().to_owned())
            .or_default() += 1;
        m
    });
    let questions: usize = results
        .modules
        .iter()
        .flat_map(|m| &m.attempts)
        .map(|a| a.answers.len())
        .sum();
    assert_eq!(verbs.get("attempted"), Some(&3));
    assert_eq!(
        verbs.get("answered"),
        Some(&(questions + 2)),
        "and two in review"
    );
    let in_review: Vec<&Value> = statements
        .iter()
        .filter(|s| {
            s["context"]["extensions"].as_object().is_some_and(|e| {
                e.iter()
                    .any(|(k, v)| k.ends_with("/extensions/context") && v == "review")
            })
        })
        .collect();
    assert_eq!(in_review.len(), 2);
    assert_eq!(
        in_review
            .iter()
            .map(|s| s["result"]["success"].clone())
            .collect::<Vec<_>>(),
        [Value::Bool(false), Value::Bool(true)]
    );
    assert!(in_review
        .iter()
        .all(|s| s["context"]["contextActivities"]["parent"].is_null()));
    assert_eq!(verbs.get("passed"), Some(&1));
    assert_eq!(
        verbs.get("failed"),
        Some(&2),
        "the 50 % try and module 2, against the 80 % mark"
    );
    assert!(verbs.get("completed").is_some_and(|n| *n >= 1));
    for s in &statements {
        let name = &s["object"]["definition"]["name"];
        assert!(name["en"].as_str().is_some_and(|t| !t.is_empty()), "{s}");
        assert!(name["fr"].as_str().is_some_and(|t| !t.is_empty()), "{s}");
        assert_ne!(name["en"], name["fr"], "{s}");
        assert_eq!(s["context"]["registration"], results.assignment.id.as_str());
        assert_eq!(s["actor"]["account"]["name"], "learner-1");
        assert!(s["verb"]["display"]["fr"].is_string());
    }
    let passed = statements.iter().find(|s| {
        s["verb"]["id"]
            .as_str()
            .is_some_and(|v| v.ends_with("/passed"))
    });
    let passed = passed.cloned().unwrap_or_default();
    assert_eq!(passed["result"]["score"]["scaled"], 1.0);
    assert_eq!(passed["result"]["success"], true);
    assert_eq!(passed["result"]["duration"], "PT1M35S");
    // Answering the same again gives the same statement ids.
    let again = statements_of(&course.file(&results));
    assert_eq!(
        statements.iter().map(|s| &s["id"]).collect::<Vec<_>>(),
        again.iter().map(|s| &s["id"]).collect::<Vec<_>>()
    );
}

/// Runs Learning Locker's validator (`tests/xapi/validate.js`) on a file.
fn validate(file: &str, name: &str) -> (bool, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, file).unwrap_or_else(|e| panic!("{e}"));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/xapi/validate.js");
    let out = Command::new("node")
        .arg(script)
        .arg(&path)
        .output()
        .unwrap_or_else(|e| {
            panic!("node is needed for the xAPI validator (scripts/setup.sh installs it): {e}")
        });
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn statements_pass_learning_locker_s_xapi_validator() {
    let course = course();
    let file = course.file(&learner_results(&course, "learner-1", "Ana", NOW));
    let (ok, said) = validate(&file, "results-valid.json");
    assert!(ok, "the validator refused our statements:\n{said}");
    assert!(said.contains("statements valid"), "{said}");
    // The validator does refuse a broken statement.
    let broken = file.replacen("\"objectType\":\"Agent\"", "\"objectType\":\"Agnet\"", 1);
    let (ok, said) = validate(&broken, "results-broken.json");
    assert!(!ok, "a broken statement passed:\n{said}");
}

#[test]
fn the_dashboard_counts_each_learner_once_and_shows_what_the_group_missed() {
    let course = course();
    let mut class = Class::default();
    let ana = learner_results(&course, "l-ana", "Ana", NOW);
    let ben = learner_results(&course, "l-ben", "=Ben", NOW);
    assert_eq!(class.import(ana.clone()), Imported::Added);
    assert_eq!(class.import(ana.clone()), Imported::Unchanged);
    assert_eq!(class.import(ben.clone()), Imported::Added);
    let mut older = ana.clone();
    older.exported -= 1;
    assert_eq!(class.import(older), Imported::Older);
    let mut newer = ana.clone();
    newer.exported += 1;
    newer.modules[1].best = Some(90);
    assert_eq!(class.import(newer), Imported::Updated);
    assert_eq!(class.results.len(), 2);

    let a = &ana.assignment;
    let key = copy_key(a);
    let names: Vec<&str> = class
        .learners(&key)
        .iter()
        .map(|r| r.learner.name.as_str())
        .collect();
    assert_eq!(names, ["=Ben", "Ana"]);
    let cell = Class::cell(&ben, &a.modules[0], "2026-11-22");
    assert_eq!(
        cell.map(|c| (c.status, c.best, c.attempts)),
        Some((Status::Passed, Some(100), 2))
    );
    // Past the due date, what was not passed shows overdue.
    assert_eq!(
        Class::cell(&ben, &a.modules[1], "2027-01-01").map(|c| c.status),
        Some(Status::Overdue)
    );

    let checkpoint = course
        .checkpoint(&a.modules[1])
        .unwrap_or_else(|| panic!("module"));
    let ids: Vec<String> = checkpoint.questions.iter().map(|q| q.id.clone()).collect();
    let stats = class.question_stats(&key, &a.modules[1], &ids);
    // Module 2: both learners were asked the same draw and had only its
    // first question right; the rest of the pool was asked of nobody.
    let asked: Vec<&QuestionStat> = stats.iter().filter(|s| s.answered > 0).collect();
    assert_eq!(asked.len(), checkpoint.asked(), "{stats:?}");
    assert!(asked.len() < stats.len(), "a draw from a larger pool");
    assert_eq!(asked[0].percent(), Some(100));
    assert!(
        asked[1..]
            .iter()
            .all(|s| s.percent() == Some(0) && s.answered == 2),
        "{stats:?}"
    );
    assert!(
        stats
            .iter()
            .filter(|s| s.answered == 0)
            .all(|s| s.percent().is_none()),
        "{stats:?}"
    );

    let header: Vec<String> = [
        "Learner", "Group", "Overall", "Module", "Status", "Best", "Last", "Attempts", "Minutes",
        "Lessons", "Date",
    ]
    .map(String::from)
    .to_vec();
    let csv = class.csv(&key, &header, &|s| s.id().to_owned(), "2026-11-22", ',');
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 2 * 2);
    assert_eq!(lines[0], header.join(","));
    assert!(
        lines[1].starts_with("'=Ben,\"Finance, autumn\",failed,"),
        "{}",
        lines[1]
    );
    let module = &a.modules[0];
    assert!(
        lines.iter().any(|l| l.starts_with(&format!(
            "Ana,\"Finance, autumn\",passed,{module},passed,100,100,2,4,1/"
        ))),
        "{csv}"
    );
    // In French, a semicolon: the group's comma needs no quotes.
    let csv = class.csv(&key, &header, &|s| s.id().to_owned(), "2026-11-22", ';');
    assert!(csv.contains("Ana;Finance, autumn;"), "{csv}");

    // A file whose copy of the assignment differs (an edited link) is kept
    // apart, as another assignment; genuine files after it still come in.
    let mut edited = learner_results(&course, "l-cy", "Cy", NOW);
    edited.assignment.pass_mark = 10;
    assert_eq!(class.import(edited.clone()), Imported::AnotherCopy);
    let dee = learner_results(&course, "l-dee", "Dee", NOW);
    assert_eq!(class.import(dee), Imported::Added);
    assert_eq!(class.assignments().len(), 2);
    assert_eq!(class.learners(&key).len(), 3, "Ana, Ben and Dee");
    let edited_key = copy_key(&edited.assignment);
    assert_ne!(edited_key, key);
    let names: Vec<&str> = class
        .learners(&edited_key)
        .iter()
        .map(|r| r.learner.name.as_str())
        .collect();
    assert_eq!(names, ["Cy"]);
    // A cell's status comes from the best score against the pass mark,
    // whatever the file says.
    let mut claims = ben.clone();
    claims.modules[1].status = Status::Passed;
    assert_eq!(
        Class::cell(&claims, &a.modules[1], "2026-11-22").map(|c| c.status),
        Some(Status::Failed)
    );
}

#[test]
fn a_result_file_cut_anywhere_is_said_to_be_cut_short() {
    let course = course();
    let results = learner_results(&course, "learner-1", "Ana Lima", NOW);
    let file = course.file(&results);
    let mut wrong = Vec::new();
    // Every cut after a character a value can go on from (a number's `1.`
    // was read as "not JSON"), and every seventh of the rest: each read is
    // of the whole prefix.
    let cuts = file
        .char_indices()
        .skip(1)
        .enumerate()
        .filter(|(n, (at, _))| {
            n % 7 == 0
                || file[..*at].ends_with(|c: char| c.is_ascii_digit() || ".eE+-\\".contains(c))
        })
        .map(|(_, (at, _))| at);
    for at in cuts {
        // Only the final newline gone: the file is whole.
        if file[at..].trim().is_empty() {
            continue;
        }
        match Results::from_file(&file[..at]).map(|_| "read as a whole file") {
            Err(ResultsError::Truncated) => {}
            other => {
                let before: String = file[..at].chars().rev().take(30).collect();
                let before: String = before.chars().rev().collect();
                wrong.push(format!("cut at {at} (…{before:?}): {other:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} cuts misread, first: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}

/// What the dashboard shows of a learner: every figure it is built from.
fn shown(r: &Results) -> Value {
    let modules: Vec<Value> = r
        .modules
        .iter()
        .map(|m| {
            let attempts: Vec<Value> = m
                .attempts
                .iter()
                .map(|a| {
                    let answers: Vec<(String, f64)> = a
                        .answers
                        .iter()
                        .map(|x| (x.question.clone(), x.credit))
                        .collect();
                    serde_json::json!([
                        a.id,
                        a.started,
                        a.finished,
                        a.percent,
                        a.seconds,
                        a.asked,
                        a.languages,
                        answers
                    ])
                })
                .collect();
            let reviews: Vec<(String, u64, bool)> = m
                .reviews
                .iter()
                .map(|x| (x.question.clone(), x.at, x.right))
                .collect();
            serde_json::json!([m.module, m.status, m.best, m.last, attempts, reviews])
        })
        .collect();
    serde_json::json!({
        "learner": [r.learner.id, r.learner.name],
        "status": r.status,
        "modules": modules,
        "lessons": r.lessons,
        "seconds": r.seconds,
        "languages": r.languages,
    })
}

#[test]
fn statements_read_back_from_an_lrs_give_the_dashboard_what_files_give() {
    use savoir::domain::trainer::lrs::read;
    let course = course();
    let ana = learner_results(&course, "l-ana", "Ana", NOW);
    let ben = learner_results(&course, "l-ben", "Ben", NOW);
    // As the live sender makes them: finished things only (the file's own
    // statements of these results are the same: every attempt is finished).
    let live = |r: &Results| course.file(&savoir::domain::trainer::lrs::finished_only(r.clone()));
    let mut statements = statements_of(&live(&ana));
    statements.extend(statements_of(&live(&ben)));
    // Another assignment's statement, from the same LRS: left out.
    let mut foreign = statements[0].clone();
    foreign["context"]["registration"] = Value::from("11111111-2222-4333-8444-555555555555");
    foreign["id"] = Value::from("11111111-2222-4333-8444-666666666666");
    statements.push(foreign);
    // An LRS returns statements newest first, and in its own time format.
    statements.reverse();
    for (i, s) in statements.iter_mut().enumerate() {
        let t = s["timestamp"]
            .as_str()
            .unwrap_or_default()
            .replace('Z', "000+00:00");
        s["timestamp"] = Value::from(t);
        // Some LRSs give UUIDs back in upper case.
        if i % 2 == 0 {
            let r = s["context"]["registration"]
                .as_str()
                .unwrap_or_default()
                .to_ascii_uppercase();
            s["context"]["registration"] = Value::from(r);
        }
    }
    let a = assignment(&course);
    let mut read = read::results(&statements, &a, &course.catalog, "2026-11-22");
    assert_eq!(read.len(), 2, "one entry per learner");
    read.sort_by(|x, y| x.learner.id.cmp(&y.learner.id));
    for (from_lrs, from_file) in read.iter().zip([&ana, &ben]) {
        assert_eq!(shown(from_lrs), shown(from_file));
        assert_eq!(from_lrs.exported, NOW - 600_000, "the latest statement");
    }
    // So the grid, the charts and the CSV are the same.
    let key = copy_key(&a);
    let mut by_files = Class::default();
    let mut by_lrs = Class::default();
    for r in [&ana, &ben] {
        by_files.import(r.clone());
    }
    for r in read {
        by_lrs.import(r);
    }
    for m in &a.modules {
        let ids: Vec<String> = course
            .checkpoint(m)
            .map(|c| c.questions.iter().map(|q| q.id.clone()).collect())
            .unwrap_or_default();
        assert_eq!(
            by_lrs.question_stats(&key, m, &ids),
            by_files.question_stats(&key, m, &ids)
        );
    }
    let header: Vec<String> = Vec::new();
    let status = |s: Status| s.id().to_owned();
    let csv = |c: &Class| c.csv(&key, &header, &status, "2026-11-22", ',');
    assert_eq!(csv(&by_lrs), csv(&by_files));
    assert!(csv(&by_lrs).contains("Ana"), "{}", csv(&by_lrs));
}
