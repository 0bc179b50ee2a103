//! Issue 7's journeys: a trainer makes an assignment link; a learner in a
//! fresh browser profile opens it, accepts it, passes the checkpoint and
//! downloads a result file; the trainer imports it and the dashboard shows
//! the learner's score. Also: bad links store nothing, and axe finds no
//! violation on the trainer's page, the assignment page and the dashboard.

use super::axe::{reduce_motion, violations};
use super::pages::{
    self, AssignmentPage, Catalog, Cell, Checkpoint, Dashboard, LinkError, Trainer,
};
use super::quiz::{answer, asked_questions, first_checkpoint, open_checkpoint};
use super::storage::{keep_downloads, last_download};
use crate::harness::{self, eval, wait_stored, BoxError, BrowserProfile};
use fantoccini::Client;
use savoir::adapters::content::catalog;
use savoir::domain::learner::progress::Progress;
use savoir::domain::learner::quiz::Attempt;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use savoir::domain::trainer::assigned::{Signature, Status};
use savoir::domain::trainer::assignment::{Assignment, Note};
use savoir::domain::trainer::class::{Class, STORAGE_KEY};
use savoir::domain::trainer::results::Results;
use serde_json::json;
use std::path::{Path, PathBuf};

const ASSIGNED: &str = "savoir:assignments";

/// A file in the test's scratch folder, for the browser's file picker.
pub fn scratch(name: &str, text: &str) -> Result<PathBuf, BoxError> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-files");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(name);
    std::fs::write(&path, text)?;
    Ok(path)
}

/// Runs Learning Locker's xAPI validator on a result file.
pub fn validate_statements(path: &Path) -> Result<(), BoxError> {
    crate::harness::node(&["tests/xapi/validate.js".as_ref(), path.as_os_str()])
        .map(|_| ())
        .map_err(|e| format!("the downloaded file's statements are not valid xAPI: {e}").into())
}

/// The trainer's page, filled in and submitted: returns the share link.
async fn make_link(c: &Client, base: &str, module: &str) -> Result<String, BoxError> {
    let trainer = Trainer::open(c, base, Lang::En).await?;
    // Nothing chosen: the form says so and creates nothing.
    let error = trainer.create_link_refused().await?;
    assert!(!error.is_empty());
    assert!(!trainer.has_link().await?);
    let module = catalog().module(module).ok_or("no such module")?;
    trainer.choose_module(module).await?;
    trainer
        .fill(
            "70",
            "Finance, autumn",
            "Camille Martin",
            [
                "Before the audit, please.",
                "Avant l’audit, s’il vous plaît.",
            ],
        )
        .await?;
    // A QR code drawn as SVG, which the browser could decode and draw.
    let link = trainer.create_link().await?;
    assert!(
        link.starts_with(&format!("{base}/assignment#v1.")),
        "{link}"
    );
    Ok(link)
}

/// The learner's part, in a new browser with a fresh profile: open the
/// link, switch to French, accept, pass the checkpoint, download results.
async fn learner_passes(
    l: &Client,
    base: &str,
    link: &str,
    module: &str,
) -> Result<(String, String), BoxError> {
    // The link names no language: it opens in the learner's own (French).
    let assignment = AssignmentPage::open_link(l, link, Lang::Fr).await?;
    assert_eq!(assignment.by().await?, "Camille Martin");
    assert_eq!(assignment.note().await?, "Avant l’audit, s’il vous plaît.");
    assert!(
        pages::stored(l, ASSIGNED).await?.is_none(),
        "opening stores nothing"
    );

    // A switch keeps the assignment (it is in the address's fragment).
    assignment.switch_language(Lang::En).await?;
    assert_eq!(assignment.note().await?, "Before the audit, please.");
    assignment.accept().await?;
    let id = assignment.id().await?;
    wait_stored(l, ASSIGNED, &id).await?;

    // The catalog lists it, not started.
    Catalog::open(l, base, Lang::Fr)
        .await?
        .wait_assigned("not-started")
        .await?;

    let loaded = first_checkpoint()?;
    open_checkpoint(l, base, Lang::Fr, module).await?;
    for q in &asked_questions(l, &loaded).await? {
        answer(l, q, true).await?;
    }
    Checkpoint::on(l).finish().await?;

    // Back to the assignment from the catalog: passed.
    let catalog = Catalog::open(l, base, Lang::Fr).await?;
    catalog.wait_assigned("passed").await?;
    let assignment = catalog.open_assigned().await?;
    assignment.wait_accepted().await?;
    assert_eq!(assignment.status().await?, "passed");
    keep_downloads(l).await?;
    // No name, no file.
    assignment.export_results().await?;
    assignment
        .wait_export_status("a request for a name")
        .await?;
    assert!(eval(l, "window.savedFiles.length").await? == json!(0));
    assignment.type_name("Ana Lima").await?;
    assignment.export_results().await?;
    let file = last_download(l).await?;

    // Passed: the assignment's certificate, with the name signed above.
    crate::harness::click(l, "[data-testid=assignment-certificate]").await?;
    pages::shown(l, "certificate", "the assignment's certificate").await?;
    let shown = |css: &'static str| async move {
        Ok::<_, BoxError>(
            eval(l, &format!("document.querySelector('{css}').textContent"))
                .await?
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        )
    };
    assert_eq!(
        shown("[data-testid=certificate-shown-name]").await?,
        "Ana Lima"
    );
    let assignment_line = shown(".certificate__assignment").await?;
    assert!(
        assignment_line.contains("Finance, autumn") && assignment_line.contains("Camille Martin"),
        "{assignment_line}"
    );
    let code = shown("[data-testid=certificate-code]").await?;
    Ok((file, code))
}

/// Issue 7's journey, end to end across two browsers.
pub async fn a_trainer_assigns_a_learner_passes_and_the_dashboard_shows_the_score(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let module = first_checkpoint()?.module.id.clone();
    let link = make_link(c, base, &module).await?;

    let learner = harness::fresh_browser(&BrowserProfile {
        accept_language: "fr-FR,fr",
        ..BrowserProfile::default()
    })
    .await?;
    let mut outcome = learner_passes(&learner, base, &link, &module).await;
    if let Err(e) = harness::assert_no_csp_violation(&learner).await {
        outcome = outcome.and(Err(e));
    }
    let _ = learner.close().await;
    let (file, code) = outcome?;

    let results = Results::from_file(&file).map_err(|e| format!("the downloaded file: {e}"))?;
    assert_eq!(results.learner.name, "Ana Lima");
    assert_eq!(results.assignment.pass_mark, 70);
    assert_eq!(results.status, Status::Passed);
    assert_eq!(results.modules[0].best, Some(100));
    // The file names the questions drawn for the attempt.
    let asked = results.modules[0].attempts[0].asked.clone();
    assert_eq!(asked.len(), first_checkpoint()?.module.checkpoint.asked());
    assert_eq!(results.languages, [Lang::Fr]);
    assert!(
        file.starts_with("{\n  \"summary\": [\n    \"Résultats Savoir\u{a0}: Ana Lima\""),
        "{}",
        &file[..120]
    );
    let path = scratch("ana.json", &file)?;
    validate_statements(&path)?;
    let broken = scratch("broken.json", crate::harness::first_half(&file))?;

    // The trainer imports the file, and a broken one with it.
    let dashboard = Dashboard::open(c, base, Lang::En, "dashboard-empty").await?;
    dashboard.choose_files(&[&path, &broken]).await?;
    dashboard.wait_learners(1).await?;
    let report = dashboard.report().await?;
    assert_eq!(report[0][0], "added", "{report}");
    assert_eq!(report[1][0], "rejected", "{report}");
    assert!(
        report[1][1]
            .as_str()
            .is_some_and(|t| t.contains("broken.json") && t.contains("cut short")),
        "{report}"
    );
    assert_eq!(
        dashboard.cell(None, &module).await?,
        Cell {
            status: "passed".into(),
            best: "100".into()
        }
    );
    assert!(dashboard.first_learner().await?.contains("Ana Lima"));
    let percents = dashboard.question_percents().await?;
    // One learner, asked the checkpoint's draw: those questions all right;
    // the rest of the pool not asked, so not counted.
    let loaded = first_checkpoint()?;
    let expected: Vec<Option<&str>> = loaded
        .module
        .checkpoint
        .questions
        .iter()
        .map(|q| asked.contains(&q.id).then_some("100"))
        .collect();
    assert_eq!(
        percents,
        json!(expected),
        "asked questions right, others not asked"
    );

    // The learner's certificate code matches this file, for the assignment.
    let field = c
        .find(fantoccini::Locator::Css(
            "[data-testid=certificate-check-code]",
        ))
        .await?;
    field.send_keys(&code).await?;
    crate::harness::click(c, "[data-testid=certificate-check-submit]").await?;
    crate::harness::wait_for(
        c,
        "document.querySelector('[data-testid=certificate-check-outcome] [data-outcome]')",
        "the certificate check",
    )
    .await?;
    let said = eval(
        c,
        "document.querySelector('[data-testid=certificate-check-outcome] [data-outcome=match]')?.textContent",
    )
    .await?;
    assert!(
        said.as_str()
            .is_some_and(|t| t.contains("Ana Lima") && t.contains("Finance, autumn")),
        "{said}"
    );

    // The same file again changes nothing.
    dashboard.choose_files(&[&path]).await?;
    dashboard.wait_report("unchanged").await?;
    assert_eq!(dashboard.learner_count().await?, json!(1));

    // A second learner's file, dropped on the import area: they tried and
    // got nothing right on the same questions, so each of those is now
    // right for half the group; the rest of the pool is still not asked.
    let checkpoint = first_checkpoint()?.module.checkpoint;
    let mut progress = Progress::default();
    let mut attempt = Attempt {
        questions: asked.clone(),
        ..Attempt::new(&module, 1, results.exported)
    };
    attempt.finish(&checkpoint, results.exported + 60_000);
    progress.put_attempt(attempt);
    let ben = Results::of(
        Signature {
            id: "learner-ben".into(),
            name: "Ben Okafor".into(),
            ..Default::default()
        },
        &results.assignment,
        &progress,
        catalog(),
        &|_| Some(checkpoint.clone()),
        results.exported + 120_000,
        &results.on,
    );
    dashboard
        .drop_file("ben.json", &ben.to_file(&["Ben".to_owned()], "[]"))
        .await?;
    dashboard.wait_learners(2).await?;
    assert_eq!(
        dashboard.cell(Some("learner-ben"), &module).await?.status,
        "failed"
    );
    let overall = dashboard.overall().await?;
    assert_eq!(overall, json!(["passed", "failed"]), "Ana, then Ben");
    let percents = dashboard.question_percents().await?;
    let expected: Vec<Option<&str>> = checkpoint
        .questions
        .iter()
        .map(|q| asked.contains(&q.id).then_some("50"))
        .collect();
    assert_eq!(percents, json!(expected), "half the group right");

    // Kept in the trainer's own storage, and exported as CSV.
    let stored = pages::stored(c, STORAGE_KEY).await?.unwrap_or_default();
    assert!(stored.contains("Ana Lima"));
    keep_downloads(c).await?;
    dashboard.export_csv().await?;
    let csv = last_download(c).await?;
    assert!(
        csv.lines()
            .any(|l| l.starts_with("Ana Lima,\"Finance, autumn\",")
                && l.contains(",Passed,100,100,1,")),
        "{csv}"
    );

    // The trainer forgets every result, after confirming.
    dashboard.forget_all().await?;
    pages::shown(c, "dashboard-empty", "an empty dashboard").await?;
    assert!(pages::stored(c, STORAGE_KEY).await?.is_none());
    Ok(())
}

/// Links that are malformed, cut short, edited, too long or from a newer
/// version each get a page saying so in the learner's language, and store
/// nothing.
pub async fn bad_assignment_links_are_explained_and_store_nothing(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let good = sample_assignment().encode();
    let (head, _) = good.rsplit_once('.').unwrap_or_default();
    let mut tampered = good.clone().into_bytes();
    tampered[8] = if tampered[8] == b'A' { b'B' } else { b'A' };
    let cases: [(String, &str); 5] = [
        ("hello".into(), "assignment-error-malformed"),
        (head.into(), "assignment-error-truncated"),
        (String::from_utf8(tampered)?, "assignment-error-tampered"),
        (
            format!("v1.{}", "A".repeat(2100)),
            "assignment-error-too-long",
        ),
        (format!("v9.{}", &good[3..]), "assignment-error-newer"),
    ];
    for (n, (code, error)) in cases.iter().enumerate() {
        let lang = if n % 2 == 0 { Lang::Fr } else { Lang::En };
        let page = LinkError::open(c, base, lang, code).await?;
        assert_eq!(page.reason().await?, *error);
        let expected = savoir::adapters::i18n::localizer().format(lang, error, None);
        assert_eq!(page.explanation().await?, expected);
    }
    let keys = eval(c, "Object.keys(localStorage)").await?;
    assert!(!keys.to_string().contains(ASSIGNED), "{keys}");
    Ok(())
}

/// A trainer's dashboard document this build cannot read is said, never
/// written over by an import, and can be removed on purpose.
pub async fn an_unreadable_dashboard_is_said_kept_and_can_be_removed(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    pages::visit(c, base, &route::home(Lang::En), Lang::En).await?;
    c.execute(
        "localStorage.setItem(arguments[0], '{\"schema\": 1, \"results\": [tru'); return true;",
        vec![json!(STORAGE_KEY)],
    )
    .await?;
    let dashboard = Dashboard::open(c, base, Lang::En, "dashboard-unreadable").await?;
    dashboard.forget_all().await?;
    assert!(pages::stored(c, STORAGE_KEY).await?.is_none());
    Ok(())
}

fn sample_assignment() -> Assignment {
    let m = &catalog().modules;
    Assignment {
        id: "7c9e6679-7425-40de-944b-e07fc1f90ae7".into(),
        modules: vec![m[0].id.clone()],
        lessons: vec![format!("{}/{}", m[1].id, m[1].lessons[0].id)],
        due: "2030-06-30".into(),
        pass_mark: 75,
        note: Note {
            en: "Please finish before the audit.".into(),
            fr: "Merci de terminer avant l’audit.".into(),
        },
        group: "Ops".into(),
        by: "Camille".into(),
        created: 1_795_370_709_250,
        lrs: None,
    }
}

/// axe on the trainer's page (before and after making a link), the
/// assignment page (before and after accepting, and a bad link) and the
/// dashboard (with a learner's results), each in English and in French.
pub async fn axe_finds_no_violations_on_trainer_assignment_and_dashboard_pages(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    reduce_motion(c).await?;
    let a = sample_assignment();
    let code = a.encode();
    // A class with one learner's results, made by the domain.
    let mut class = Class::default();
    let signature = Signature {
        id: "learner-1".into(),
        name: "Ana Lima".into(),
        ..Default::default()
    };
    class.import(Results::of(
        signature,
        &a,
        &Progress::default(),
        catalog(),
        &|_| None,
        1_795_370_709_250,
        "2026-11-22",
    ));
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let mut check = |what: &str, v: Vec<String>| {
            found.extend(v.into_iter().map(|v| format!("{what} ({lang:?}): {v}")))
        };
        let trainer = Trainer::open(c, base, lang).await?;
        check("trainer", violations(c).await?);
        let module = catalog().module(&a.modules[0]).ok_or("no such module")?;
        trainer.choose_module(module).await?;
        trainer.create_link().await?;
        check("trainer with a link", violations(c).await?);

        let assignment = AssignmentPage::open(c, base, lang, &code).await?;
        check("assignment", violations(c).await?);
        if lang == Lang::En {
            assignment.accept().await?;
        }
        assignment.wait_accepted().await?;
        check("assignment accepted", violations(c).await?);
        LinkError::open(c, base, lang, "v1.broken").await?;
        check("bad link", violations(c).await?);

        c.execute(
            "localStorage.setItem(arguments[0], arguments[1]); return true;",
            vec![json!(STORAGE_KEY), json!(class.encode())],
        )
        .await?;
        Dashboard::open(c, base, lang, "class-grid")
            .await?
            .wait_learners(1)
            .await?;
        check("dashboard", violations(c).await?);
        Catalog::open(c, base, lang).await?;
        pages::shown(c, "assigned", "the catalog's assignments").await?;
        check("catalog with an assignment", violations(c).await?);
    }
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
    Ok(())
}
