//! Issue 7's journeys: a trainer makes an assignment link; a learner in a
//! fresh browser profile opens it, accepts it, passes the checkpoint and
//! downloads a result file; the trainer imports it and the dashboard shows
//! the learner's score. Also: bad links store nothing, and axe finds no
//! violation on the trainer's page, the assignment page and the dashboard.

use super::axe::{reduce_motion, violations};
use super::quiz::{answer, asked_questions, first_checkpoint, open_checkpoint};
use super::storage::{keep_downloads, last_download};
use super::{ready_in, text};
use crate::harness::{
    self, click, eval, eval_string, wait_for, wait_stored, BoxError, BrowserProfile,
};
use fantoccini::{Client, Locator};
use savoir::adapters::content::catalog;
use savoir::domain::assigned::{Signature, Status};
use savoir::domain::assignment::{Assignment, Note};
use savoir::domain::class::{Class, STORAGE_KEY};
use savoir::domain::language::Lang;
use savoir::domain::progress::Progress;
use savoir::domain::quiz::Attempt;
use savoir::domain::results::Results;
use savoir::domain::route;
use serde_json::json;
use std::path::{Path, PathBuf};

const ASSIGNED: &str = "savoir:assignments";

/// Opens `url`, waits for the app in `lang` and for `css` to be there.
async fn open(c: &Client, url: &str, lang: &str, css: &str, what: &str) -> Result<(), BoxError> {
    c.goto(url).await?;
    ready_in(c, lang).await?;
    wait_for(c, &format!("document.querySelector('{css}')"), what).await
}

async fn type_into(c: &Client, css: &str, value: &str) -> Result<(), BoxError> {
    let field = c.find(Locator::Css(css)).await?;
    field.clear().await?;
    field.send_keys(value).await?;
    Ok(())
}

/// A file in the test's scratch folder, for the browser's file picker.
fn scratch(name: &str, text: &str) -> Result<PathBuf, BoxError> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-files");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(name);
    std::fs::write(&path, text)?;
    Ok(path)
}

/// Runs Learning Locker's xAPI validator on a result file.
fn validate_statements(path: &Path) -> Result<(), BoxError> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/xapi/validate.js");
    let out = std::process::Command::new("node")
        .arg(script)
        .arg(path)
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "the downloaded file's statements are not valid xAPI:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(())
}

/// The trainer's page, filled in and submitted: returns the share link.
async fn make_link(c: &Client, base: &str, module: &str) -> Result<String, BoxError> {
    open(
        c,
        &format!("{base}{}", route::trainer(Lang::En)),
        "en",
        "[data-testid=assignment-form]",
        "the trainer's form",
    )
    .await?;
    // Nothing chosen: the form says so and creates nothing.
    click(c, "[data-testid=create-link]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=trainer-error]').textContent.length > 0",
        "the form's error",
    )
    .await?;
    assert!(
        eval(c, "document.querySelector('[data-testid=share-link]')")
            .await?
            .is_null()
    );
    click(c, &format!("#assign-module-{module}")).await?;
    type_into(c, "#assign-pass", "70").await?;
    type_into(c, "#assign-group", "Finance, autumn").await?;
    type_into(c, "#assign-by", "Camille Martin").await?;
    type_into(c, "#assign-note-en", "Before the audit, please.").await?;
    type_into(c, "#assign-note-fr", "Avant l’audit, s’il vous plaît.").await?;
    click(c, "[data-testid=create-link]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=share-link]')",
        "the share link",
    )
    .await?;
    // A QR code drawn as SVG, which the browser could decode and draw.
    wait_for(
        c,
        "(img => img && img.src.startsWith('data:image/svg+xml,') && img.complete && img.naturalWidth > 0)(document.querySelector('img[data-testid=share-qr]'))",
        "the QR code",
    )
    .await?;
    let link = eval_string(
        c,
        "document.querySelector('[data-testid=share-link]').value",
    )
    .await?;
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
) -> Result<String, BoxError> {
    // The link names no language: it opens in the learner's own (French).
    l.goto(link).await?;
    ready_in(l, "fr").await?;
    wait_for(
        l,
        "location.pathname === '/fr/assignment' && document.querySelector('[data-testid=assignment]')",
        "the assignment in French",
    )
    .await?;
    assert_eq!(
        text(l, "[data-testid=assignment-by]").await?,
        "Camille Martin"
    );
    assert_eq!(
        text(l, "[data-testid=assignment-note]").await?,
        "Avant l’audit, s’il vous plaît."
    );
    assert!(
        eval(l, &format!("localStorage.getItem('{ASSIGNED}')"))
            .await?
            .is_null(),
        "opening stores nothing"
    );

    // A switch keeps the assignment (it is in the address's fragment).
    click(l, "[data-testid=switch-en]").await?;
    ready_in(l, "en").await?;
    wait_for(
        l,
        "location.pathname === '/en/assignment' && document.querySelector('[data-testid=assignment]')",
        "the assignment in English",
    )
    .await?;
    assert_eq!(
        text(l, "[data-testid=assignment-note]").await?,
        "Before the audit, please."
    );
    click(l, "[data-testid=accept]").await?;
    let id = eval_string(
        l,
        "document.querySelector('[data-testid=assignment]').dataset.assignmentId",
    )
    .await?;
    wait_stored(l, ASSIGNED, &id).await?;

    // The catalog lists it, not started.
    open(
        l,
        &format!("{base}{}", route::home(Lang::Fr)),
        "fr",
        "[data-testid=assigned] [data-status=not-started]",
        "the assignment on the catalog",
    )
    .await?;

    let loaded = first_checkpoint()?;
    open_checkpoint(l, base, Lang::Fr, module).await?;
    for q in &asked_questions(l, &loaded).await? {
        answer(l, q, true).await?;
    }
    click(l, "[data-testid=finish]").await?;
    wait_for(
        l,
        "document.querySelector('[data-testid=result]')",
        "the result",
    )
    .await?;

    // Back to the assignment from the catalog: passed.
    open(
        l,
        &format!("{base}{}", route::home(Lang::Fr)),
        "fr",
        "[data-testid=assigned] [data-status=passed]",
        "passed on the catalog",
    )
    .await?;
    click(l, "[data-testid=assigned] a").await?;
    wait_for(
        l,
        "document.querySelector('[data-testid=accepted]')",
        "the accepted assignment",
    )
    .await?;
    assert_eq!(
        eval_string(l, "document.querySelector('[data-testid=assignment-status] [data-status]').dataset.status").await?,
        "passed"
    );
    keep_downloads(l).await?;
    // No name, no file.
    click(l, "[data-testid=export-results]").await?;
    wait_for(
        l,
        "document.querySelector('[data-testid=results-status]').textContent.length > 0",
        "a request for a name",
    )
    .await?;
    assert!(eval(l, "window.savedFiles.length").await? == json!(0));
    type_into(l, "[data-testid=results-name]", "Ana Lima").await?;
    click(l, "[data-testid=export-results]").await?;
    last_download(l).await
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
    let file = outcome?;

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
    let broken = scratch("broken.json", &file[..file.len() / 2])?;

    // The trainer imports the file, and a broken one with it.
    open(
        c,
        &format!("{base}{}", route::dashboard(Lang::En)),
        "en",
        "[data-testid=dashboard-empty]",
        "the empty dashboard",
    )
    .await?;
    let picker = c.find(Locator::Css("[data-testid=results-files]")).await?;
    picker
        .send_keys(&format!("{}\n{}", path.display(), broken.display()))
        .await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=class-grid] tr[data-learner]')",
        "the learner in the grid",
    )
    .await?;
    let report = eval(c, "Array.from(document.querySelectorAll('[data-testid=import-report] li')).map(li => [li.dataset.outcome, li.textContent])").await?;
    assert_eq!(report[0][0], "added", "{report}");
    assert_eq!(report[1][0], "rejected", "{report}");
    assert!(
        report[1][1]
            .as_str()
            .is_some_and(|t| t.contains("broken.json") && t.contains("cut short")),
        "{report}"
    );
    let cell = format!("[data-testid=class-grid] td[data-module='{module}']");
    assert_eq!(
        eval_string(
            c,
            &format!("document.querySelector(\"{cell}\").dataset.best")
        )
        .await?,
        "100"
    );
    assert_eq!(
        eval_string(
            c,
            &format!("document.querySelector(\"{cell}\").dataset.status")
        )
        .await?,
        "passed"
    );
    assert!(text(c, "[data-testid=class-grid] tbody th")
        .await?
        .contains("Ana Lima"));
    let percents = eval(
        c,
        "Array.from(document.querySelectorAll('.chart__list li')).map(li => li.dataset.percent)",
    )
    .await?;
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

    // The same file again changes nothing.
    let picker = c.find(Locator::Css("[data-testid=results-files]")).await?;
    picker.send_keys(&path.display().to_string()).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=import-report] li[data-outcome=unchanged]')",
        "an unchanged import",
    )
    .await?;
    assert_eq!(
        eval(
            c,
            "document.querySelectorAll('[data-testid=class-grid] tr[data-learner]').length"
        )
        .await?,
        json!(1)
    );

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
        },
        &results.assignment,
        &progress,
        catalog(),
        &|_| Some(checkpoint.clone()),
        results.exported + 120_000,
        &results.on,
    );
    c.execute(
        "const dt = new DataTransfer(); dt.items.add(new File([arguments[1]], arguments[0], { type: 'application/json' })); \
         document.querySelector('[data-testid=dropzone]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })); return true;",
        vec![json!("ben.json"), json!(ben.to_file(&["Ben".to_owned()], "[]"))],
    )
    .await?;
    wait_for(
        c,
        "document.querySelectorAll('[data-testid=class-grid] tr[data-learner]').length === 2",
        "the dropped file's learner",
    )
    .await?;
    let ben_cell =
        format!("[data-testid=class-grid] tr[data-learner=learner-ben] td[data-module='{module}']");
    assert_eq!(
        eval_string(
            c,
            &format!("document.querySelector(\"{ben_cell}\").dataset.status")
        )
        .await?,
        "failed"
    );
    let overall = eval(
        c,
        "Array.from(document.querySelectorAll('[data-testid=class-grid] td[data-overall]')).map(td => td.dataset.overall)",
    )
    .await?;
    assert_eq!(overall, json!(["passed", "failed"]), "Ana, then Ben");
    let percents = eval(
        c,
        "Array.from(document.querySelectorAll('.chart__list li')).map(li => li.dataset.percent)",
    )
    .await?;
    let expected: Vec<Option<&str>> = checkpoint
        .questions
        .iter()
        .map(|q| asked.contains(&q.id).then_some("50"))
        .collect();
    assert_eq!(percents, json!(expected), "half the group right");

    // Kept in the trainer's own storage, and exported as CSV.
    let stored = eval_string(c, &format!("localStorage.getItem('{STORAGE_KEY}')")).await?;
    assert!(stored.contains("Ana Lima"));
    keep_downloads(c).await?;
    click(c, "[data-testid=export-csv]").await?;
    let csv = last_download(c).await?;
    assert!(
        csv.lines()
            .any(|l| l.starts_with("Ana Lima,\"Finance, autumn\",")
                && l.contains(",Passed,100,100,1,")),
        "{csv}"
    );

    // The trainer forgets every result, after confirming.
    click(c, "#dashboard-forget").await?;
    click(c, "[data-testid=dashboard-forget-yes]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=dashboard-empty]')",
        "an empty dashboard",
    )
    .await?;
    assert!(eval(c, &format!("localStorage.getItem('{STORAGE_KEY}')"))
        .await?
        .is_null());
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
        c.goto(&format!("{base}{}", route::assignment(lang, code)))
            .await?;
        ready_in(c, lang.tag()).await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=assignment-error]')",
            "the error page",
        )
        .await?;
        assert_eq!(
            eval_string(
                c,
                "document.querySelector('[data-testid=assignment-error]').dataset.error"
            )
            .await?,
            *error
        );
        let expected = savoir::adapters::i18n::localizer().format(lang, error, None);
        let shown = text(c, "[data-testid=assignment-error] p").await?;
        assert_eq!(shown, expected);
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
    c.goto(&format!("{base}{}", route::home(Lang::En))).await?;
    ready_in(c, "en").await?;
    c.execute(
        "localStorage.setItem(arguments[0], '{\"schema\": 1, \"results\": [tru'); return true;",
        vec![json!(STORAGE_KEY)],
    )
    .await?;
    open(
        c,
        &format!("{base}{}", route::dashboard(Lang::En)),
        "en",
        "[role=alert].settings__error",
        "the unreadable notice",
    )
    .await?;
    click(c, "[data-testid=dashboard-forget]").await?;
    click(c, "[data-testid=dashboard-forget-yes]").await?;
    wait_for(
        c,
        "!document.querySelector('[role=alert].settings__error') && document.querySelector('#dashboard-forget-status').textContent.length > 0",
        "the document removed",
    )
    .await?;
    assert!(eval(c, &format!("localStorage.getItem('{STORAGE_KEY}')"))
        .await?
        .is_null());
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
        c.goto(&format!("{base}{}", route::trainer(lang))).await?;
        ready_in(c, lang.tag()).await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=assignment-form]')",
            "the trainer's form",
        )
        .await?;
        check("trainer", violations(c).await?);
        click(c, &format!("#assign-module-{}", a.modules[0])).await?;
        click(c, "[data-testid=create-link]").await?;
        wait_for(
            c,
            "document.querySelector('img[data-testid=share-qr]')",
            "the share link",
        )
        .await?;
        check("trainer with a link", violations(c).await?);

        c.goto(&format!("{base}{}", route::assignment(lang, &code)))
            .await?;
        ready_in(c, lang.tag()).await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=assignment]')",
            "the assignment",
        )
        .await?;
        check("assignment", violations(c).await?);
        if lang == Lang::En {
            click(c, "[data-testid=accept]").await?;
        }
        wait_for(
            c,
            "document.querySelector('[data-testid=accepted]')",
            "the accepted assignment",
        )
        .await?;
        check("assignment accepted", violations(c).await?);
        c.goto(&format!("{base}{}", route::assignment(lang, "v1.broken")))
            .await?;
        ready_in(c, lang.tag()).await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=assignment-error]')",
            "the error page",
        )
        .await?;
        check("bad link", violations(c).await?);

        c.execute(
            "localStorage.setItem(arguments[0], arguments[1]); return true;",
            vec![json!(STORAGE_KEY), json!(class.encode())],
        )
        .await?;
        c.goto(&format!("{base}{}", route::dashboard(lang))).await?;
        ready_in(c, lang.tag()).await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=class-grid] tr[data-learner]')",
            "the dashboard's grid",
        )
        .await?;
        check("dashboard", violations(c).await?);
        c.goto(&format!("{base}{}", route::home(lang))).await?;
        ready_in(c, lang.tag()).await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=assigned]')",
            "the catalog's assignments",
        )
        .await?;
        check("catalog with an assignment", violations(c).await?);
    }
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
    Ok(())
}
