//! Accessibility checks with axe-core (from npm, pinned in package-lock.json),
//! injected into the real pages and run with its full default rule set: the
//! catalog, a module, lessons (one with a figure) and the data page, in each
//! language, in bilingual mode and in the dark scheme; and a checkpoint
//! before and after answering. The trainer's, assignment and dashboard pages
//! are checked in `assign.rs`.

use super::quiz::{answer, first_checkpoint, open_checkpoint};
use super::ready_in;
use crate::harness::{cdp, wait_for, BoxError};
use fantoccini::Client;
use savoir::adapters::content::catalog;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use serde_json::{json, Value};
use std::path::Path;

/// What axe found on the current page: one line per violation.
pub async fn violations(c: &Client) -> Result<Vec<String>, BoxError> {
    let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&axe).map_err(|e| {
        format!(
            "cannot read {} ({e}); scripts/setup.sh installs it",
            axe.display()
        )
    })?;
    c.execute(&format!("{source}\nreturn true;"), vec![])
        .await?;
    let result = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document).then(
                r => done(r.passes.length < 10
                    ? [`axe ran only ${r.passes.length} passing rules: is the page there?`]
                    : r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)),
                e => done([`axe failed: ${e}`]));"#,
            vec![],
        )
        .await?;
    Ok(match result {
        Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect(),
        other => vec![format!("unexpected axe result: {other}")],
    })
}

/// No transitions: axe measures colours as they end up, not halfway
/// through the language switcher's.
pub async fn reduce_motion(c: &Client) -> Result<(), BoxError> {
    cdp(
        c,
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
    )
    .await?;
    Ok(())
}

/// The catalog, a module page, a lesson page, a lesson with a figure, the
/// data page, the controls explorer (filtered), a control's page and the
/// Statement of Applicability workbook, in English, in French and in
/// bilingual mode, and (for the colours) the dark scheme in both languages:
/// no violations on any.
pub async fn axe_finds_no_violations_on_catalog_module_and_lesson(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let module = &catalog().modules[0];
    let lesson = &module.lessons[0];
    let (figure_module, figure_lesson) = super::lessons::first_lesson_with_figure()?;
    let pages = |lang: Lang| {
        [
            (route::home(lang), "[data-testid=module-list]"),
            (route::module(lang, &module.id), ".module-page"),
            (route::lesson(lang, &module.id, &lesson.id), ".lesson-end"),
            (
                route::lesson(lang, &figure_module, &figure_lesson.lesson.id),
                ".figure text[data-label]:not(:empty)",
            ),
            (route::settings(lang), "[data-testid=export]"),
            (
                route::controls(lang, "theme=technological&q=A.12.4.1"),
                "[data-testid=controls-replaces]",
            ),
            (route::control(lang, "8.15"), "[data-testid=control-origin]"),
            (route::workbook(lang), "[data-testid=soa-figures]"),
        ]
    };
    let mut found = Vec::new();
    for (mode, lang, bilingual, scheme) in [
        ("English", Lang::En, false, "light"),
        ("French", Lang::Fr, false, "light"),
        ("bilingual", Lang::En, true, "light"),
        ("English, dark", Lang::En, false, "dark"),
        ("French, bilingual, dark", Lang::Fr, true, "dark"),
    ] {
        cdp(
            c,
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await?;
        for (page, ready) in pages(lang) {
            c.goto(&format!("{base}{page}")).await?;
            ready_in(c, lang.tag()).await?;
            if bilingual
                != (c
                    .execute("return !!document.querySelector('.bi__other') || document.querySelector('[data-testid=bilingual-toggle]').getAttribute('aria-pressed') === 'true';", vec![])
                    .await?
                    == Value::Bool(true))
            {
                c.execute("document.querySelector('[data-testid=bilingual-toggle]').click();", vec![])
                    .await?;
            }
            wait_for(
                c,
                &format!("document.querySelector('{ready}')"),
                page.as_str(),
            )
            .await?;
            // (The data page has no course text to show in two languages.)
            if bilingual && !ready.contains("export") {
                wait_for(
                    c,
                    "document.querySelector('main .bi__other')",
                    "bilingual text",
                )
                .await?;
            }
            if scheme == "dark" {
                // The emulation took: the page is drawn with the dark tokens.
                let background = c
                    .execute(
                        "return getComputedStyle(document.documentElement).backgroundColor;",
                        vec![],
                    )
                    .await?;
                assert_eq!(background, json!("rgb(17, 20, 24)"));
            }
            for v in violations(c).await? {
                found.push(format!("{page} ({mode}): {v}"));
            }
        }
    }
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
    Ok(())
}

/// A checkpoint before and after answering (every kind of question, some
/// answers wrong), in English and in French; its result; and the review
/// page: no violations on any.
pub async fn axe_finds_no_violations_on_a_checkpoint_before_and_after_answering(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let loaded = first_checkpoint()?;
    let module = loaded.module.id.clone();
    let mut found = Vec::new();
    let mut check = |state: &str, violations: Vec<String>| {
        found.extend(
            violations
                .into_iter()
                .map(|v| format!("checkpoint ({state}): {v}")),
        );
    };
    reduce_motion(c).await?;
    open_checkpoint(c, base, Lang::En, &module).await?;
    check("English, before answering", violations(c).await?);
    let questions = super::quiz::asked_questions(c, &loaded).await?;
    for (n, q) in questions.iter().enumerate() {
        answer(c, q, n % 2 == 0).await?;
    }
    check("English, answered", violations(c).await?);
    super::pages::switch_language(c, Lang::Fr).await?;
    check("French, answered", violations(c).await?);
    super::pages::Checkpoint::on(c).finish().await?;
    check("French, result", violations(c).await?);
    c.execute(
        "document.querySelector('[data-testid=retry-checkpoint]').click();",
        vec![],
    )
    .await?;
    wait_for(
        c,
        "!document.querySelector('[data-testid=result]')",
        "a new attempt",
    )
    .await?;
    check("French, before answering", violations(c).await?);
    c.goto(&format!("{base}{}", route::review(Lang::Fr)))
        .await?;
    ready_in(c, "fr").await?;
    // Nothing is due on the day of the checkpoint: the review page's
    // empty state (`quiz::spaced_review_brings_back_wrong_answers_when_due`
    // checks it with questions due).
    wait_for(
        c,
        "document.querySelector('[data-testid=review-left]')",
        "the review page",
    )
    .await?;
    check("review, French, nothing due", violations(c).await?);
    assert!(found.is_empty(), "axe violations:\n{}", found.join("\n"));
    Ok(())
}
