use super::*;
use crate::domain::content::catalog::ModuleSummary;
use crate::domain::content::lesson::{Accepted, Categorised, Pair, Question};
use crate::domain::learner::progress::lesson_key;
use crate::domain::trainer::fixtures;

mod suspend;

fn module(id: &str, pass_mark: u8) -> ModuleSummary {
    fixtures::module(id, pass_mark, &["lesson-0", "lesson-1"])
}

/// `basics` passes at 50 %, `more` at 75 %.
fn catalog() -> Catalog {
    fixtures::catalog(vec![module("basics", 50), module("more", 75)])
}

/// An attempt at `module` with `right` of 4 answers right, in French,
/// finished a minute after `started` unless `open`.
fn attempt(module: &str, started: u64, right: usize, open: bool) -> Attempt {
    if open {
        fixtures::answered(module, started, right, Lang::Fr)
    } else {
        fixtures::finished(module, started, right, Lang::Fr)
    }
}

fn scope(m: &str) -> Scope {
    Scope::Module(m.into())
}

#[test]
fn a_module_is_incomplete_then_failed_then_passed_by_its_best_attempt() {
    let c = catalog();
    let mut p = Progress::default();
    let r = report(&p, &c, &scope("more"), None);
    assert_eq!((r.status, r.raw), (Status::Incomplete, None));

    p.put_attempt(attempt("more", 1_000, 4, true));
    assert_eq!(
        report(&p, &c, &scope("more"), None).status,
        Status::Incomplete,
        "an open attempt counts for nothing"
    );

    p.put_attempt(attempt("more", 2_000, 2, false));
    let r = report(&p, &c, &scope("more"), None);
    assert_eq!(
        (r.status, r.raw),
        (Status::Failed, Some(50)),
        "50 % is under 75 %"
    );
    assert_eq!(
        report(&p, &c, &scope("more"), Some(50)).status,
        Status::Passed,
        "the LMS's mastery score wins"
    );

    p.put_attempt(attempt("more", 3_000, 3, false));
    p.put_attempt(attempt("more", 4_000, 1, false));
    let r = report(&p, &c, &scope("more"), None);
    assert_eq!(
        (r.status, r.raw),
        (Status::Passed, Some(75)),
        "the best attempt, not the last"
    );
    assert_eq!(
        report(&p, &c, &scope("basics"), None).raw,
        None,
        "another module's work is not this one's"
    );
    assert_eq!(
        report(&p, &c, &scope("gone"), None).status,
        Status::Incomplete
    );
}

#[test]
fn the_course_passes_once_every_module_has_at_its_own_mark() {
    let c = catalog();
    let mut p = Progress::default();
    p.put_attempt(attempt("basics", 1_000, 2, false));
    let r = report(&p, &c, &Scope::Course, None);
    assert_eq!(
        (r.status, r.raw),
        (Status::Incomplete, Some(25)),
        "mean of 50 and 0"
    );
    p.put_attempt(attempt("more", 2_000, 2, false));
    assert_eq!(
        report(&p, &c, &Scope::Course, None).status,
        Status::Incomplete,
        "more needs 75 %"
    );
    p.put_attempt(attempt("more", 3_000, 3, false));
    let r = report(&p, &c, &Scope::Course, None);
    assert_eq!(
        (r.status, r.raw),
        (Status::Passed, Some(62)),
        "mean of 50 and 75, rounded down"
    );
}

#[test]
fn interactions_use_scorm_1_2_formats_for_every_kind_of_question() {
    let ids = |xs: &[&str]| xs.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    let q = |id: &str, kind| Question {
        id: id.into(),
        kind,
    };
    let checkpoint = Checkpoint {
        pass_mark: 50,
        questions: vec![
            q(
                "single",
                QuestionKind::SingleChoice {
                    options: ids(&["x", "y", "z"]),
                    correct: "z".into(),
                },
            ),
            q(
                "multi",
                QuestionKind::MultipleChoice {
                    options: ids(&["x", "y", "z"]),
                    correct: ids(&["x", "z"]),
                },
            ),
            q("tf", QuestionKind::TrueFalse { answer: false }),
            q(
                "text",
                QuestionKind::ShortText {
                    accept: Accepted {
                        en: ids(&["policy"]),
                        fr: ids(&["politique"]),
                    },
                },
            ),
            q(
                "match",
                QuestionKind::Matching {
                    pairs: vec![
                        Pair {
                            left: "l1".into(),
                            right: "r1".into(),
                        },
                        Pair {
                            left: "l2".into(),
                            right: "r2".into(),
                        },
                    ],
                },
            ),
            q(
                "order",
                QuestionKind::Ordering {
                    items: ids(&["first", "second", "third"]),
                },
            ),
            q(
                "sort",
                QuestionKind::Categorising {
                    categories: ids(&["c1", "c2"]),
                    items: vec![
                        Categorised {
                            id: "i1".into(),
                            category: "c2".into(),
                        },
                        Categorised {
                            id: "i2".into(),
                            category: "c1".into(),
                        },
                    ],
                },
            ),
            q("skipped", QuestionKind::TrueFalse { answer: true }),
        ],
        draw: None,
    };
    let mut a = Attempt::new("mod one", 1, 0);
    a.answer("single", Answer::Single("z".into()), Lang::En);
    a.answer("multi", Answer::Multiple(ids(&["z", "x"])), Lang::En);
    a.answer("tf", Answer::TrueFalse(true), Lang::En);
    a.answer("text", Answer::Text("Politique".into()), Lang::Fr);
    a.answer(
        "match",
        Answer::Matching(
            [("l1", "r2"), ("l2", "r1")]
                .map(|(l, r)| (l.to_owned(), r.to_owned()))
                .into(),
        ),
        Lang::En,
    );
    a.answer(
        "order",
        Answer::Ordering(ids(&["first", "second", "third"])),
        Lang::En,
    );
    a.answer(
        "sort",
        Answer::Categorising(
            [("i1", "c2"), ("i2", "c1")]
                .map(|(l, r)| (l.to_owned(), r.to_owned()))
                .into(),
        ),
        Lang::En,
    );
    a.finish(&checkpoint, 1);
    let got: Vec<(String, &str, String, String, &str)> = interactions(&a, &checkpoint)
        .into_iter()
        .map(|i| (i.id, i.kind, i.response, i.correct, i.result))
        .collect();
    let want = [
        ("mod_one.single", "choice", "2", "2", "correct"),
        ("mod_one.multi", "choice", "2,0", "0,2", "correct"),
        ("mod_one.tf", "true-false", "t", "f", "wrong"),
        ("mod_one.text", "fill-in", "Politique", "policy", "correct"),
        ("mod_one.match", "matching", "0.1,1.0", "0.0,1.1", "wrong"),
        ("mod_one.order", "sequencing", "0,1,2", "0,1,2", "correct"),
        ("mod_one.sort", "matching", "0.1,1.0", "0.1,1.0", "correct"),
        ("mod_one.skipped", "true-false", "", "t", "wrong"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(id, k, r, c, res)| ((*id).to_owned(), *k, (*r).to_owned(), (*c).to_owned(), *res))
        .collect();
    assert_eq!(got, want);

    let mut long = Attempt::new("m", 1, 0);
    long.answer("text", Answer::Text("é".repeat(300)), Lang::Fr);
    let text = &interactions(&long, &checkpoint)[3];
    assert_eq!(
        text.response.chars().count(),
        255,
        "a CMIFeedback holds 255 characters"
    );
}

#[test]
fn session_time_is_a_cmi_timespan() {
    assert_eq!(session_time(0), "0000:00:00.00");
    assert_eq!(session_time(3_723_456), "0001:02:03.45");
    assert_eq!(session_time(u64::MAX), "9999:59:59.99");
}

#[test]
fn a_packages_scope_is_read_from_its_mark_and_anything_else_is_none() {
    assert_eq!(Scope::parse("course"), Some(Scope::Course));
    assert_eq!(
        Scope::parse(" module:two-standards "),
        Some(scope("two-standards"))
    );
    for bad in [
        "",
        "module:",
        "module:../x",
        "module:a b",
        "Course",
        "lesson:x",
    ] {
        assert_eq!(Scope::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn what_the_lms_holds_is_never_lowered() {
    let report = |status, raw| Report { status, raw };
    let (i, f, p) = (Status::Incomplete, Status::Failed, Status::Passed);
    // A device that lost its storage reports less than the LMS holds.
    assert_eq!(
        never_lower(report(i, None), report(p, Some(90))),
        report(p, Some(90))
    );
    assert_eq!(
        never_lower(report(i, None), report(f, Some(40))),
        report(f, Some(40))
    );
    // Better work goes through.
    assert_eq!(
        never_lower(report(p, Some(80)), report(f, Some(60))),
        report(p, Some(80))
    );
    assert_eq!(
        never_lower(report(f, Some(50)), report(i, None)),
        report(f, Some(50))
    );
    // A lower score never replaces a higher one, whatever the status.
    assert_eq!(
        never_lower(report(p, Some(75)), report(p, Some(95))),
        report(p, Some(95))
    );
    assert_eq!(Status::from_cmi("passed"), Some(p));
    assert_eq!(Status::from_cmi("not attempted"), None);
    assert_eq!(Status::from_cmi("completed"), None);
}
