//! Property tests (proptest): any learner state survives storing, reading,
//! merging and export/import; any assignment survives its link and any
//! result its file; the readers never panic, whatever they are given, and
//! near-valid links and files (see `support/near_valid.rs`) reach the
//! readers' last checks and get the answer they should.

#[path = "support/near_valid.rs"]
mod near_valid;

use near_valid::{Expect, Reach};
use proptest::test_runner::{TestCaseError, TestRunner};
use std::cell::RefCell;

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use savoir::domain::learner::progress::{LessonProgress, Mistake, Progress};
use savoir::domain::learner::quiz::Attempt;
use savoir::domain::learner::scoring::Answer;
use savoir::domain::learner::soa::{Applicability, Entry, Implementation};
use savoir::domain::learner::transfer::{export, import, ImportError};
use savoir::domain::shared::language::Lang;
use savoir::domain::trainer::assigned::{Signature, Status};
use savoir::domain::trainer::assignment::{Assignment, LinkError, Note};
use savoir::domain::trainer::results::{
    AnswerResult, AttemptResult, ModuleResult, Results, ResultsError, MAX_ATTEMPT_SECONDS,
};

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,6}"
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        id().prop_map(Answer::Single),
        vec(id(), 0..4).prop_map(Answer::Multiple),
        any::<bool>().prop_map(Answer::TrueFalse),
        any::<String>().prop_map(Answer::Text),
        btree_map(id(), id(), 0..4).prop_map(Answer::Matching),
        vec(id(), 0..5).prop_map(Answer::Ordering),
        btree_map(id(), id(), 0..4).prop_map(Answer::Categorising),
    ]
}

fn lesson() -> impl Strategy<Value = LessonProgress> {
    (
        any::<String>(),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(id()),
        0u64..2_000_000_000_000,
        proptest::option::of(answer()),
    )
        .prop_map(
            |(reflection, skipped, reached_end, position, updated, exercise)| LessonProgress {
                reflection,
                skipped,
                reached_end,
                position,
                updated,
                exercise,
            },
        )
}

fn attempt() -> impl Strategy<Value = Attempt> {
    (
        id(),
        any::<u64>(),
        0u64..2_000_000_000_000,
        proptest::option::of(0u64..2_000_000_000_000),
        btree_map(id(), answer(), 0..5),
        any::<bool>(),
    )
        .prop_map(|(module, seed, started, finished, answers, french)| {
            let mut a = Attempt::new(&module, seed, started);
            for (q, answer) in answers {
                a.answer(&q, answer, if french { Lang::Fr } else { Lang::En });
            }
            a.finished = finished;
            a.percent = finished.map(|f| (f % 101) as u8);
            a
        })
}

fn workbook_entry() -> impl Strategy<Value = Entry> {
    (
        proptest::option::of(prop_oneof![
            Just(Applicability::Applicable),
            Just(Applicability::Excluded)
        ]),
        any::<String>(),
        proptest::option::of(proptest::sample::select(Implementation::ALL.to_vec())),
        any::<String>(),
        proptest::array::uniform4(0u64..2_000_000_000_000),
    )
        .prop_map(
            |(applicable, justification, status, owner, changed)| Entry {
                applicable,
                justification,
                status,
                owner,
                changed,
            },
        )
}

fn progress() -> impl Strategy<Value = Progress> {
    (
        btree_map("[a-z]{1,4}/[a-z]{1,4}", lesson(), 0..5),
        vec(attempt(), 0..4),
        btree_map(
            "[a-z]{1,4}/[a-z]{1,4}",
            (0u64..1000, 0u64..1000).prop_map(|(wrong, right)| Mistake { wrong, right }),
            0..5,
        ),
        proptest::option::of(("[a-z]{1,4}", "[a-z]{1,4}")),
        prop_oneof![Just(0u64), 1u64..2_000_000_000_000],
        btree_map(
            proptest::sample::select(vec!["5.1", "5.37", "6.8", "7.14", "8.15", "8.34"])
                .prop_map(str::to_owned),
            workbook_entry(),
            0..4,
        ),
        btree_map(
            prop_oneof!["[a-z]{1,4}/[a-z]{1,4}", "[a-z]{1,4}/[a-z]{1,4}/exercise"],
            vec((0u64..2_000_000_000_000, any::<bool>(), 0u8..3), 1..6),
            0..4,
        ),
    )
        .prop_map(
            |(lessons, attempts, mistakes, place, generation, workbook, reviews)| {
                use savoir::domain::learner::review::{normalised, Context, Review};
                let mut p = Progress::default();
                p.reviews = reviews
                    .into_iter()
                    .map(|(key, log)| {
                        let log = log
                            .into_iter()
                            .map(|(at, right, c)| Review {
                                at,
                                right,
                                context: [Context::Checkpoint, Context::Exercise, Context::Review]
                                    [usize::from(c)],
                            })
                            .collect();
                        (key, normalised(log))
                    })
                    .collect();
                p.workbook.entries = workbook;
                p.lessons = lessons;
                p.mistakes = mistakes;
                for a in attempts {
                    p.put_attempt(a);
                }
                if let Some((m, l)) = place {
                    p.set_place(&m, &l, None);
                }
                p.generation = generation;
                p
            },
        )
}

fn assignment() -> impl Strategy<Value = Assignment> {
    (
        "[a-z0-9]{1,12}",
        vec(id(), 0..3),
        vec((id(), id()), 0..3),
        (2000u32..2100, 1u32..=12, 1u32..=28),
        1u8..=100,
        (".{0,40}", ".{0,40}", ".{0,30}", ".{0,20}"),
        any::<u64>(),
    )
        .prop_map(
            |(id, modules, lessons, (y, m, d), pass_mark, (en, fr, group, by), created)| {
                let mut a = Assignment {
                    id,
                    modules,
                    lessons: lessons
                        .into_iter()
                        .map(|(m, l)| format!("{m}/{l}"))
                        .collect(),
                    due: format!("{y:04}-{m:02}-{d:02}"),
                    pass_mark,
                    note: Note { en, fr },
                    group,
                    by,
                    created,
                    lrs: None,
                };
                // Each thing once, as a link must hold them.
                a.modules.sort();
                a.modules.dedup();
                a.lessons.sort();
                a.lessons.dedup();
                let modules = a.modules.clone();
                a.lessons
                    .retain(|k| !modules.iter().any(|m| k.starts_with(&format!("{m}/"))));
                if a.modules.is_empty() && a.lessons.is_empty() {
                    a.modules.push("m".into());
                }
                a
            },
        )
}

/// Every module and lesson exists, for links made of arbitrary ids.
fn anything(_: &str, _: Option<&str>) -> bool {
    true
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::NotStarted),
        Just(Status::InProgress),
        Just(Status::Passed),
        Just(Status::Failed),
        Just(Status::Overdue),
    ]
}

fn attempt_result() -> impl Strategy<Value = AttemptResult> {
    (
        id(),
        0u64..4_000_000_000_000,
        proptest::option::of(0u64..4_000_000_000_000),
        proptest::option::of(0u8..=100),
        vec(prop_oneof![Just(Lang::En), Just(Lang::Fr)], 0..3),
        0u32..=(MAX_ATTEMPT_SECONDS as u32),
        vec((id(), answer(), 0u32..=1000), 0..5),
    )
        .prop_map(
            |(id, started, finished, percent, languages, seconds, answers)| AttemptResult {
                id,
                started,
                finished,
                percent,
                languages,
                seconds: u64::from(seconds),
                asked: Vec::new(),
                answers: answers
                    .into_iter()
                    .map(|(question, answer, c)| AnswerResult {
                        question,
                        answer,
                        credit: f64::from(c) / 1000.0,
                    })
                    .collect(),
            },
        )
}

fn results() -> impl Strategy<Value = Results> {
    (
        assignment(),
        ("[a-z0-9]{1,20}", ".{0,30}"),
        0u64..4_000_000_000_000,
        status(),
        vec(
            (
                id(),
                status(),
                proptest::option::of(0u8..=100),
                vec(attempt_result(), 0..3),
            ),
            0..3,
        ),
    )
        .prop_map(
            |(assignment, (learner, name), exported, status, modules)| Results {
                learner: Signature {
                    id: learner,
                    name,
                    ..Default::default()
                },
                on: assignment.due.clone(),
                assignment,
                exported,
                status,
                modules: modules
                    .into_iter()
                    .map(|(module, status, best, attempts)| ModuleResult {
                        module,
                        status,
                        best,
                        last: best,
                        attempts,
                        reviews: Vec::new(),
                    })
                    .collect(),
                lessons: Vec::new(),
                seconds: 0,
                languages: vec![Lang::Fr],
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_state_survives_storing_and_reading(p in progress()) {
        let stored = p.encode();
        let back = Progress::decode(&stored).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back.encode(), &stored);
        // The lenient reader (used at start-up) keeps all of a sound state.
        let (lenient, dropped) = Progress::decode_lenient(&stored, &|_, _| true)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(dropped, 0);
        prop_assert_eq!(lenient.encode(), stored);
    }

    #[test]
    fn any_state_survives_export_and_import_byte_for_byte(p in progress(), now in 0..=savoir::domain::learner::transfer::MAX_DATE) {
        let prefs = savoir::domain::learner::preferences::Preferences { lang: if now % 2 == 0 { Some(Lang::Fr) } else { None }, bilingual: now % 3 == 0, retention: (now % 5 == 0).then_some(80) };
        let file = export(&p, &prefs, now);
        let back = import(&file, &|_, _| true).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back.preferences, &prefs);
        prop_assert_eq!(back.progress.encode(), p.encode());
        prop_assert_eq!(back.exported, now);
        prop_assert_eq!(export(&back.progress, &back.preferences, now), file);
    }

    #[test]
    fn merging_loses_nothing_and_settles(p in progress(), q in progress()) {
        // (Copies of one generation: across a reset, the later one wins.)
        let mut q = q;
        q.generation = p.generation;
        let mut merged = p.clone();
        merged.absorb(q.clone());
        // Every lesson, attempt and mistake of either copy is there.
        for key in p.lessons.keys().chain(q.lessons.keys()) {
            prop_assert!(merged.lessons.contains_key(key));
        }
        for id in p.attempts.keys().chain(q.attempts.keys()) {
            prop_assert!(merged.attempts.contains_key(id));
        }
        for (key, m) in p.mistakes.iter().chain(q.mistakes.iter()) {
            let kept = merged.mistakes.get(key).copied().unwrap_or_default();
            prop_assert!(kept.wrong >= m.wrong && kept.right >= m.right);
        }
        // Every workbook entry is there, as changed last.
        for (number, e) in p.workbook.entries.iter().chain(q.workbook.entries.iter()) {
            let kept = merged.workbook.entries.get(number);
            prop_assert!(kept.is_some_and(|k| k.changed.iter().zip(e.changed).all(|(k, e)| *k >= e)));
        }
        // Two tabs settle on the same workbook, whichever merges which.
        let mut pq = p.workbook.clone();
        pq.merge(&q.workbook);
        let mut qp = q.workbook.clone();
        qp.merge(&p.workbook);
        prop_assert_eq!(pq, qp);
        // A finished attempt stays finished.
        for (id, a) in p.attempts.iter().chain(q.attempts.iter()) {
            if a.finished.is_some() {
                prop_assert!(merged.attempts[id].finished.is_some());
            }
        }
        // Taking the same copy in again changes nothing.
        let again = merged.clone();
        prop_assert!(!merged.absorb(q));
        prop_assert_eq!(merged, again);
    }

    #[test]
    fn merging_a_copy_into_itself_changes_nothing(p in progress()) {
        let mut same = p.clone();
        prop_assert!(!same.absorb(p.clone()));
        prop_assert_eq!(same, p);
    }

    #[test]
    fn readers_never_panic_on_arbitrary_text(text in any::<String>()) {
        let _ = Progress::decode(&text);
        let _ = Progress::decode_lenient(&text, &|_, _| true);
        let _ = import(&text, &|_, _| true);
        let _ = savoir::domain::shared::store::schema_of(&text);
    }

    #[test]
    fn readers_never_panic_on_damaged_files(p in progress(), cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let file = export(&p, &Default::default(), 1);
        let mut bytes = file.clone().into_bytes();
        let at = flip.index(bytes.len());
        bytes[at] = byte;
        let damaged = String::from_utf8_lossy(&bytes).into_owned();
        let changed = damaged != file;
        let result = import(&damaged, &|_, _| true);
        if changed {
            // A changed file never imports as something else silently: it is
            // refused, or (a change that JSON ignores, such as in spacing)
            // gives the very same state.
            if let Ok(back) = result {
                prop_assert_eq!(back.progress.encode(), p.encode());
            }
        }
        let truncated = &file[..file.char_indices().map(|(i, _)| i).nth(cut.index(file.chars().count())).unwrap_or(0)];
        // Cut anywhere, it is said to be cut short (not "not a progress file").
        prop_assert!(matches!(import(truncated, &|_, _| true), Err(ImportError::Truncated)) || truncated.trim_end() == file.trim_end() || truncated.trim().is_empty(), "{}", truncated);
        let _ = Progress::decode(&damaged);
        let _ = Progress::decode_lenient(&damaged, &|m, _| m.len() % 2 == 0);
    }

    #[test]
    fn any_assignment_survives_its_link(a in assignment()) {
        let code = a.encode();
        prop_assert_eq!(Assignment::decode(&code, &anything), Ok(a));
    }

    /// Arbitrary text: the envelope refuses almost all of it (see the
    /// near-valid test below for what gets further).
    #[test]
    fn the_link_decoder_never_panics_on_arbitrary_text(text in any::<String>()) {
        let _ = Assignment::decode(&text, &anything);
        let _ = Assignment::decode(&format!("v1.{text}"), &anything);
    }

    #[test]
    fn a_changed_or_cut_link_never_passes_for_another_assignment(a in assignment(), at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let code = a.encode();
        let mut bytes = code.clone().into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let changed = String::from_utf8_lossy(&bytes).into_owned();
        if changed != code {
            let result = Assignment::decode(&changed, &anything);
            prop_assert!(result.as_ref().is_err() || result.as_ref().ok() == Some(&a), "{:?}", result);
        }
        let cut_at = cut.index(code.len());
        if cut_at < code.len() {
            prop_assert!(matches!(Assignment::decode(&code[..cut_at], &anything), Err(LinkError::Truncated | LinkError::Malformed | LinkError::Tampered)));
        }
    }

    #[test]
    fn any_result_survives_its_file(r in results(), summary in vec(".{0,40}", 0..4)) {
        let file = r.to_file(&summary, "[]");
        prop_assert_eq!(Results::from_file(&file), Ok(r));
    }

    /// Arbitrary text: the JSON parser refuses almost all of it (see the
    /// near-valid test below for what gets further).
    #[test]
    fn the_result_file_reader_never_panics_on_arbitrary_text(text in any::<String>()) {
        let _ = Results::from_file(&text);
        let _ = Results::from_file(&format!("{{\"format\":\"savoir-results\",\"version\":1,\"checksum\":\"0\",\"results\":{text}}}"));
    }

    #[test]
    fn a_changed_or_cut_result_file_never_passes_for_other_results(r in results(), at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let file = r.to_file(&["Results".to_owned()], "[]");
        let mut bytes = file.clone().into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let changed = String::from_utf8_lossy(&bytes).into_owned();
        let result = Results::from_file(&changed);
        prop_assert!(result.is_err() || result.as_ref().ok() == Some(&r), "{:?}", result);
        // Cut anywhere before its closing brace.
        let cut_at = cut.index(file.trim_end().len());
        if let Some(cut) = file.get(..cut_at) {
            prop_assert!(matches!(Results::from_file(cut), Err(ResultsError::Truncated)) || cut.trim().is_empty(), "{cut}");
        }
    }
}

fn fail(e: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(e.to_string())
}

/// Runs `cases` near-valid inputs through a property, then checks how far
/// they got.
fn run_counted<S: Strategy>(
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value, &mut Reach) -> Result<(), TestCaseError>,
) -> Reach {
    let reach = RefCell::new(Reach::default());
    let mut runner = TestRunner::new(ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let outcome = runner.run(&strategy, |value| {
        let mut reach = reach.borrow_mut();
        reach.cases += 1;
        property(value, &mut reach)
    });
    if let Err(e) = outcome {
        panic!("{e}");
    }
    reach.into_inner()
}

/// Share links made from a real assignment with one field changed, sealed
/// again with a correct checksum, then maybe percent-encoded, caught with
/// punctuation or cut on their way: the decoder never panics, gives each
/// the answer it should, and most get past the envelope to its JSON reader
/// and its checks (counted, so that the generator cannot drift back to
/// inputs that the first check refuses).
#[test]
fn the_link_decoder_never_panics_on_near_valid_links_and_reads_them_to_the_end() {
    let strategy = (
        assignment(),
        near_valid::assignment_change(),
        near_valid::journey(),
    );
    let reach = run_counted(1024, strategy, |(a, change, journey), reach| {
        let mut value = serde_json::to_value(&a).map_err(fail)?;
        let expect = near_valid::apply(&mut value, &change);
        let (code, on_the_way) = near_valid::travel(&near_valid::seal_link(&value), &journey);
        let result = Assignment::decode(&code, &anything);
        match &result {
            Ok(_) => {
                reach.reader += 1;
                reach.checks += 1;
                reach.accepted += 1;
            }
            Err(LinkError::Invalid(why)) => {
                reach.reader += 1;
                reach.checks += usize::from(!near_valid::from_json_reader(why));
            }
            Err(_) => {}
        }
        match expect.and(on_the_way) {
            Expect::Same => prop_assert_eq!(&result, &Ok(a), "{:?} then {:?}", change, journey),
            Expect::Refused => prop_assert!(
                result.is_err(),
                "{:?} then {:?}: {:?}",
                change,
                journey,
                result
            ),
            Expect::Either => {
                if let Ok(read) = result {
                    prop_assert_eq!(read.validate(&anything), Ok(()));
                    prop_assert_eq!(Assignment::decode(&read.encode(), &anything), Ok(read));
                }
            }
        }
        Ok(())
    });
    reach.assert_share("near-valid links", 60, 35, 10);
}

/// Result files made from real results with one field changed, sealed
/// again with a correct checksum, then maybe with their envelope changed or
/// cut: the reader never panics, gives each the answer it should, and most
/// get past the envelope to the reading of `results` and its checks.
#[test]
fn the_result_file_reader_never_panics_on_near_valid_files_and_reads_them_to_the_end() {
    let strategy = (
        results(),
        near_valid::results_change(),
        near_valid::envelope(),
    );
    let reach = run_counted(1024, strategy, |(r, change, envelope), reach| {
        let mut value = serde_json::to_value(&r).map_err(fail)?;
        let expect = near_valid::apply(&mut value, &change);
        let (file, envelope_expect) = near_valid::seal_results(&value, &envelope);
        let result = Results::from_file(&file);
        match &result {
            Ok(_) => {
                reach.reader += 1;
                reach.checks += 1;
                reach.accepted += 1;
            }
            Err(ResultsError::Invalid(why)) if why != "no version" => {
                reach.reader += 1;
                reach.checks += usize::from(!near_valid::from_json_reader(why));
            }
            Err(_) => {}
        }
        match expect.and(envelope_expect) {
            Expect::Same => prop_assert_eq!(&result, &Ok(r), "{:?} in {:?}", change, envelope),
            Expect::Refused => prop_assert!(
                result.is_err(),
                "{:?} in {:?}: {:?}",
                change,
                envelope,
                result
            ),
            Expect::Either => {
                if let Ok(read) = result {
                    let again = read.to_file(&[], "[]");
                    prop_assert_eq!(Results::from_file(&again), Ok(read));
                }
            }
        }
        Ok(())
    });
    reach.assert_share("near-valid result files", 40, 20, 8);
}
