//! Reading what the LMS gives: the launch address, the token, the launch
//! data and the learner's language preference.

use super::*;

#[test]
fn a_launch_is_read_in_any_order_and_its_module_from_au() {
    let mut pairs = full();
    pairs.reverse();
    let l = launch(&q(&pairs)).unwrap().unwrap();
    assert_eq!(l, launched());
    assert_eq!(l.endpoint, "https://lrs.example.org/xapi/");
    assert_eq!(l.name().as_deref(), Some("Ana Lima"));
    assert_eq!(au_module(&q(&pairs)).as_deref(), Some("basics"));
    assert_eq!(au_module("?endpoint=x"), None);
    assert!(l.launch_data_url().starts_with(
        "https://lrs.example.org/xapi/activities/state?stateId=LMS.LaunchData&activityId=https%3A%2F%2Flms"
    ));
    assert!(l
        .launch_data_url()
        .ends_with(&format!("&registration={REGISTRATION}")));
}

#[test]
fn a_page_opened_without_a_launch_is_not_one_and_a_broken_launch_says_why() {
    assert_eq!(launch(""), Ok(None));
    assert_eq!(launch("?au=basics&lang=fr"), Ok(None));
    let without = |name: &str| {
        let pairs: Vec<_> = full().into_iter().filter(|(k, _)| *k != name).collect();
        launch(&q(&pairs))
    };
    assert_eq!(without("fetch"), Err(LaunchError::Missing("fetch")));
    assert_eq!(
        without("activityId"),
        Err(LaunchError::Missing("activityId"))
    );
    let with = |name: &str, value: &str| {
        let pairs: Vec<_> = full()
            .into_iter()
            .map(|(k, v)| (k, if k == name { value.to_owned() } else { v }))
            .collect();
        launch(&q(&pairs))
    };
    for (name, value) in [
        ("endpoint", "http://lrs.example.org/xapi/"),
        ("fetch", "http://lms.example.org/fetch"),
        ("actor", "{\"mbox\":\"mailto:ana@example.org\"}"),
        ("actor", "not json"),
        ("registration", "42"),
        ("activityId", "no scheme here"),
    ] {
        assert!(
            matches!(with(name, value), Err(LaunchError::Invalid(n, _)) if n == name),
            "{name} = {value}"
        );
    }
    assert!(matches!(
        launch("?endpoint=%ZZ"),
        Err(LaunchError::Invalid("endpoint", _))
    ));
    // The tests' LMS and LRS are on this computer: plain http is allowed there.
    assert!(with("endpoint", "http://127.0.0.1:8100/xAPI/").is_ok());
}

#[test]
fn the_token_and_the_lms_s_refusal_are_read() {
    assert_eq!(
        token(r#"{"auth-token":"QWxhZGRpbjpvcGVu"}"#),
        Ok("QWxhZGRpbjpvcGVu".into())
    );
    let refused = token(r#"{"error-code":"1","error-text":"already used"}"#).unwrap_err();
    assert!(refused.contains("already used"), "{refused}");
    assert!(token("<html>").is_err());
    assert!(token(r#"{"auth-token":""}"#).is_err());
}

#[test]
fn launch_data_needs_a_session_and_a_known_mode() {
    let d = data("Normal", Some(0.8));
    assert_eq!(d.session, "s-1");
    assert_eq!(d.mode, Mode::Normal);
    assert_eq!(d.mastery, Some(0.8));
    assert_eq!(
        d.return_url.as_deref(),
        Some("https://lms.example.org/course/1")
    );
    assert_eq!(data("Review", None).mode, Mode::Review);
    for broken in [
        r#"{"launchMode":"Normal"}"#,
        r#"{"contextTemplate":{},"launchMode":"Normal"}"#,
        r#"{"contextTemplate":{"extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s"}},"launchMode":"Play"}"#,
        r#"{"contextTemplate":{"extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s"}},"launchMode":"Normal","masteryScore":80}"#,
        "[]",
    ] {
        assert!(launch_data(broken).is_err(), "{broken}");
    }
    let js = r#"{"contextTemplate":{"extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s"}},"launchMode":"Normal","returnURL":"javascript:alert(1)"}"#;
    assert_eq!(
        launch_data(js).unwrap().return_url,
        None,
        "only a web address is followed"
    );
}

#[test]
fn the_lms_s_language_preference_picks_the_first_language_the_course_has() {
    assert_eq!(
        language_preference(r#"{"languagePreference":"fr-CA,en-US"}"#),
        Some(Lang::Fr)
    );
    assert_eq!(
        language_preference(r#"{"languagePreference":"de-DE, en-GB, fr"}"#),
        Some(Lang::En)
    );
    assert_eq!(
        language_preference(r#"{"languagePreference":"de-DE"}"#),
        None
    );
    assert_eq!(language_preference(r#"{"audioPreference":"on"}"#), None);
    assert_eq!(language_preference("not json"), None);
    assert!(launched().preferences_url().starts_with(
        "https://lrs.example.org/xapi/agents/profile?profileId=cmi5LearnerPreferences&agent=%7B"
    ));
}
