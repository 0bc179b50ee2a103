//! Issue 19's certificate of completion: what is missing is said until
//! every module is passed; then the certificate shows the name, each
//! module's best score and the date it was passed, and a verification code
//! equal to the one the domain computes from the stored progress; it
//! prints alone, without sideways overflow, on A4 and on Letter, in one
//! language or both; axe finds nothing in either language; and the class
//! dashboard, given the learner's result file, says whose results a code
//! matches and refuses one changed by a character.

use super::axe::{reduce_motion, violations};
use super::pages::{self, shown, switch_language, visit, Checkpoint, Dashboard};
use super::quiz::{answer, asked_questions, checkpoint_of, open_checkpoint, result_percent};
use super::text;
use crate::harness::{cdp, click, eval, wait_for, wait_stored, BoxError};
use fantoccini::{Client, Locator};
use savoir::adapters::content::catalog;
use savoir::domain::learner::progress::Progress;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use savoir::domain::trainer::assigned::Signature;
use savoir::domain::trainer::assignment::Assignment;
use savoir::domain::trainer::certificate::of_course;
use savoir::domain::trainer::results::Results;
use serde_json::json;

const NAME: &str = "Ana Lima";

async fn no_violations(c: &Client, what: &str) -> Result<(), BoxError> {
    let found = violations(c).await?;
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!("axe on {what}: {found:#?}").into())
    }
}

async fn count(c: &Client, css: &str) -> Result<u64, BoxError> {
    Ok(eval(
        c,
        &format!("document.querySelectorAll({}).length", json!(css)),
    )
    .await?
    .as_u64()
    .unwrap_or(0))
}

/// Passes a module's checkpoint with every answer right (pressing "try
/// again" first when a finished attempt is shown).
async fn pass(c: &Client, base: &str, module: &str) -> Result<(), BoxError> {
    let loaded = checkpoint_of(module)?;
    open_checkpoint(c, base, Lang::En, module).await?;
    let finished = eval(
        c,
        "!!document.querySelector('[data-testid=retry-checkpoint]')",
    )
    .await?;
    if finished == json!(true) {
        click(c, "[data-testid=retry-checkpoint]").await?;
        wait_for(
            c,
            "!document.querySelector('[data-testid=feedback]') && document.querySelectorAll('.checkpoint__questions [data-question-id]').length > 0",
            "a fresh attempt",
        )
        .await?;
    }
    for q in &asked_questions(c, &loaded).await? {
        answer(c, q, true).await?;
    }
    Checkpoint::on(c).finish().await?;
    let percent = result_percent(c, "the result").await?;
    assert_eq!(percent, json!("100"), "{module}");
    Ok(())
}

/// The sheets Chromium prints the page on (`Page.printToPDF` with the
/// page's own `@page` sizes): how many, and the first one's size in points.
async fn printed(c: &Client) -> Result<(usize, String), BoxError> {
    use base64::Engine;
    let pdf = cdp(c, "Page.printToPDF", json!({ "preferCSSPageSize": true })).await?;
    let data = pdf["data"].as_str().ok_or("no PDF data")?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(data)?;
    let text = String::from_utf8_lossy(&bytes);
    // Each sheet is an object of `/Type /Page` (the tree of them is `/Pages`).
    let sheets = text
        .match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count();
    let size = text
        .split("/MediaBox [")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_default()
        .split_whitespace()
        .skip(2)
        .map(|n| {
            n.parse::<f64>()
                .map(|p| format!("{p:.0}"))
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("x");
    Ok((sheets, size))
}

/// The certificate laid out for print on a page `width` CSS pixels wide
/// (the paper's width less its margins): whatever is not the certificate
/// is hidden, and nothing in it reaches past its right edge. Then printed
/// for real: one sheet, of the paper chosen.
async fn prints_within(c: &Client, width: u32, what: &str) -> Result<(), BoxError> {
    cdp(c, "Emulation.setEmulatedMedia", json!({ "media": "print" })).await?;
    cdp(
        c,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": 1100, "deviceScaleFactor": 1, "mobile": false }),
    )
    .await?;
    let report = eval(
        c,
        r#"(() => {
            const cert = document.querySelector('[data-testid=certificate]');
            const edge = cert.getBoundingClientRect().right;
            const past = [...cert.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > edge + 0.5)
                .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 40));
            const shown = [...document.querySelectorAll('.site-header, .breadcrumbs, .certificate-page > h1, .certificate-page__form')]
                .filter(e => getComputedStyle(e).display !== 'none')
                .map(e => e.className || e.tagName);
            return {
                page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                past, shown,
                paper: getComputedStyle(document.documentElement).page,
            };
        })()"#,
    )
    .await?;
    cdp(c, "Emulation.setEmulatedMedia", json!({ "media": "" })).await?;
    cdp(c, "Emulation.clearDeviceMetricsOverride", json!({})).await?;
    assert_eq!(
        report["page"],
        json!(0),
        "{what}: the page scrolls sideways: {report}"
    );
    assert_eq!(
        report["past"],
        json!([]),
        "{what}: past the certificate's edge: {report}"
    );
    assert_eq!(
        report["shown"],
        json!([]),
        "{what}: printed beside the certificate: {report}"
    );
    let letter = what.contains("Letter");
    assert_eq!(
        report["paper"] == json!("letter"),
        letter,
        "{what}: the named page: {report}"
    );
    // A4 is 595 by 842 points, Letter 612 by 792.
    let (sheets, size) = printed(c).await?;
    let expected = if letter { "612x792" } else { "595x842" };
    assert_eq!((sheets, size.as_str()), (1, expected), "{what}: printed");
    Ok(())
}

/// Issue 19's certificate journey.
pub async fn a_certificate_says_what_is_missing_then_certifies_every_module_and_the_dashboard_checks_its_code(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    reduce_motion(c).await?;
    let modules = &catalog().modules;
    let first = &modules[0];

    // An address naming an assignment not accepted here: said.
    visit(
        c,
        base,
        &route::certificate(Lang::En, Some("not-accepted")),
        Lang::En,
    )
    .await?;
    shown(c, "certificate-unknown", "the unknown assignment").await?;

    // Nothing done: every module is missing, with its pass mark; axe finds
    // nothing in either language.
    visit(c, base, &route::home(Lang::En), Lang::En).await?;
    click(c, "[data-testid=certificate-link]").await?;
    shown(c, "certificate-missing", "what is missing").await?;
    assert_eq!(
        count(c, "[data-missing=module]").await?,
        modules.len() as u64
    );
    no_violations(c, "the certificate page, nothing passed, English").await?;
    switch_language(c, Lang::Fr).await?;
    shown(c, "certificate-missing", "what is missing, in French").await?;
    no_violations(c, "the certificate page, nothing passed, French").await?;

    // The first module failed: it stays missing, with its best score.
    let loaded = checkpoint_of(&first.id)?;
    open_checkpoint(c, base, Lang::En, &first.id).await?;
    for q in &asked_questions(c, &loaded).await? {
        answer(c, q, false).await?;
    }
    Checkpoint::on(c).finish().await?;
    let failed = result_percent(c, "the failed result").await?;
    visit(c, base, &route::certificate(Lang::En, None), Lang::En).await?;
    shown(c, "certificate-missing", "what is missing").await?;
    let first_line = text(c, "[data-missing=module]").await?;
    let best = format!("{}%", failed.as_str().unwrap_or("?"));
    assert!(first_line.contains(&best), "{first_line} says {best}");

    // Every module passed.
    for m in modules {
        pass(c, base, &m.id).await?;
    }
    wait_stored(c, "savoir:progress", "finished").await?;
    visit(c, base, &route::certificate(Lang::En, None), Lang::En).await?;
    shown(c, "certificate-needs-name", "the request for a name").await?;
    let name = c
        .find(Locator::Css("[data-testid=certificate-name]"))
        .await?;
    name.send_keys(&format!("  {NAME} ")).await?;
    shown(c, "certificate", "the certificate").await?;

    // The facts and the code the domain computes from what is stored.
    let stored = pages::stored(c, "savoir:progress")
        .await?
        .unwrap_or_default();
    let progress = Progress::decode(&stored)?;
    let facts = of_course(&progress, catalog()).map_err(|m| format!("not certified: {m:?}"))?;
    let code = facts.code(&catalog().course_id, NAME).to_string();
    assert_eq!(text(c, "[data-testid=certificate-code]").await?, code);
    assert_eq!(text(c, "[data-testid=certificate-shown-name]").await?, NAME);
    let rows = eval(
        c,
        "[...document.querySelectorAll('.certificate__modules tbody tr')].map(r => [...r.cells].map(x => x.textContent))",
    )
    .await?;
    let rows: Vec<Vec<String>> = serde_json::from_value(rows)?;
    assert_eq!(rows.len(), modules.len());
    for ((row, m), f) in rows.iter().zip(modules).zip(&facts.modules) {
        assert_eq!(row[0], m.title.en);
        assert_eq!(row[1], format!("{}%", f.best));
        assert_eq!(f.best, 100);
        assert!(!row[2].is_empty(), "a date passed: {row:?}");
    }
    assert!(!text(c, "[data-testid=certificate-not-accredited]")
        .await?
        .is_empty());
    no_violations(c, "the certificate, English").await?;

    // On paper: A4 (180 mm wide inside its margins: 680 px), then Letter
    // (7.3 in: 700 px), each in one language and in both side by side.
    prints_within(c, 680, "A4, English").await?;
    click(c, "input[name=certificate-language][value=both]").await?;
    wait_for(
        c,
        "document.querySelectorAll('.certificate__side').length === 2",
        "both languages",
    )
    .await?;
    let langs = eval(
        c,
        "[...document.querySelectorAll('.certificate__side')].map(s => s.lang)",
    )
    .await?;
    assert_eq!(langs, json!(["en", "fr"]));
    prints_within(c, 680, "A4, both languages").await?;
    // On a 320 px phone screen, both languages stack: nothing sideways.
    cdp(
        c,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await?;
    let sideways = eval(
        c,
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    )
    .await?;
    cdp(c, "Emulation.clearDeviceMetricsOverride", json!({})).await?;
    assert_eq!(sideways, json!(0), "the certificate at 320 px");
    click(c, "input[name=certificate-paper][value=letter]").await?;
    wait_for(
        c,
        "document.querySelector('[data-paper=letter]')",
        "Letter paper",
    )
    .await?;
    prints_within(c, 700, "Letter, both languages").await?;

    // A switch keeps the name, the choices and the code; axe in French.
    switch_language(c, Lang::Fr).await?;
    assert_eq!(text(c, "[data-testid=certificate-code]").await?, code);
    assert_eq!(count(c, ".certificate__side").await?, 2);
    assert!(
        eval(c, "document.querySelector('[data-paper=letter]') !== null").await? == json!(true)
    );
    click(c, "input[name=certificate-language][value=fr]").await?;
    wait_for(
        c,
        "document.querySelectorAll('.certificate__side').length === 1",
        "French alone",
    )
    .await?;
    prints_within(c, 700, "Letter, French").await?;
    no_violations(c, "the certificate, French").await?;

    // The name is the learner's signature: a result file carries it. The
    // trainer imports the file of an assignment of every module, and the
    // dashboard checks the code.
    wait_stored(c, "savoir:assignments", NAME).await?;

    // The longest certificate a learner meets: an accepted assignment of
    // every module, with a long group and trainer, a long name, both
    // languages, on Letter; still one sheet.
    let long = Assignment {
        id: "c0ffee00-0000-4000-8000-0000000000aa".into(),
        modules: modules.iter().map(|m| m.id.clone()).collect(),
        due: "2099-12-31".into(),
        pass_mark: 80,
        group: "Information security team, spring intake".into(),
        by: "Marie-Claire Fontaine-Lefebvre".into(),
        ..Default::default()
    };
    visit(
        c,
        base,
        &route::assignment(Lang::En, &long.encode()),
        Lang::En,
    )
    .await?;
    click(c, "[data-testid=accept]").await?;
    wait_stored(c, "savoir:assignments", &long.id).await?;
    visit(
        c,
        base,
        &route::certificate(Lang::En, Some(&long.id)),
        Lang::En,
    )
    .await?;
    shown(c, "certificate", "the assignment's certificate").await?;
    let assigned = text(c, ".certificate__assignment").await?;
    assert!(
        assigned.contains(&long.group) && assigned.contains(&long.by),
        "{assigned}"
    );
    let field = c
        .find(Locator::Css("[data-testid=certificate-name]"))
        .await?;
    field.clear().await?;
    field
        .send_keys("Anne-Sophie Marguerite Delacroix-Vandenberghe de la Tour d’Auvergne")
        .await?;
    click(c, "input[name=certificate-language][value=both]").await?;
    click(c, "input[name=certificate-paper][value=letter]").await?;
    wait_for(
        c,
        "document.querySelectorAll('.certificate__side').length === 2 && document.querySelector('[data-paper=letter]')",
        "both languages on Letter",
    )
    .await?;
    prints_within(
        c,
        700,
        "Letter, both languages, an assignment and a long name",
    )
    .await?;
    let assignment = Assignment {
        id: "c0ffee00-0000-4000-8000-000000000019".into(),
        modules: modules.iter().map(|m| m.id.clone()).collect(),
        due: "2099-12-31".into(),
        pass_mark: 80,
        group: "Certificates".into(),
        ..Default::default()
    };
    let results = Results::of(
        Signature {
            id: "learner-ana".into(),
            name: NAME.into(),
            ..Default::default()
        },
        &assignment,
        &progress,
        catalog(),
        &|m| checkpoint_of(m).ok().map(|l| l.module.checkpoint),
        progress
            .attempts
            .values()
            .filter_map(|a| a.finished)
            .max()
            .unwrap_or(0)
            + 1000,
        "2099-01-01",
    );
    let dashboard = Dashboard::open(c, base, Lang::En, "dashboard-empty").await?;
    let check = |typed: String| async move {
        let field = c
            .find(Locator::Css("[data-testid=certificate-check-code]"))
            .await?;
        field.clear().await?;
        field.send_keys(&typed).await?;
        let before = eval(
            c,
            "document.querySelector('[data-testid=certificate-check-outcome]').innerHTML",
        )
        .await?;
        click(c, "[data-testid=certificate-check-submit]").await?;
        let changed = format!(
            "document.querySelector('[data-testid=certificate-check-outcome]').innerHTML !== {before} && document.querySelector('[data-testid=certificate-check-outcome] [data-outcome]')"
        );
        wait_for(c, &changed, "the check's outcome").await?;
        let outcome = eval(
            c,
            "[...document.querySelectorAll('[data-testid=certificate-check-outcome] [data-outcome]')].map(e => [e.dataset.outcome, e.textContent])",
        )
        .await?;
        Ok::<_, BoxError>(outcome)
    };
    // No file yet: said.
    let outcome = check(code.clone()).await?;
    assert_eq!(outcome[0][0], json!("no-files"), "{outcome}");
    dashboard
        .drop_file("ana.json", &results.to_file(&[NAME.to_owned()], "[]"))
        .await?;
    dashboard.wait_learners(1).await?;
    // Typed as a person might: lower case, no hyphens.
    let outcome = check(code.replace('-', "").to_lowercase()).await?;
    assert_eq!(outcome[0][0], json!("match"), "{outcome}");
    let said = outcome[0][1].as_str().unwrap_or_default();
    assert!(
        said.contains(NAME) && said.contains("whole course"),
        "{said}"
    );
    // One character changed: no match.
    let mut forged: Vec<char> = code.chars().collect();
    forged[0] = if forged[0] == '7' { '8' } else { '7' };
    let outcome = check(forged.into_iter().collect()).await?;
    assert_eq!(outcome[0][0], json!("no-match"), "{outcome}");
    // Not a code at all.
    let outcome = check("hello".into()).await?;
    assert_eq!(outcome[0][0], json!("invalid"), "{outcome}");
    no_violations(c, "the dashboard with a certificate checked").await?;
    Ok(())
}
