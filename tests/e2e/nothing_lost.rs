//! Issue 14's defects, one journey each: what a hostile tester did to lose
//! a learner's work or mislead a trainer, and what the app must do instead.
//! Also: two tabs keep each other's exercise answers, checkpoint answers
//! and accepted assignments, and a tab on an older version never writes
//! over what a newer one stored.

use super::pages::{Banner, Notice};
use super::ready_in;
use super::storage::before_every_page;
use crate::harness::{cdp, eval, eval_string, wait_for, wait_stored, BoxError};
use fantoccini::{Client, Locator};
use savoir::adapters::content::catalog;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
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
        Banner::wait(c, Notice::WriteFailed).await?;
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
        // Storage works again: the app tries again by itself (no new
        // change needed), the text is written and the notice goes.
        c.execute("Storage.prototype.setItem = window.__set;", vec![])
            .await?;
        wait_stored(c, PROGRESS, &text).await?;
        Banner::gone(c, Notice::WriteFailed).await?;
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
    Banner::wait(c, Notice::BothKept).await?;
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
        "window.__failReads = true; window.__failedReads = 0; const get = Storage.prototype.getItem; window.__get = get; Storage.prototype.getItem = function (k) { if (k === 'savoir:progress' && window.__failReads) { window.__failedReads += 1; throw new DOMException('x', 'UnknownError'); } return get.call(this, k); };",
    )
    .await?;
    open_lesson(c, base, &m, &l).await?;
    Banner::wait(c, Notice::ReadFailed).await?;
    type_reflection(c, "Typed meanwhile.").await?;
    // The save that follows the typing reads first, fails, and writes nothing.
    let failed = eval(c, "window.__failedReads").await?;
    wait_for(
        c,
        &format!("window.__failedReads > {failed}"),
        "a save to try to read after the typing",
    )
    .await?;
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
    Banner::gone(c, Notice::ReadFailed).await?;
    Ok(())
}

pub fn sample_assignment() -> savoir::domain::trainer::assignment::Assignment {
    let m = &catalog().modules;
    savoir::domain::trainer::assignment::Assignment {
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

pub async fn open_link(c: &Client, base: &str, code: &str) -> Result<(), BoxError> {
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

/// A learner's result file for `assignment`, made by the domain as the app
/// makes it (one finished attempt on its first module, nothing right).
pub fn result_file(
    assignment: &savoir::domain::trainer::assignment::Assignment,
    id: &str,
    name: &str,
) -> Result<String, BoxError> {
    use savoir::domain::learner::progress::Progress;
    use savoir::domain::learner::quiz::Attempt;
    use savoir::domain::trainer::assigned::Signature;
    use savoir::domain::trainer::results::Results;
    let checkpoint = super::quiz::first_checkpoint()?.module.checkpoint;
    let module = assignment.modules.first().ok_or("no module")?.clone();
    let exported = 1_795_400_000_000;
    let mut progress = Progress::default();
    let mut attempt = Attempt::new(&module, 1, exported - 120_000);
    attempt.finish(&checkpoint, exported - 60_000);
    progress.put_attempt(attempt);
    let results = Results::of(
        Signature {
            id: id.into(),
            name: name.into(),
            ..Default::default()
        },
        assignment,
        &progress,
        catalog(),
        &|_| Some(checkpoint.clone()),
        exported,
        "2030-01-15",
    );
    Ok(results.to_file(&[name.to_owned()], "[]"))
}

/// Drops files on the dashboard's import area, as a trainer would.
pub async fn drop_files(c: &Client, files: &[(&str, String)]) -> Result<(), BoxError> {
    let files: Vec<serde_json::Value> = files.iter().map(|(n, t)| json!([n, t])).collect();
    c.execute(
        "const dt = new DataTransfer(); for (const [name, text] of arguments[0]) dt.items.add(new File([text], name, { type: 'application/json' })); \
         document.querySelector('[data-testid=dropzone]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })); return true;",
        vec![json!(files)],
    )
    .await?;
    Ok(())
}

pub async fn open_dashboard(c: &Client, base: &str, lang: Lang) -> Result<(), BoxError> {
    c.goto(&format!("{base}{}", route::dashboard(lang))).await?;
    ready_in(c, lang.tag()).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=dropzone]')",
        "the dashboard",
    )
    .await
}

/// Defect 5: past the storage quota, every file was listed as imported and
/// all were gone after a reload. Now what storage did not keep is said,
/// file by file, and not shown.
pub async fn defect_5_the_dashboard_never_claims_what_storage_did_not_keep(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let a = sample_assignment();
    open_dashboard(c, base, Lang::En).await?;
    drop_files(c, &[("ana.json", result_file(&a, "learner-ana", "Ana")?)]).await?;
    wait_for(
        c,
        "document.querySelectorAll('[data-testid=class-grid] tr[data-learner]').length === 1",
        "Ana's row",
    )
    .await?;
    c.execute(
        "window.__set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { if (k === 'savoir-trainer:class') throw new DOMException('full', 'QuotaExceededError'); return window.__set.call(this, k, v); };",
        vec![],
    )
    .await?;
    drop_files(
        c,
        &[
            ("ben.json", result_file(&a, "learner-ben", "Ben")?),
            ("cy.json", result_file(&a, "learner-cy", "Cy")?),
        ],
    )
    .await?;
    wait_for(
        c,
        "document.querySelectorAll('[data-testid=import-report] li[data-outcome=rejected]').length === 2",
        "both files reported as not kept",
    )
    .await?;
    assert_eq!(
        eval_string(
            c,
            "document.querySelector('[data-testid=dashboard-not-saved]').dataset.problem"
        )
        .await?,
        "dashboard-not-saved-full"
    );
    assert_eq!(
        eval(
            c,
            "document.querySelectorAll('[data-testid=class-grid] tr[data-learner]').length"
        )
        .await?,
        json!(1),
        "only what storage kept is shown"
    );
    c.refresh().await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelectorAll('[data-testid=class-grid] tr[data-learner]').length === 1",
        "the same after a reload",
    )
    .await
}

/// Defect 7: a file with a valid checksum holding what the loader drops (a
/// score of 255 %, a lesson this course lacks) was "brought back", then
/// refused at the next start. Now the preview says what will be left out,
/// and the next start has nothing to drop.
pub async fn defect_7_an_import_is_checked_by_the_loaders_rules(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    use savoir::domain::learner::preferences::Preferences;
    use savoir::domain::learner::progress::Progress;
    use savoir::domain::learner::quiz::Attempt;
    let (m, l) = first_lesson();
    let mut progress = Progress::default();
    progress.update_lesson(&m, &l, 1_795_000_000_000, |e| e.reflection = "Kept.".into());
    progress.update_lesson("retired-module", "gone", 1_795_000_000_000, |e| {
        e.reached_end = true
    });
    let mut odd = Attempt::new(&m, 3, 1_795_000_000_000);
    odd.percent = Some(255);
    progress.put_attempt(odd);
    let file = savoir::domain::learner::transfer::export(
        &progress,
        &Preferences::default(),
        1_795_000_100_000,
    );

    c.goto(&format!("{base}{}", route::settings(Lang::En)))
        .await?;
    ready_in(c, "en").await?;
    let paste = c.find(Locator::Css("[data-testid=import-paste]")).await?;
    c.execute(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
        vec![serde_json::to_value(&paste)?, json!(file)],
    )
    .await?;
    crate::harness::click(c, "[data-testid=import-check]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=import-dropped]')",
        "what will be left out",
    )
    .await?;
    let said = eval_string(
        c,
        "document.querySelector('[data-testid=import-dropped]').textContent",
    )
    .await?;
    assert!(said.starts_with("2 parts"), "{said}");
    crate::harness::click(c, "[data-testid=import-replace]").await?;
    wait_stored(c, PROGRESS, "Kept.").await?;
    let stored = eval_string(c, "localStorage.getItem('savoir:progress')").await?;
    assert!(
        !stored.contains("retired-module") && !stored.contains("255"),
        "{stored}"
    );
    c.refresh().await?;
    ready_in(c, "en").await?;
    // The start-up read (and any notice it brings) is done before the app
    // says it is ready; the page itself is whole once its form is there.
    wait_for(
        c,
        "document.querySelector('[data-testid=import-paste]')",
        "the data page after the reload",
    )
    .await?;
    assert!(
        c.find(Locator::Css("[data-testid=storage-banner]"))
            .await
            .is_err(),
        "nothing to repair at the next start"
    );
    Ok(())
}

/// Defect 8: a file far too large said "choose a file or paste its
/// contents first". Now it says the file is too large, without reading it.
pub async fn defect_8_a_file_too_large_is_said_so(c: &Client, base: &str) -> Result<(), BoxError> {
    c.goto(&format!("{base}{}", route::settings(Lang::Fr)))
        .await?;
    ready_in(c, "fr").await?;
    c.execute(
        "const input = document.querySelector('#import-file'); const dt = new DataTransfer(); \
         dt.items.add(new File([new Uint8Array(30 * 1024 * 1024)], 'huge.json', { type: 'application/json' })); \
         input.files = dt.files; input.dispatchEvent(new Event('change', { bubbles: true })); return true;",
        vec![],
    )
    .await?;
    crate::harness::click(c, "[data-testid=import-check]").await?;
    wait_for(
        c,
        "document.querySelector(\"[data-testid=import-error][data-error='settings-import-too-large']\")",
        "the too-large message",
    )
    .await?;
    let said = eval_string(
        c,
        "document.querySelector('[data-testid=import-error]').textContent",
    )
    .await?;
    assert!(said.contains("volumineux"), "in French: {said}");
    Ok(())
}

/// Defect 9: at 320 px, pages with long French words in their titles
/// scrolled sideways. Every page of the course, in both languages.
pub async fn defect_9_no_page_scrolls_sideways_at_320_px(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    cdp(
        c,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await?;
    let mut pages = Vec::new();
    for lang in [Lang::En, Lang::Fr] {
        pages.push(route::home(lang));
        pages.push(route::settings(lang));
        pages.push(route::trainer(lang));
        pages.push(route::dashboard(lang));
        pages.push(route::review(lang));
        pages.push(route::certificate(lang, None));
        pages.push(route::controls(lang, ""));
        pages.push(route::control(lang, "5.31"));
        pages.push(route::workbook(lang));
        for m in &catalog().modules {
            pages.push(route::module(lang, &m.id));
            pages.push(route::checkpoint(lang, &m.id));
            for l in &m.lessons {
                pages.push(route::lesson(lang, &m.id, &l.id));
            }
        }
    }
    let mut wide = Vec::new();
    for page in pages {
        c.goto(&format!("{base}{page}")).await?;
        // Lessons and checkpoints arrive a moment later, in place of their
        // loading status.
        wait_for(c, "document.documentElement.dataset.ready === 'true' && document.querySelector('main h1') && !document.querySelector('[data-testid=lesson-loading], [data-testid=page-loading]')", "the page").await?;
        let overflow = eval(
            c,
            "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        )
        .await?;
        if overflow.as_f64().unwrap_or(0.0) > 0.0 {
            // Name the widest elements, so that a failure says where to look.
            let culprits = eval(
                c,
                "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).slice(-3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + (e.id ? '#' + e.id : ''))",
            )
            .await?;
            wide.push(format!("{page}: {overflow} px ({culprits})"));
        }
    }
    assert!(
        wide.is_empty(),
        "pages scrolling sideways at 320 px: {wide:?}"
    );
    Ok(())
}

/// Defect 10 and the picker of defect 11: a result file naming a module
/// this build lacks gave an empty column header (axe: empty-table-header),
/// and two assignments could carry the same label in the picker.
pub async fn defect_10_a_module_from_another_version_is_named_and_copies_are_told_apart(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let mut other_version = sample_assignment();
    other_version.modules.push("retired-module".into());
    let mut edited = sample_assignment();
    edited.pass_mark = 1;
    for lang in [Lang::En, Lang::Fr] {
        open_dashboard(c, base, lang).await?;
        c.execute("localStorage.removeItem('savoir-trainer:class');", vec![])
            .await?;
        c.refresh().await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=dropzone]')",
            "the dashboard",
        )
        .await?;
        drop_files(
            c,
            &[
                (
                    "ana.json",
                    result_file(&other_version, "learner-ana", "Ana")?,
                ),
                ("ben.json", result_file(&edited, "learner-ben", "Ben")?),
            ],
        )
        .await?;
        wait_for(
            c,
            "document.querySelectorAll('#dashboard-assignment option').length === 2",
            "two assignments to choose from",
        )
        .await?;
        let labels = eval(c, "Array.from(document.querySelectorAll('#dashboard-assignment option')).map(o => o.textContent)").await?;
        let labels: Vec<String> = serde_json::from_value(labels)?;
        assert_ne!(labels[0], labels[1], "labels tell them apart");
        // The copy naming the retired module: its column is named.
        let select = c.find(Locator::Css("#dashboard-assignment")).await?;
        let values = eval(c, "Array.from(document.querySelectorAll('#dashboard-assignment option')).map(o => o.value)").await?;
        let values: Vec<String> = serde_json::from_value(values)?;
        for value in &values {
            select.clone().select_by_value(value).await?;
            wait_for(
                c,
                "document.querySelector('[data-testid=class-grid] tr[data-learner]')",
                "the grid",
            )
            .await?;
            let headers = eval(c, "Array.from(document.querySelectorAll('[data-testid=class-grid] thead th')).map(th => th.textContent.trim())").await?;
            let headers: Vec<String> = serde_json::from_value(headers)?;
            assert!(
                headers.iter().all(|h| !h.is_empty()),
                "no blank header: {headers:?}"
            );
        }
        let found = super::axe::violations(c).await?;
        assert!(
            found.is_empty(),
            "axe on the dashboard ({}): {found:?}",
            lang.tag()
        );
    }
    Ok(())
}

fn lesson_exercise(
    module: &str,
    lesson: &str,
) -> Result<savoir::domain::content::lesson::Question, BoxError> {
    let file = crate::harness::dist_dir()?
        .join("content")
        .join(module)
        .join(format!("{lesson}.json"));
    let loaded =
        savoir::adapters::content::LoadedLesson::from_json("x", &std::fs::read_to_string(&file)?)?;
    Ok(loaded.lesson.exercise)
}

async fn stored_progress(c: &Client) -> Result<serde_json::Value, BoxError> {
    let text = eval_string(c, "localStorage.getItem('savoir:progress') || '{}'").await?;
    Ok(serde_json::from_str(&text)?)
}

/// Two tabs, every other kind of learner input (reflections: defect 2):
/// exercise answers, answers in one checkpoint attempt, accepted
/// assignments. Neither tab loses the other's.
pub async fn two_tabs_keep_each_others_exercises_answers_and_assignments(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    use super::quiz::answer;
    let module = &catalog().modules[0];
    let (m, l0, l1) = (&module.id, &module.lessons[0].id, &module.lessons[1].id);
    let tab_a = c.window().await?;
    let tab_b = c.new_window(true).await?.handle;

    // Exercise answers, one per tab.
    open_lesson(c, base, m, l0).await?;
    answer(c, &lesson_exercise(m, l0)?, true).await?;
    c.switch_to_window(tab_b.clone()).await?;
    open_lesson(c, base, m, l1).await?;
    answer(c, &lesson_exercise(m, l1)?, false).await?;
    wait_for(
        c,
        &format!("(() => {{ const p = JSON.parse(localStorage.getItem('savoir:progress') || '{{}}'); return p.lessons && p.lessons['{m}/{l0}'] && p.lessons['{m}/{l0}'].exercise && p.lessons['{m}/{l1}'] && p.lessons['{m}/{l1}'].exercise; }})()"),
        "both tabs' exercise answers stored",
    )
    .await?;

    // One checkpoint attempt, answered in turn in both tabs.
    let loaded = super::quiz::first_checkpoint()?;
    c.switch_to_window(tab_a.clone()).await?;
    super::quiz::open_checkpoint(c, base, Lang::En, m).await?;
    let questions = super::quiz::asked_questions(c, &loaded).await?;
    answer(c, &questions[0], true).await?;
    wait_stored(c, PROGRESS, &format!("\"{}\"", questions[0].id)).await?;
    c.switch_to_window(tab_b.clone()).await?;
    super::quiz::open_checkpoint(c, base, Lang::En, m).await?;
    answer(c, &questions[1], true).await?;
    wait_stored(c, PROGRESS, &format!("\"{}\"", questions[1].id)).await?;
    c.switch_to_window(tab_a.clone()).await?;
    answer(c, &questions[2], false).await?;
    wait_for(
        c,
        &format!("(() => {{ const p = JSON.parse(localStorage.getItem('savoir:progress')); return Object.values(p.attempts).some(a => ['{}', '{}', '{}'].every(q => q in a.answers)); }})()", questions[0].id, questions[1].id, questions[2].id),
        "one attempt holding both tabs' answers",
    )
    .await?;
    let p = stored_progress(c).await?;
    let unfinished = p["attempts"].as_object().map_or(0, |a| a.len());
    assert_eq!(unfinished, 1, "one attempt, not one per tab: {p}");

    // Accepted assignments, one per tab.
    let first = sample_assignment();
    let mut second = sample_assignment();
    second.id = "9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6".into();
    second.group = "Second group".into();
    open_link(c, base, &first.encode()).await?;
    crate::harness::click(c, "[data-testid=accept]").await?;
    wait_stored(c, "savoir:assignments", &first.id).await?;
    c.switch_to_window(tab_b.clone()).await?;
    open_link(c, base, &second.encode()).await?;
    crate::harness::click(c, "[data-testid=accept]").await?;
    wait_stored(c, "savoir:assignments", &second.id).await?;
    let both = eval_string(c, "localStorage.getItem('savoir:assignments')").await?;
    assert!(
        both.contains(&first.id) && both.contains(&second.id),
        "{both}"
    );
    c.switch_to_window(tab_a).await?;
    c.goto(&format!("{base}{}", route::home(Lang::En))).await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelectorAll('[data-testid=assigned] li[data-assignment-id]').length === 2",
        "both assignments listed",
    )
    .await
}

/// A tab still on an older version, after another tab reloaded into a newer
/// one that added a module: what the newer one stored is never dropped by
/// the older one's next save; the learner is told to reload.
pub async fn an_older_tab_never_writes_over_a_newer_versions_progress(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (m, l) = first_lesson();
    open_lesson(c, base, &m, &l).await?;
    type_reflection(c, "Older tab.").await?;
    wait_stored(c, PROGRESS, "Older tab.").await?;
    // The newer version's tab saves a lesson of a module this one lacks
    // (written from this page, where no storage event fires).
    c.execute(
        "const p = JSON.parse(localStorage.getItem('savoir:progress')); p.lessons['future-module/first'] = { reflection: 'Newer tab.', updated: Date.now() }; localStorage.setItem('savoir:progress', JSON.stringify(p));",
        vec![],
    )
    .await?;
    type_reflection(c, " More.").await?;
    // The save found the parts it cannot read, said so and wrote nothing;
    // nor does a later one (a page hide saves at once).
    Banner::wait(c, Notice::NewerParts).await?;
    c.execute("window.dispatchEvent(new Event('pagehide'));", vec![])
        .await?;
    let stored = eval_string(c, "localStorage.getItem('savoir:progress')").await?;
    assert!(
        stored.contains("Newer tab."),
        "the newer version's work is kept: {stored}"
    );
    Ok(())
}
