use super::*;
use crate::domain::learner::quiz::Attempt;
use crate::domain::trainer::assigned::Signature;
use crate::domain::trainer::fixtures;

/// Two modules: `basics` passes at 50 %, `more` at 75 %.
fn catalog() -> Catalog {
    fixtures::catalog(vec![
        fixtures::module("basics", 50, &["one"]),
        fixtures::module("more", 75, &["one"]),
    ])
}

/// Finishes an attempt at `module` with `right` of 4 answers right, in `lang`.
fn finish(progress: &mut Progress, module: &str, started: u64, right: usize, lang: Lang) {
    progress.put_attempt(fixtures::finished(module, started, right, lang));
}

fn assignment(modules: &[&str], lessons: &[&str]) -> Assignment {
    Assignment {
        id: "5f0c8e1a-93b2-4c47-8d0e-2b9a61f4c3d7".into(),
        modules: modules.iter().map(|m| (*m).to_owned()).collect(),
        lessons: lessons.iter().map(|l| (*l).to_owned()).collect(),
        due: "2026-12-24".into(),
        pass_mark: 75,
        group: "Group A".into(),
        by: "Claire Martin".into(),
        ..Default::default()
    }
}

fn results_of(progress: &Progress, assignment: &Assignment) -> Results {
    let learner = Signature {
        id: "learner-1".into(),
        name: "Ana Lopes".into(),
        ..Default::default()
    };
    let c = catalog();
    let pass = |m: &str| c.module(m).map(|s| fixtures::checkpoint(s.pass_mark));
    Results::of(
        learner,
        assignment,
        progress,
        &c,
        &pass,
        9_000_000,
        "2026-11-30",
    )
}

/// Both modules passed: `basics` first failed (25 %), then passed at 75 %
/// on the second attempt and 100 % on the third; `more` passed at once, in
/// French.
fn passed_everything() -> Progress {
    let mut p = Progress::default();
    finish(&mut p, "basics", 1_000_000, 1, Lang::En);
    finish(&mut p, "basics", 2_000_000, 3, Lang::En);
    finish(&mut p, "basics", 3_000_000, 4, Lang::En);
    finish(&mut p, "more", 4_000_000, 3, Lang::Fr);
    p
}

#[test]
fn what_is_missing_is_said_until_every_module_is_passed() {
    let c = catalog();
    let mut p = Progress::default();
    let missing = of_course(&p, &c).err();
    assert_eq!(
        missing,
        Some(vec![
            Missing::Module {
                module: "basics".into(),
                best: None,
                pass_mark: 50
            },
            Missing::Module {
                module: "more".into(),
                best: None,
                pass_mark: 75
            },
        ])
    );
    // 50 % passes `basics` at its own mark, not `more` at 75 %.
    finish(&mut p, "basics", 1_000_000, 2, Lang::En);
    finish(&mut p, "more", 2_000_000, 2, Lang::En);
    let missing = of_course(&p, &c).err();
    assert_eq!(
        missing,
        Some(vec![Missing::Module {
            module: "more".into(),
            best: Some(50),
            pass_mark: 75
        }])
    );
    // An attempt left unfinished counts for nothing.
    p.put_attempt(Attempt::new("more", 2, 3_000_000));
    assert!(of_course(&p, &c).is_err());
    finish(&mut p, "more", 4_000_000, 4, Lang::En);
    assert!(of_course(&p, &c).is_ok());
}

#[test]
fn an_assignment_asks_for_its_modules_at_its_mark_and_its_lessons() {
    let mut p = Progress::default();
    finish(&mut p, "basics", 1_000_000, 2, Lang::En);
    let a = assignment(&["basics"], &["more/one"]);
    // 50 % is below the assignment's 75, and the lesson is unread.
    assert_eq!(
        of_assignment(&p, &a).err(),
        Some(vec![
            Missing::Module {
                module: "basics".into(),
                best: Some(50),
                pass_mark: 75
            },
            Missing::Lesson {
                module: "more".into(),
                lesson: "one".into()
            },
        ])
    );
    finish(&mut p, "basics", 2_000_000, 3, Lang::En);
    p.update_lesson("more", "one", 5, |l| {
        l.reached_end = true;
        l.skipped = true;
    });
    let facts = of_assignment(&p, &a).map_err(|m| format!("{m:?}"));
    assert_eq!(facts.map(|f| f.lessons), Ok(vec!["more/one".to_owned()]));
}

#[test]
fn a_module_shows_its_best_score_and_when_it_was_first_passed() {
    let facts = of_course(&passed_everything(), &catalog()).map_err(|m| format!("{m:?}"));
    let Ok(facts) = facts else {
        panic!("not certified: {facts:?}");
    };
    assert_eq!(facts.scope, Scope::Course);
    assert_eq!(
        facts.modules,
        vec![
            // First passed by the second attempt (finished a minute after it
            // began), best by the third.
            PassedModule {
                module: "basics".into(),
                best: 100,
                passed: 2_060_000
            },
            PassedModule {
                module: "more".into(),
                best: 75,
                passed: 4_060_000
            },
        ]
    );
    assert_eq!(facts.languages, vec![Lang::En, Lang::Fr]);
}

#[test]
fn the_code_from_progress_is_the_code_a_result_file_gives() {
    let p = passed_everything();
    let c = catalog();
    let a = assignment(&["basics", "more"], &[]);
    let course = of_course(&p, &c).map_err(|m| format!("{m:?}"));
    let assigned = of_assignment(&p, &a).map_err(|m| format!("{m:?}"));
    let (Ok(course), Ok(assigned)) = (course, assigned) else {
        panic!("not certified");
    };
    let file = results_of(&p, &a);
    // The file covers every module: both certificates can be checked.
    let supported = of_results(&file, &c);
    assert!(
        supported.contains(&assigned) && supported.contains(&course),
        "{supported:?}"
    );
    let files = [file];
    for facts in [&assigned, &course] {
        // With the name the file is signed with, or one typed otherwise.
        let code = facts.code(&c.course_id, "Ana Lopes");
        let found = verify(&files, &c, code, "");
        assert_eq!(found.len(), 1, "{code}");
        assert_eq!(found[0].scope, facts.scope);
        assert_eq!(found[0].file, 0);
        // The name counts without regard to case and spacing.
        assert_eq!(verify(&files, &c, code, "  ana   LOPES ").len(), 1);
        assert!(verify(&files, &c, code, "Ana Lopez").is_empty());
        let other = facts.code(&c.course_id, "Maria Silva");
        assert!(verify(&files, &c, other, "").is_empty());
        assert_eq!(verify(&files, &c, other, "Maria Silva").len(), 1);
    }
    assert_ne!(
        assigned.code(&c.course_id, "Ana Lopes"),
        course.code(&c.course_id, "Ana Lopes")
    );
}

#[test]
fn any_change_to_what_is_certified_changes_the_code() {
    let c = catalog();
    let a = assignment(&["basics", "more"], &["basics/one"]);
    let mut p = passed_everything();
    p.update_lesson("basics", "one", 5, |l| {
        l.reached_end = true;
        l.skipped = true;
    });
    let facts = of_assignment(&p, &a).map_err(|m| format!("{m:?}"));
    let Ok(facts) = facts else {
        panic!("not certified: {facts:?}");
    };
    let code = facts.code("course", "Ana Lopes");
    let mut changes: Vec<(&str, Facts, &str, &str)> = Vec::new();
    let mut with = |what, change: &dyn Fn(&mut Facts)| {
        let mut f = facts.clone();
        change(&mut f);
        changes.push((what, f, "course", "Ana Lopes"));
    };
    with("best score", &|f| f.modules[0].best = 99);
    with("date passed", &|f| f.modules[1].passed += 1);
    with("module", &|f| f.modules[1].module = "other".into());
    with("module dropped", &|f| _ = f.modules.pop());
    with("lesson", &|f| f.lessons.clear());
    with("languages", &|f| f.languages = vec![Lang::En]);
    with("scope", &|f| f.scope = Scope::Course);
    with("trainer", &|f| {
        if let Scope::Assignment { by, .. } = &mut f.scope {
            by.push('e');
        }
    });
    with("group", &|f| {
        if let Scope::Assignment { group, .. } = &mut f.scope {
            *group = "Group B".into();
        }
    });
    with("assignment", &|f| {
        if let Scope::Assignment { id, .. } = &mut f.scope {
            id.replace_range(0..1, "6");
        }
    });
    changes.push(("name", facts.clone(), "course", "Ana Lopes Jr"));
    changes.push(("course", facts.clone(), "other-course", "Ana Lopes"));
    for (what, f, course, name) in changes {
        assert_ne!(f.code(course, name), code, "{what}");
    }
    // And in a result file: an attempt's score or time edited, the trainer
    // or the pass mark changed.
    let file = results_of(&p, &a);
    assert_eq!(verify(std::slice::from_ref(&file), &c, code, "").len(), 1);
    let mut edits: Vec<Results> = Vec::new();
    let mut edited = |change: &dyn Fn(&mut Results)| {
        let mut r = file.clone();
        change(&mut r);
        edits.push(r);
    };
    edited(&|r| r.modules[0].attempts[2].percent = Some(99));
    edited(&|r| r.modules[0].attempts[1].finished = Some(2_060_001));
    edited(&|r| r.modules[1].attempts[0].languages = vec![Lang::En]);
    edited(&|r| r.assignment.by = "Someone Else".into());
    edited(&|r| r.assignment.pass_mark = 100);
    edited(&|r| r.lessons.clear());
    for (n, r) in edits.into_iter().enumerate() {
        assert!(verify(&[r], &c, code, "").is_empty(), "edit {n}");
    }
}

#[test]
fn codes_read_as_people_type_them() {
    let code = Code(0x0123_4567_89ab_cdef >> 4);
    let text = code.to_string();
    assert_eq!(text.len(), 14);
    assert_eq!(text.matches('-').count(), 2);
    assert!(!text.contains(['I', 'L', 'O', 'U']), "{text}");
    assert_eq!(Code::parse(&text), Some(code));
    assert_eq!(Code::parse(&text.to_lowercase()), Some(code));
    assert_eq!(Code::parse(&text.replace('-', " ")), Some(code));
    assert_eq!(Code::parse("0000-0000-0001"), Some(Code(1)));
    assert_eq!(Code::parse("oooo-oooo-oooi"), Some(Code(1)));
    assert_eq!(Code::parse("OOOO OOOO OOOL"), Some(Code(1)));
    assert_eq!(Code::parse("ZZZZ-ZZZZ-ZZZZ"), Some(Code((1 << 60) - 1)));
    for bad in [
        "",
        "0000-0000-000",
        "0000-0000-00001",
        "0000-0000-000U",
        "0000-0000-000é",
    ] {
        assert_eq!(Code::parse(bad), None, "{bad}");
    }
}

#[test]
fn names_are_shown_trimmed_and_cut() {
    assert_eq!(display_name("  Ana \t Lopes\n"), "Ana Lopes");
    assert_eq!(display_name(&"é".repeat(100)).chars().count(), NAME_LIMIT);
    assert_eq!(display_name("   "), "");
}

#[test]
fn a_certificate_made_before_further_study_still_matches_a_later_file() {
    let c = catalog();
    let a = assignment(&["basics", "more"], &[]);
    let mut p = passed_everything();
    let facts = of_assignment(&p, &a).map_err(|m| format!("{m:?}"));
    let Ok(facts) = facts else {
        panic!("not certified: {facts:?}");
    };
    let code = facts.code("course", "Ana Lopes");
    // Later: `more` again, better (100 %), in English; and a failed try.
    finish(&mut p, "more", 5_000_000, 4, Lang::En);
    finish(&mut p, "basics", 6_000_000, 0, Lang::Fr);
    let later = of_assignment(&p, &a).map(|f| f.code("course", "Ana Lopes"));
    assert!(later.is_ok_and(|later| later != code));
    // The file sent afterwards still supports the certificate printed before.
    let file = results_of(&p, &a);
    let found = verify(std::slice::from_ref(&file), &c, code, "");
    assert_eq!(found.len(), 1, "{code}");
    // But not a moment that never was: a score changed by hand in the file
    // still breaks it.
    let mut edited = file.clone();
    edited.modules[0].attempts[2].percent = Some(99);
    assert!(verify(&[edited], &c, code, "").is_empty());
}
