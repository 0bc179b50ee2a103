//! Issue 14's defects, one journey each: what a hostile tester did to lose
//! a learner's work or mislead a trainer, and what the app must do instead.

use super::ready_in;
use crate::harness::{cdp, eval_string, wait_for, wait_stored, BoxError};
use fantoccini::{Client, Locator};
use savoir::adapters::content::catalog;
use savoir::domain::language::Lang;
use savoir::domain::route;
use serde_json::json;

const PROGRESS: &str = "savoir:progress";

async fn open_lesson(c: &Client, base: &str, module: &str, lesson: &str) -> Result<(), BoxError> {
    c.goto(&format!(
        "{base}{}",
        route::lesson(Lang::En, module, lesson)
    ))
    .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=reflection]')",
        "the reflection",
    )
    .await
}

async fn type_reflection(c: &Client, text: &str) -> Result<(), BoxError> {
    c.find(Locator::Css("[data-testid=reflection]"))
        .await?
        .send_keys(text)
        .await?;
    Ok(())
}

async fn reflection_value(c: &Client) -> Result<String, BoxError> {
    eval_string(
        c,
        "document.querySelector('[data-testid=reflection]').value",
    )
    .await
}

async fn banner(c: &Client, notice: &str) -> Result<(), BoxError> {
    wait_for(
        c,
        &format!(
            "document.querySelector(\"[data-testid=storage-banner][data-notice='{notice}']\")"
        ),
        &format!("the {notice} banner"),
    )
    .await
}

async fn no_banner(c: &Client, notice: &str) -> Result<(), BoxError> {
    wait_for(
        c,
        &format!(
            "!document.querySelector(\"[data-testid=storage-banner][data-notice='{notice}']\")"
        ),
        &format!("the {notice} banner to go"),
    )
    .await
}

async fn before_every_page(c: &Client, script: &str) -> Result<(), BoxError> {
    cdp(c, "Page.enable", json!({})).await?;
    cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": script }),
    )
    .await?;
    Ok(())
}

fn first_lesson() -> (String, String) {
    let module = &catalog().modules[0];
    (module.id.clone(), module.lessons[0].id.clone())
}

/// Defect 1: a write refused for any reason other than a full storage was
/// only logged, "Saved" could show, and a reload lost the text. Now every
/// failed write is told, with the download, and the next change retries.
pub async fn defect_1_every_refused_write_is_told_and_retried(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (m, l) = first_lesson();
    let throws = [
        "new DOMException('x', 'UnknownError')",
        "new Error('disk')",
        "new DOMException('x', 'SecurityError')",
        "'a string'",
        "null",
    ];
    for (i, thrown) in throws.iter().enumerate() {
        open_lesson(c, base, &m, &l).await?;
        c.execute(
            &format!(
                "window.__set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) {{ if (k === 'savoir:progress') throw {thrown}; return window.__set.call(this, k, v); }};"
            ),
            vec![],
        )
        .await?;
        let text = format!(" attempt {i}");
        type_reflection(c, &text).await?;
        banner(c, "notice-write-failed").await?;
        assert!(
            c.find(Locator::Css("[data-testid=storage-banner][data-notice='notice-write-failed'] [data-testid=download-progress]"))
                .await
                .is_ok(),
            "the download is offered ({thrown})"
        );
        let status = eval_string(
            c,
            "document.querySelector('#reflection-status').textContent",
        )
        .await?;
        assert!(
            status.trim().is_empty(),
            "nothing claims to be saved ({thrown}): {status}"
        );
        // Storage works again: the next change is written and the notice goes.
        c.execute("Storage.prototype.setItem = window.__set;", vec![])
            .await?;
        type_reflection(c, ".").await?;
        wait_stored(c, PROGRESS, &format!("{text}.")).await?;
        no_banner(c, "notice-write-failed").await?;
    }
    Ok(())
}

/// Defect 2: a tab that had saved kept showing its old text after another
/// tab added to it, and one more key press there erased the other tab's
/// paragraph. Now the other tab's text shows at once; and where both tabs
/// change it before either hears of the other, both texts are kept and the
/// learner is told.
pub async fn defect_2_a_stale_tab_never_overwrites_another_tabs_text(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (m, l) = first_lesson();
    open_lesson(c, base, &m, &l).await?;
    let tab_a = c.window().await?;
    type_reflection(c, "A draft.").await?;
    wait_stored(c, PROGRESS, "A draft.").await?;

    let tab_b = c.new_window(true).await?;
    c.switch_to_window(tab_b.handle.clone()).await?;
    open_lesson(c, base, &m, &l).await?;
    assert_eq!(reflection_value(c).await?, "A draft.");
    type_reflection(c, " B paragraph.").await?;
    wait_stored(c, PROGRESS, "A draft. B paragraph.").await?;

    c.switch_to_window(tab_a.clone()).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=reflection]').value === 'A draft. B paragraph.'",
        "tab A to show tab B's paragraph",
    )
    .await?;
    type_reflection(c, "!").await?;
    wait_stored(c, PROGRESS, "A draft. B paragraph.!").await?;

    // Both change it at once: B's save reaches storage while A's own change
    // waits to be written, and A never hears of B's (written here from A's
    // page, where no storage event fires).
    type_reflection(c, " More from A.").await?;
    c.execute(
        "const p = JSON.parse(localStorage.getItem('savoir:progress')); const key = arguments[0]; p.lessons[key].reflection = 'A draft. B paragraph.! More from B.'; p.lessons[key].updated += 1; localStorage.setItem('savoir:progress', JSON.stringify(p));",
        vec![json!(format!("{m}/{l}"))],
    )
    .await?;
    banner(c, "notice-both-kept").await?;
    let stored = eval_string(c, "localStorage.getItem('savoir:progress')").await?;
    assert!(
        stored.contains("More from A.") && stored.contains("More from B."),
        "both texts kept: {stored}"
    );
    let shown = reflection_value(c).await?;
    assert!(
        shown.contains("More from A.") && shown.contains("More from B."),
        "{shown}"
    );
    Ok(())
}

/// Defect 3: a read that threw at start-up looked like empty progress, and
/// the next text typed replaced what was stored. Now the learner is told,
/// nothing is written over the stored progress while it cannot be read,
/// and once it can, this visit's work is added to it.
pub async fn defect_3_a_failed_read_is_told_and_never_written_over(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (m, l) = first_lesson();
    open_lesson(c, base, &m, &l).await?;
    type_reflection(c, "Written before.").await?;
    wait_stored(c, PROGRESS, "Written before.").await?;

    // Reads of the progress fail for a while, then work again.
    before_every_page(
        c,
        "window.__failReads = true; const get = Storage.prototype.getItem; window.__get = get; Storage.prototype.getItem = function (k) { if (k === 'savoir:progress' && window.__failReads) throw new DOMException('x', 'UnknownError'); return get.call(this, k); };",
    )
    .await?;
    open_lesson(c, base, &m, &l).await?;
    banner(c, "notice-read-failed").await?;
    type_reflection(c, "Typed meanwhile.").await?;
    tokio::time::sleep(std::time::Duration::from_millis(900)).await;
    let stored = eval_string(c, "window.__get.call(localStorage, 'savoir:progress')").await?;
    assert!(
        stored.contains("Written before.") && !stored.contains("Typed meanwhile."),
        "nothing written over what could not be read: {stored}"
    );
    c.execute("window.__failReads = false;", vec![]).await?;
    type_reflection(c, " And more.").await?;
    wait_stored(c, PROGRESS, "Typed meanwhile. And more.").await?;
    let stored = eval_string(c, "localStorage.getItem('savoir:progress')").await?;
    assert!(
        stored.contains("Written before."),
        "the stored text is kept: {stored}"
    );
    no_banner(c, "notice-read-failed").await?;
    Ok(())
}

fn sample_assignment() -> savoir::domain::assignment::Assignment {
    let m = &catalog().modules;
    savoir::domain::assignment::Assignment {
        id: "3f0c9a7e-52b1-4c55-9d0e-7a1b2c3d4e5f".into(),
        modules: vec![m[0].id.clone()],
        due: "2031-03-31".into(),
        pass_mark: 70,
        group: "Audit".into(),
        by: "Camille".into(),
        created: 1_795_370_709_250,
        ..Default::default()
    }
}

async fn open_link(c: &Client, base: &str, code: &str) -> Result<(), BoxError> {
    c.goto(&format!("{base}{}", route::assignment(Lang::En, code)))
        .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=assignment-status], [data-testid=assignment-error]')",
        "the assignment page",
    )
    .await
}

/// Defect 4: a second link with the id of an accepted assignment, a pass
/// mark of 1 % and another date, was shown as "accepted" with the edited
/// values, and results were written with them. Now it is shown as another,
/// conflicting assignment, the learner is told, and the accepted one stays.
pub async fn defect_4_a_second_link_with_the_same_id_cannot_hijack_an_assignment(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let genuine = sample_assignment();
    open_link(c, base, &genuine.encode()).await?;
    crate::harness::click(c, "[data-testid=accept]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=accepted]')",
        "accepted",
    )
    .await?;
    let stored = eval_string(c, "localStorage.getItem('savoir:assignments')").await?;

    let mut forged = genuine.clone();
    forged.pass_mark = 1;
    forged.due = "2031-12-31".into();
    open_link(c, base, &forged.encode()).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=assignment-conflict]')",
        "the conflict notice",
    )
    .await?;
    for absent in ["accepted", "accept", "results-name"] {
        assert!(
            c.find(Locator::Css(&format!("[data-testid={absent}]")))
                .await
                .is_err(),
            "a conflicting link offers no `{absent}`"
        );
    }
    assert_eq!(
        eval_string(c, "localStorage.getItem('savoir:assignments')").await?,
        stored,
        "the accepted assignment is unchanged"
    );
    // The way back leads to the genuine one, accepted as it was.
    crate::harness::click(c, "[data-testid=assignment-conflict-accepted]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=accepted]')",
        "the accepted one",
    )
    .await?;
    assert!(c.current_url().await?.as_str().ends_with(&genuine.encode()));
    Ok(())
}

/// Defect 6: accepted assignments that could not be read (or were written
/// by a newer version) vanished from the catalog with no word, and
/// accepting another said only "could not be saved". Now the catalog says
/// which, accepting says why, and the stored document is never written over.
pub async fn defect_6_unreadable_or_newer_assignments_are_told_and_kept(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    for (stored, problem) in [
        (
            "{\"schema\":1,\"items\":[{\"assign",
            "assignments-problem-unreadable",
        ),
        (
            "{\"schema\":7,\"items\":{\"x\":1}}",
            "assignments-problem-newer",
        ),
    ] {
        c.goto(&format!("{base}/en/")).await?;
        ready_in(c, "en").await?;
        c.execute(
            "localStorage.clear(); localStorage.setItem('savoir:assignments', arguments[0]);",
            vec![json!(stored)],
        )
        .await?;
        c.refresh().await?;
        ready_in(c, "en").await?;
        wait_for(
            c,
            &format!("document.querySelector(\"[data-testid=assignments-problem][data-problem='{problem}']\")"),
            &format!("the catalog's {problem} warning"),
        )
        .await?;
        open_link(c, base, &sample_assignment().encode()).await?;
        crate::harness::click(c, "[data-testid=accept]").await?;
        wait_for(
            c,
            &format!("document.querySelector(\"[data-testid=accept-problem][data-problem='{problem}']\")"),
            "the reason accepting failed",
        )
        .await?;
        assert_eq!(
            eval_string(c, "localStorage.getItem('savoir:assignments')").await?,
            stored,
            "never written over"
        );
    }
    Ok(())
}
