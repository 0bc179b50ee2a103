use super::*;
use serde_json::json;

fn valid() -> Value {
    json!({
        "id": "0b6e5a2c-4d1f-4b8e-9a3c-2f1d0e9c8b7a",
        "actor": {"objectType": "Agent", "name": "Ana",
                  "account": {"homePage": "https://savoir.example/", "name": "l-1"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en": "passed", "fr": "a réussi"}},
        "object": {"objectType": "Activity", "id": "https://savoir.example/xapi/activities/modules/m/checkpoint",
                   "definition": {"name": {"en": "C", "fr": "C"}, "type": "http://adlnet.gov/expapi/activities/assessment"}},
        "result": {"score": {"scaled": 0.8, "raw": 80, "min": 0, "max": 100}, "success": true,
                   "completion": true, "duration": "PT4M10S"},
        "context": {"registration": "5d7e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "language": "fr-CA",
                    "platform": "Savoir",
                    "contextActivities": {"grouping": [{"id": "https://savoir.example/xapi/activities/course"}]},
                    "extensions": {"https://savoir.example/xapi/extensions/group": "A"}},
        "timestamp": "2026-12-01T10:00:00.250Z"
    })
}

#[test]
fn a_statement_as_savoir_writes_it_is_valid() {
    assert_eq!(problems(&valid()), Vec::<String>::new());
}

#[test]
fn each_kind_of_mistake_is_named_with_its_path() {
    let cases: [(&str, Value, &str); 10] = [
        (
            "/verb/display",
            json!({"en us": "x"}),
            "verb.display.en us: not a language tag",
        ),
        (
            "/context/registration",
            json!("assignment-7"),
            "context.registration: not a UUID",
        ),
        ("/object/id", json!("modules/m"), "object.id: not an IRI"),
        ("/verb/id", json!("http://a b"), "verb.id: not an IRI"),
        (
            "/result/score/scaled",
            json!(1.5),
            "result.score.scaled: outside -1 to 1",
        ),
        (
            "/result/score/raw",
            json!(120),
            "result.score.raw: outside min to max",
        ),
        (
            "/result/duration",
            json!("4 minutes"),
            "result.duration: not an ISO 8601 duration",
        ),
        (
            "/timestamp",
            json!("yesterday"),
            "timestamp: not an ISO 8601 timestamp",
        ),
        ("/id", json!("not-a-uuid"), "id: not a UUID"),
        (
            "/context/extensions",
            json!({"group": "A"}),
            "context.extensions.group: an extension's key is not an IRI",
        ),
    ];
    for (pointer, bad, expected) in cases {
        let mut s = valid();
        if let Some(slot) = s.pointer_mut(pointer) {
            *slot = bad;
        }
        let found = problems(&s);
        assert!(found.iter().any(|p| p == expected), "{pointer}: {found:?}");
    }
    let mut s = valid();
    s["actor"]["mbox"] = json!("mailto:a@example.org");
    assert!(problems(&s).contains(&"actor: needs exactly one identifier".to_owned()));
    s["surprise"] = json!(1);
    assert!(problems(&s).contains(&"statement.surprise: not an xAPI property".to_owned()));
    assert_eq!(
        problems(&json!([1])),
        vec!["statement: not an object".to_owned()]
    );
}

#[test]
fn shapes_of_iris_tags_and_durations() {
    assert!(is_iri("urn:uuid:1") && is_iri("https://a.org/x?y=1") && !is_iri("a.org/x"));
    assert!(!is_iri("1http://a") && !is_iri("http:"));
    assert!(is_language_tag("en") && is_language_tag("zh-Hant-TW") && !is_language_tag("e"));
    assert!(!is_language_tag("en_US") && !is_language_tag("en-"));
    for ok in ["PT0S", "PT1H2M5S", "P1D", "P2W", "PT4.25S", "P1Y2M3DT4H"] {
        assert!(is_duration(ok), "{ok}");
    }
    for bad in ["P", "PT", "1H", "PT1H1H", "PTS", "P1H", "PT1D"] {
        assert!(!is_duration(bad), "{bad}");
    }
}
