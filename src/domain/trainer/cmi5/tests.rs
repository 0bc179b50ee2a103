use super::*;
use crate::domain::learner::progress::{lesson_key, LessonProgress};
use crate::domain::shared::language::Lang;
use crate::domain::shared::percent::percent_encode;
use crate::domain::trainer::fixtures;

mod launch;

const REGISTRATION: &str = "760e3480-ba55-4991-94b0-01820dbd23a2";
const ACTIVITY: &str = "https://lms.example.org/au/7f3a";

fn query(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect();
    format!("?{}", parts.join("&"))
}

fn actor() -> String {
    r#"{"objectType":"Agent","name":"Ana Lima","account":{"homePage":"https://lms.example.org","name":"ana-42"}}"#.into()
}

fn full() -> Vec<(&'static str, String)> {
    vec![
        ("au", "basics".into()),
        ("endpoint", "https://lrs.example.org/xapi/".into()),
        ("fetch", "https://lms.example.org/fetch?k=2390289x0".into()),
        ("actor", actor()),
        ("registration", REGISTRATION.into()),
        ("activityId", ACTIVITY.into()),
    ]
}

fn q(pairs: &[(&'static str, String)]) -> String {
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    query(&borrowed)
}

fn launched() -> Launch {
    launch(&q(&full())).unwrap().unwrap()
}

fn data(mode: &str, mastery: Option<f64>) -> LaunchData {
    let mut doc = json!({
        "contextTemplate": {
            "contextActivities": { "grouping": [{ "id": "https://publisher.example.org/savoir/basics" }] },
            "extensions": { SESSION: "s-1" }
        },
        "launchMode": mode,
        "moveOn": "Passed",
        "returnURL": "https://lms.example.org/course/1",
    });
    if let Some(m) = mastery {
        doc["masteryScore"] = json!(m);
    }
    launch_data(&doc.to_string()).unwrap()
}

/// A standing whose latest attempt was finished at 10 s (sessions here
/// start at 0 or 1 s), if it has a score.
fn standing(status: Status, score: Option<u8>, completed: bool) -> Standing {
    Standing {
        status,
        score,
        completed,
        last_finished: score.map(|_| 10_000),
    }
}

#[test]
fn a_session_opens_with_initialized_judges_once_and_ends_with_terminated() {
    let mut s = Session::new(launched(), data("Normal", Some(0.75)), 0);
    assert_eq!(
        s.due(standing(Status::Incomplete, None, false), false),
        [Verb::Initialized]
    );
    assert!(s
        .due(standing(Status::Incomplete, None, false), false)
        .is_empty());
    // A failed attempt is held until the session ends...
    assert!(s
        .due(standing(Status::Failed, Some(50), false), false)
        .is_empty());
    // ...so that passing later in the session is what the LMS hears.
    assert_eq!(
        s.due(standing(Status::Passed, Some(100), false), false),
        [Verb::Passed]
    );
    assert!(
        s.due(standing(Status::Passed, Some(100), false), false)
            .is_empty(),
        "no verb twice"
    );
    assert_eq!(
        s.due(standing(Status::Passed, Some(100), true), false),
        [Verb::Completed]
    );
    assert_eq!(
        s.due(standing(Status::Passed, Some(100), true), true),
        [Verb::Terminated]
    );
    assert!(s.ended());
    assert!(
        s.due(standing(Status::Passed, Some(100), true), true)
            .is_empty(),
        "nothing after terminated"
    );
}

#[test]
fn a_session_that_ends_failed_says_failed_before_terminated() {
    let mut s = Session::new(launched(), data("Normal", None), 0);
    s.due(standing(Status::Incomplete, None, false), false);
    assert_eq!(
        s.due(standing(Status::Failed, Some(25), false), true),
        [Verb::Failed, Verb::Terminated]
    );
}

#[test]
fn failed_needs_an_attempt_in_the_session_and_a_known_history() {
    // The attempt was finished before this session began.
    let mut s = Session::new(launched(), data("Normal", None), 20_000);
    assert_eq!(
        s.due(standing(Status::Failed, Some(25), false), true),
        [Verb::Initialized, Verb::Terminated]
    );
    // The LRS could not say whether a `passed` was sent before.
    let mut s = Session::new(launched(), data("Normal", None), 0);
    s.history_unknown();
    assert_eq!(
        s.due(standing(Status::Failed, Some(25), false), true),
        [Verb::Initialized, Verb::Terminated]
    );
}

#[test]
fn what_an_earlier_session_sent_is_not_sent_again_and_failed_never_follows_passed() {
    let mut s = Session::new(launched(), data("Normal", None), 0);
    s.sent_before(Verb::Passed);
    s.sent_before(Verb::Completed);
    assert_eq!(
        s.due(standing(Status::Passed, Some(90), true), false),
        [Verb::Initialized]
    );
    let mut s = Session::new(launched(), data("Normal", None), 0);
    s.sent_before(Verb::Passed);
    // (A device that lost its storage: the LRS knows better.)
    assert_eq!(
        s.due(standing(Status::Failed, Some(10), false), true),
        [Verb::Initialized, Verb::Terminated]
    );
}

#[test]
fn browse_and_review_send_only_initialized_and_terminated() {
    for mode in ["Browse", "Review"] {
        let mut s = Session::new(launched(), data(mode, None), 0);
        assert_eq!(
            s.due(standing(Status::Passed, Some(100), true), true),
            [Verb::Initialized, Verb::Terminated],
            "{mode}"
        );
    }
}

#[test]
fn statements_follow_cmi5_and_pass_the_xapi_checks() {
    let s = Session::new(launched(), data("Normal", Some(0.75)), 1_000);
    let passing = standing(Status::Passed, Some(80), true);
    let failing = standing(Status::Failed, Some(50), true);
    for verb in [
        Verb::Initialized,
        Verb::Completed,
        Verb::Passed,
        Verb::Failed,
        Verb::Terminated,
    ] {
        // (As `due` pairs them: `failed` from a failing standing.)
        let st = if verb == Verb::Failed {
            failing
        } else {
            passing
        };
        let statement = s.statement(verb, 126_000, st);
        assert_eq!(
            check::problems(&statement),
            Vec::<String>::new(),
            "{verb:?}: {statement}"
        );
        assert_eq!(statement["object"]["id"], ACTIVITY);
        assert_eq!(statement["context"]["registration"], REGISTRATION);
        assert_eq!(statement["context"]["extensions"][SESSION], "s-1");
        assert_eq!(
            statement["context"]["contextActivities"]["grouping"][0]["id"],
            "https://publisher.example.org/savoir/basics",
            "the template is kept"
        );
        let categories = statement["context"]["contextActivities"]["category"].to_string();
        assert!(categories.contains(CATEGORY));
        let judged = matches!(verb, Verb::Passed | Verb::Failed | Verb::Completed);
        assert_eq!(categories.contains(MOVE_ON), judged, "{verb:?}");
        // cmi5 9.5: score and success on passed and failed only, completion
        // on completed only, the mastery score where it judged.
        let judgement = matches!(verb, Verb::Passed | Verb::Failed);
        let result = &statement["result"];
        assert_eq!(result["score"].is_object(), judgement, "{verb:?}");
        assert_eq!(result.get("success").is_some(), judgement, "{verb:?}");
        assert_eq!(
            result.get("completion").is_some(),
            verb == Verb::Completed,
            "{verb:?}"
        );
        assert_eq!(
            statement["context"]["extensions"].get(MASTERY).is_some(),
            judgement,
            "{verb:?}"
        );
        assert_eq!(
            result["duration"].as_str(),
            (verb != Verb::Initialized).then_some("PT2M5S")
        );
        assert_eq!(
            s.statement(verb, 999_999, st)["id"],
            statement["id"],
            "the id does not depend on the time"
        );
    }
    let passed = s.statement(Verb::Passed, 2_000, passing);
    assert_eq!(passed["result"]["score"]["scaled"], 0.8);
    assert_eq!(passed["result"]["success"], true);
    assert_eq!(passed["context"]["extensions"][MASTERY], 0.75);
    let failed = s.statement(Verb::Failed, 2_000, failing);
    assert_eq!(
        failed["result"]["score"]["scaled"], 0.5,
        "under the mastery score"
    );
    assert_eq!(failed["result"]["success"], false);
    assert_eq!(
        s.statement(Verb::Completed, 2_000, passing)["result"]["completion"],
        true
    );
    // Another session, learner or registration: another id (an LMS's
    // session ids need not be unique beyond a learner's registration).
    let mut other_session = data("Normal", Some(0.75));
    other_session.session = "s-2".into();
    let ids = |l: Launch, d: LaunchData| {
        Session::new(l, d, 0).statement(Verb::Passed, 2_000, passing)["id"].clone()
    };
    assert_ne!(ids(launched(), other_session), passed["id"]);
    let mut bo = launched();
    bo.actor["account"]["name"] = json!("bo-7");
    assert_ne!(ids(bo, data("Normal", Some(0.75))), passed["id"]);
    let mut enrolled_again = launched();
    enrolled_again.registration = "760e3480-ba55-4991-94b0-01820dbd23a3".into();
    assert_ne!(
        ids(enrolled_again, data("Normal", Some(0.75))),
        passed["id"]
    );
    assert_eq!(ids(launched(), data("Normal", Some(0.75))), passed["id"]);
}

#[test]
fn standing_judges_by_the_launch_s_mastery_score_and_completes_with_every_lesson() {
    let c = fixtures::catalog(vec![fixtures::module("basics", 50, &["one", "two"])]);
    let mut p = Progress::default();
    let st = |p: &Progress, m| super::standing(p, &c, "basics", m);
    assert_eq!(st(&p, None), standing(Status::Incomplete, None, false));
    p.put_attempt(fixtures::finished("basics", 1_000, 3, Lang::En));
    assert_eq!(
        st(&p, None).status,
        Status::Passed,
        "75 % against the module's 50 %"
    );
    assert_eq!(
        st(&p, Some(0.755)).status,
        Status::Failed,
        "75 % is under 75.5 %"
    );
    assert_eq!(st(&p, Some(0.75)).status, Status::Passed);
    assert_eq!(
        st(&p, None).last_finished,
        Some(61_000),
        "a minute after it began"
    );
    let done = LessonProgress {
        reached_end: true,
        skipped: true,
        ..LessonProgress::default()
    };
    p.lessons.insert(lesson_key("basics", "one"), done.clone());
    assert!(!st(&p, None).completed, "one lesson of two");
    p.lessons.insert(lesson_key("basics", "two"), done);
    assert!(st(&p, None).completed);
    assert!(!super::standing(&p, &c, "unknown", None).completed);
}

#[test]
fn finish_goes_back_only_to_the_lms_s_own_site_and_offers_any_other() {
    let mut d = data("Normal", None);
    let at = |d: &LaunchData| Session::new(launched(), d.clone(), 0).return_to();
    assert_eq!(
        at(&d),
        Return::Go("https://lms.example.org/course/1".into()),
        "the fetch URL's site"
    );
    d.return_url = Some("https://LRS.example.org/done".into());
    assert!(
        matches!(at(&d), Return::Go(_)),
        "the endpoint's site, in any case"
    );
    d.return_url = Some("https://phish.example.net/login".into());
    assert_eq!(
        at(&d),
        Return::Offer {
            url: "https://phish.example.net/login".into(),
            site: "phish.example.net".into()
        }
    );
    d.return_url = None;
    assert_eq!(at(&d), Return::Stay);
}
