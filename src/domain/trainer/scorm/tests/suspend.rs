//! The resume state: within 4,096 characters whatever the learner did,
//! read back whole, and refused when it is not this app's.

use super::*;

/// A learner who did everything at length, in a course the size of this
/// one (9 modules of 4 lessons, ids as long as its longest): every lesson
/// read, each with a long French reflection, an exercise and a position,
/// and thirty attempts at each checkpoint, the last one open.
fn heavy() -> (Progress, Vec<String>) {
    let modules: Vec<String> = (0..9)
        .map(|m| format!("organisational-controls-{m}"))
        .collect();
    let mut p = Progress::default();
    p.generation = 1_764_000_000_000;
    for (m, id) in modules.iter().enumerate() {
        for l in 0..4 {
            let entry = LessonProgress {
                reflection: format!(
                    "Réflexion n° {m}.{l} : {}",
                    "une politique écrite, revue et approuvée ; ".repeat(8)
                ),
                skipped: false,
                reached_end: true,
                position: Some("block-a-fairly-long-block-id".into()),
                updated: 1_764_000_000_000 + (m * 10 + l) as u64,
                exercise: Some(Answer::Text("une réponse à l'exercice".into())),
            };
            p.lessons.insert(
                lesson_key(id, &format!("vulnerabilities-and-configuration-{l}")),
                entry,
            );
        }
        for k in 0..30u64 {
            let right = ((k as usize) + m) % 5;
            p.put_attempt(attempt(
                id,
                1_764_100_000_000 + k * 100_000,
                right.min(4),
                k == 29,
            ));
        }
    }
    p.last = Some(Place {
        module: modules[3].clone(),
        lesson: "lesson-number-2".into(),
        position: None,
    });
    (p, modules)
}

#[test]
fn suspend_data_never_passes_4096_characters_and_keeps_what_matters_most() {
    let (p, modules) = heavy();
    let known = |_: &str| true;
    for scope in std::iter::once(Scope::Course).chain(modules.iter().map(|m| scope(m))) {
        let text = suspend(&p, &scope);
        assert!(
            text.len() <= SUSPEND_LIMIT,
            "{scope:?}: {} characters",
            text.len()
        );
        assert!(text.is_ascii(), "ASCII only, so characters and bytes agree");
        let back = resume(&text, &known).expect("reads back");
        assert_eq!(back.generation, p.generation);
        let c = Catalog {
            modules: modules.iter().map(|m| module(m, 50)).collect(),
            ..catalog()
        };
        for m in modules.iter().filter(|m| scope.covers(m)) {
            let was = report(&p, &c, &Scope::Module(m.clone()), None);
            let now = report(&back, &c, &Scope::Module(m.clone()), None);
            assert_eq!(was, now, "{scope:?}: {m}'s best score and status survive");
            for l in 0..4 {
                let key = lesson_key(m, &format!("vulnerabilities-and-configuration-{l}"));
                assert!(
                    back.lessons[&key].is_complete(),
                    "{scope:?}: {key} stays complete"
                );
            }
            assert!(
                back.attempts_of(m).any(|a| a.finished.is_none()),
                "{scope:?}: the open attempt of {m} stays, to be resumed"
            );
        }
        assert!(
            back.lessons
                .keys()
                .chain(back.attempts.values().map(|a| &a.module))
                .all(|k| scope.covers(k.split('/').next().unwrap_or(""))),
            "{scope:?}: nothing outside the scope"
        );
    }
    // One module's share keeps whole reflections and the open attempt.
    let one = resume(&suspend(&p, &scope(&modules[0])), &known).unwrap();
    let key = lesson_key(&modules[0], "vulnerabilities-and-configuration-0");
    let (got, had) = (&one.lessons[&key], &p.lessons[&key]);
    assert_eq!(
        (&got.reflection, got.reached_end, got.updated),
        (&had.reflection, had.reached_end, had.updated),
        "a module's reflections fit whole"
    );
    let open = one
        .attempts_of(&modules[0])
        .find(|a| a.finished.is_none())
        .unwrap();
    assert_eq!(open.answers.len(), 4, "the open attempt keeps its answers");
}

#[test]
fn a_light_state_reads_back_whole_and_merges_with_the_device_s_own() {
    let mut p = Progress::default();
    p.lessons.insert(
        lesson_key("basics", "lesson-number-0"),
        LessonProgress {
            reflection: "Écrit sur l'autre appareil".into(),
            reached_end: true,
            updated: 5,
            ..Default::default()
        },
    );
    p.put_attempt(attempt("basics", 1_000, 3, false));
    p.put_attempt(attempt("more", 2_000, 3, false));
    let text = suspend(&p, &scope("basics"));
    let back = resume(&text, &|_| true).unwrap();
    assert_eq!(back.lessons, p.lessons);
    assert_eq!(back.attempts.len(), 1, "only the scope's attempts");
    assert_eq!(
        back.attempts.values().next(),
        p.attempts_of("basics").next()
    );

    // The device already holds its own work: both are kept.
    let mut device = Progress::default();
    device.put_attempt(attempt("basics", 9_000, 1, false));
    assert!(device.absorb(back));
    assert_eq!(device.attempts_of("basics").count(), 2);

    // A module the course no longer has is left out.
    let back = resume(&text, &|m| m != "basics").unwrap();
    assert!(back.lessons.is_empty() && back.attempts.is_empty());
}

#[test]
fn a_foreign_or_newer_resume_state_is_told_not_read() {
    let known = |_: &str| true;
    assert_eq!(resume("", &known).unwrap_err(), ResumeError::Empty);
    assert_eq!(
        resume(r#"{"v":2}"#, &known).unwrap_err(),
        ResumeError::Newer(2)
    );
    assert!(matches!(
        resume("lesson=3;page=2", &known),
        Err(ResumeError::Foreign(_))
    ));
    assert!(matches!(resume("{}", &known), Err(ResumeError::Foreign(_))));
    assert!(matches!(
        resume(r#"{"v":1,"a":{"m":[{"i":3}]}}"#, &known),
        Err(ResumeError::Foreign(_))
    ));
    assert_eq!(resume(r#"{"v":1}"#, &known).unwrap(), Progress::default());
}

#[test]
fn even_far_more_than_any_course_holds_is_cut_to_the_limit() {
    let mut p = Progress::default();
    for l in 0..400 {
        let entry = LessonProgress {
            reflection: "x".repeat(500),
            reached_end: true,
            updated: 1,
            ..Default::default()
        };
        p.lessons
            .insert(lesson_key("big", &format!("lesson-{l:03}")), entry);
    }
    let text = suspend(&p, &Scope::Course);
    assert!(text.len() <= SUSPEND_LIMIT, "{} characters", text.len());
    let back = resume(&text, &|_| true).unwrap();
    assert!(!back.lessons.is_empty(), "what fits is kept");
    assert!(back.lessons.values().all(LessonProgress::is_complete));
}
