//! The storage faults of issue 6, one journey each (`fault_<n>_...`), and
//! the learner's data page: export, clear, import. In each, the app starts,
//! questions can still be answered, the learner is told what happened when
//! it matters, and nothing is lost silently.
//!
//! Storage is made to fail from the first line of every page
//! (`Page.addScriptToEvaluateOnNewDocument`, see [`before_every_page`]) or
//! by patching `Storage.prototype.setItem`; site data is cleared with CDP
//! (`Storage.clearDataForOrigin`); two tabs are two windows of one session;
//! downloads are kept by wrapping `URL.createObjectURL`.

use super::pages::{Banner, Notice};
use super::ready_in;
use crate::harness::{cdp, click, eval, wait_for, wait_stored, BoxError};
use crate::quiz::{
    answer, asked_questions, finish_first_checkpoint, first_checkpoint, open_checkpoint,
    result_percent,
};
use fantoccini::Client;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use serde_json::json;

async fn stored_progress(c: &Client) -> Result<String, BoxError> {
    Ok(eval(c, "localStorage.getItem('savoir:progress') || ''")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

async fn open_settings(c: &Client, base: &str) -> Result<(), BoxError> {
    c.goto(&format!("{base}{}", route::settings(Lang::En)))
        .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=export]')",
        "the data page",
    )
    .await
}

/// Pastes a file's text into the import box as a learner would (one input
/// event), then asks for it to be checked.
async fn paste_and_check(c: &Client, text: &str) -> Result<(), BoxError> {
    c.execute(
        "const box = document.querySelector('[data-testid=import-paste]'); box.value = arguments[0]; box.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![json!(text)],
    )
    .await?;
    click(c, "[data-testid=import-check]").await
}

/// Pastes a file, waits for its preview, and applies it (`replace` or
/// `merge`).
async fn import_pasted(c: &Client, file: &str, choice: &str) -> Result<(), BoxError> {
    paste_and_check(c, file).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=import-preview]')",
        "the preview",
    )
    .await?;
    click(c, &format!("[data-testid=import-{choice}]")).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=settings-status]').textContent.length > 0",
        "the import to be done",
    )
    .await
}

/// The issue's "tried as a new user would": answer questions, export,
/// clear the site's data, import: everything is back, byte for byte. A
/// tampered copy is refused and changes nothing.
pub async fn fault_10_storage_cleared_then_importing_the_last_export_restores_everything(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let loaded = finish_first_checkpoint(c, base, &[true, false]).await?;
    let module = loaded.module.id.clone();
    wait_stored(c, "savoir:progress", "\"finished\"").await?;
    let percent = eval(
        c,
        "document.querySelector('[data-testid=result]').dataset.percent",
    )
    .await?;

    open_settings(c, base).await?;
    // The reading mode is part of what the learner set up.
    click(c, "[data-testid=bilingual-toggle]").await?;
    wait_stored(c, "savoir:preferences", "\"bilingual\":true").await?;
    let preferences = stored(c, "savoir:preferences").await?;
    let before = stored_progress(c).await?;
    assert!(before.contains("\"finished\""), "{before}");
    // The real download path runs; the test keeps the file it makes.
    keep_downloads(c).await?;
    click(c, "[data-testid=export]").await?;
    let file = last_download(c).await?;
    assert!(file.contains("\"format\":\"savoir-progress\""), "{file}");

    // The browser clears the site's data (as "Clear site data" does).
    cdp(
        c,
        "Storage.clearDataForOrigin",
        json!({ "origin": base, "storageTypes": "all" }),
    )
    .await?;
    open_settings(c, base).await?;
    assert_eq!(stored_progress(c).await?, "");

    // A broken, foreign or tampered file is refused with its reason, and
    // nothing is written. (Tampered: a finishing time edited by hand.)
    let tampered = file.replacen("\"finished\":", "\"finished\":1", 1);
    assert_ne!(tampered, file);
    for (text, reason) in [
        (crate::harness::first_half(&file), "import-error-truncated"),
        ("name,score\nAda,80\n", "import-error-not-json"),
        (r#"{"rows": []}"#, "import-error-foreign"),
        (tampered.as_str(), "import-error-tampered"),
    ] {
        paste_and_check(c, text).await?;
        wait_for(
            c,
            &format!(
                "document.querySelector(\"[data-testid=import-error][data-error='{reason}']\")"
            ),
            reason,
        )
        .await?;
    }
    assert_eq!(stored_progress(c).await?, "");

    import_pasted(c, &file, "replace").await?;
    assert_eq!(
        stored_progress(c).await?,
        before,
        "the same state, byte for byte"
    );
    assert_eq!(
        stored(c, "savoir:preferences").await?,
        preferences,
        "and the reading mode"
    );

    // And the learner sees it: the checkpoint's result is back.
    open_checkpoint(c, base, Lang::En, &module).await?;
    let back = result_percent(c, "the result after import").await?;
    assert_eq!(back, percent);
    Ok(())
}

const PROGRESS: &str = "savoir:progress";
const BACKUP: &str = "savoir:progress:unreadable";

async fn stored(c: &Client, key: &str) -> Result<Option<String>, BoxError> {
    Ok(eval(c, &format!("localStorage.getItem({})", json!(key)))
        .await?
        .as_str()
        .map(str::to_owned))
}

/// Puts `value` under the progress key, then opens the app afresh.
async fn start_with(c: &Client, base: &str, value: &str) -> Result<(), BoxError> {
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    c.execute(
        "localStorage.clear(); localStorage.setItem('savoir:progress', arguments[0]);",
        vec![json!(value)],
    )
    .await?;
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await
}

/// Runs `script` in every page before the app (storage made to fail).
pub async fn before_every_page(c: &Client, script: &str) -> Result<(), BoxError> {
    cdp(c, "Page.enable", json!({})).await?;
    cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": script }),
    )
    .await?;
    Ok(())
}

/// Answers the first question of the first checkpoint (right): the app is
/// usable. Returns the question's id.
async fn answer_one(c: &Client, base: &str) -> Result<String, BoxError> {
    let loaded = first_checkpoint()?;
    open_checkpoint(c, base, Lang::En, &loaded.module.id).await?;
    let q = &asked_questions(c, &loaded).await?[0];
    answer(c, q, true).await?;
    Ok(q.id.clone())
}

/// Keeps the files the app offers for download (the real download path
/// runs) and returns a script that reads the last one's text.
pub async fn keep_downloads(c: &Client) -> Result<(), BoxError> {
    c.execute(
        "window.savedFiles = []; const make = URL.createObjectURL; URL.createObjectURL = b => { window.savedFiles.push(b); return make(b); };",
        vec![],
    )
    .await?;
    Ok(())
}

pub async fn last_download(c: &Client) -> Result<String, BoxError> {
    wait_for(
        c,
        "window.savedFiles && window.savedFiles.length > 0",
        "a download",
    )
    .await?;
    let text = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.savedFiles[window.savedFiles.length - 1].text().then(done, e => done(String(e)));",
            vec![],
        )
        .await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

pub async fn fault_1_no_stored_data_starts_clean_and_saves(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    assert_eq!(stored(c, PROGRESS).await?, None);
    assert!(
        eval(c, "document.querySelector('[data-testid=storage-banner]')")
            .await?
            .is_null()
    );
    let q = answer_one(c, base).await?;
    wait_stored(c, PROGRESS, &format!("\"{q}\"")).await
}

pub async fn fault_2_corrupt_json_is_kept_aside_told_and_downloadable(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let raw = "{\"schema\":2,\"lessons\":{\"foundations/what-is-27002\":{\"reflection\":\"half a";
    start_with(c, base, raw).await?;
    Banner::wait(c, Notice::Unreadable).await?;
    assert_eq!(stored(c, BACKUP).await?.as_deref(), Some(raw), "kept aside");
    keep_downloads(c).await?;
    click(c, "[data-testid=download-unreadable]").await?;
    assert_eq!(last_download(c).await?, raw);
    // A fresh start that works, and the copy stays.
    let q = answer_one(c, base).await?;
    wait_stored(c, PROGRESS, &format!("\"{q}\"")).await?;
    assert_eq!(stored(c, BACKUP).await?.as_deref(), Some(raw));
    Ok(())
}

pub async fn fault_3_an_older_schema_is_migrated(c: &Client, base: &str) -> Result<(), BoxError> {
    let module = &savoir::adapters::content::catalog().modules[0];
    let lesson = &module.lessons[0].id;
    let v1 = format!(
        r#"{{"schema":1,"lessons":{{"{}/{lesson}":{{"reflection":"From version one","skipped":false,"reached_end":false,"position":null,"updated":5}}}},"last":null}}"#,
        module.id
    );
    start_with(c, base, &v1).await?;
    assert!(
        eval(c, "document.querySelector('[data-testid=storage-banner]')")
            .await?
            .is_null()
    );
    c.goto(&format!(
        "{base}{}",
        route::lesson(Lang::En, &module.id, lesson)
    ))
    .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=reflection]') && document.querySelector('[data-testid=reflection]').value === 'From version one'",
        "the migrated reflection",
    )
    .await?;
    answer_one(c, base).await?;
    wait_stored(c, PROGRESS, "\"schema\":4").await?;
    let now = stored(c, PROGRESS).await?.unwrap_or_default();
    assert!(now.contains("From version one"), "{now}");
    Ok(())
}

pub async fn fault_4_a_newer_schema_is_read_only_and_never_overwritten(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let newer = r#"{"schema":99,"lessons":{},"something":"new"}"#;
    before_every_page(c, crate::harness::TIMER_PROBE).await?;
    start_with(c, base, newer).await?;
    Banner::wait(c, Notice::Newer).await?;
    answer_one(c, base).await?;
    // Past the save the answer scheduled, and a page hide, which saves at once.
    crate::harness::timers_done(c, 1000, "the save after the answer").await?;
    c.execute("window.dispatchEvent(new Event('pagehide'));", vec![])
        .await?;
    assert_eq!(stored(c, PROGRESS).await?.as_deref(), Some(newer));
    Banner::wait(c, Notice::Newer).await
}

pub async fn fault_5_bad_parts_are_dropped_with_a_notice_and_good_parts_kept(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let module = &savoir::adapters::content::catalog().modules[0];
    let lesson = &module.lessons[0].id;
    let m = &module.id;
    let doc = format!(
        r#"{{"schema":2,"lessons":{{"{m}/{lesson}":{{"reflection":"Good part","updated":5}},"{m}/no-such-lesson":{{"reflection":"x"}},"{m}/{other}":{{"reached_end":"yes"}}}},"attempts":{{"{m}-1":{{"id":"{m}-1","module":"{m}","seed":1,"started":1,"percent":999}}}},"mistakes":{{"{m}/q-999":{{"wrong":"often"}}}}}}"#,
        other = module.lessons[1].id
    );
    start_with(c, base, &doc).await?;
    Banner::wait(c, Notice::Repaired).await?;
    assert_eq!(
        stored(c, BACKUP).await?.as_deref(),
        Some(doc.as_str()),
        "the original kept aside"
    );
    c.goto(&format!("{base}{}", route::lesson(Lang::En, m, lesson)))
        .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=reflection]') && document.querySelector('[data-testid=reflection]').value === 'Good part'",
        "the good part",
    )
    .await?;
    let q = answer_one(c, base).await?;
    wait_stored(c, PROGRESS, &format!("\"{q}\"")).await?;
    let now: serde_json::Value =
        serde_json::from_str(&stored(c, PROGRESS).await?.unwrap_or_default())?;
    let lessons: Vec<&String> = now["lessons"]
        .as_object()
        .map(|l| l.keys().collect())
        .unwrap_or_default();
    assert_eq!(lessons, [&format!("{m}/{lesson}")], "only the good lesson");
    assert_eq!(
        now["attempts"]
            .as_object()
            .map(|a| a.contains_key(&format!("{m}-1"))),
        Some(false)
    );
    assert_eq!(
        now["mistakes"]
            .as_object()
            .map(|a| a.contains_key(&format!("{m}/q-999"))),
        Some(false)
    );
    Ok(())
}

pub async fn fault_6_quota_exceeded_under_each_name_keeps_state_and_offers_export(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    for name in [
        "QuotaExceededError",
        "NS_ERROR_DOM_QUOTA_REACHED",
        "QUOTA_EXCEEDED_ERR",
    ] {
        c.goto(&format!("{base}/en/")).await?;
        ready_in(c, "en").await?;
        c.execute("localStorage.clear();", vec![]).await?;
        let loaded = first_checkpoint()?;
        open_checkpoint(c, base, Lang::En, &loaded.module.id).await?;
        c.execute(
            "const full = arguments[0]; const set = Storage.prototype.setItem; window.realSetItem = set; Storage.prototype.setItem = function (k, v) { if (k === 'savoir:progress') { throw new DOMException('full', full); } return set.call(this, k, v); };",
            vec![json!(name)],
        )
        .await?;
        let q = &asked_questions(c, &loaded).await?[0];
        answer(c, q, true).await?;
        Banner::wait(c, Notice::Full).await?;
        assert_eq!(stored(c, PROGRESS).await?, None);
        // Kept in this tab, and offered as a file.
        assert!(!eval(c, "document.querySelector('[data-testid=feedback]')")
            .await?
            .is_null());
        keep_downloads(c).await?;
        click(c, "[data-testid=download-progress]").await?;
        let file = last_download(c).await?;
        assert!(file.contains(&format!("\"{}\"", q.id)), "{name}: {file}");
    }
    // Space again: the next save goes through and the warning goes.
    c.execute("Storage.prototype.setItem = window.realSetItem;", vec![])
        .await?;
    let loaded = first_checkpoint()?;
    let second = asked_questions(c, &loaded).await?[1].clone();
    answer(c, &second, true).await?;
    wait_stored(c, PROGRESS, &format!("\"{}\"", second.id)).await?;
    wait_for(
        c,
        "!document.querySelector(\"[data-notice='notice-full']\")",
        "the warning to go",
    )
    .await?;
    Ok(())
}

/// Makes `localStorage` behave as `getter` says on every page, opens the
/// app in `lang`, and checks it runs in memory, says so in that language,
/// and still takes answers.
async fn without_storage(c: &Client, base: &str, getter: &str, lang: Lang) -> Result<(), BoxError> {
    before_every_page(
        c,
        &format!("Object.defineProperty(window, 'localStorage', {{ configurable: true, get() {{ {getter} }} }});"),
    )
    .await?;
    c.goto(&format!("{base}{}", route::home(lang))).await?;
    ready_in(c, lang.tag()).await?;
    Banner::wait(c, Notice::StorageUnavailable).await?;
    let text = eval(
        c,
        "document.querySelector('[data-testid=storage-banner] p').textContent",
    )
    .await?;
    let told = savoir::adapters::i18n::localizer().format(lang, "storage-unavailable", None);
    assert_eq!(text, json!(told), "told in their language");
    answer_one(c, base).await?;
    Ok(())
}

pub async fn fault_7_storage_throwing_security_error_runs_in_memory_with_a_banner(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    without_storage(
        c,
        base,
        "throw new DOMException('denied', 'SecurityError');",
        Lang::En,
    )
    .await
}

pub async fn fault_8_null_local_storage_runs_in_memory_with_a_banner(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    without_storage(c, base, "return null;", Lang::Fr).await
}

pub async fn fault_9_two_tabs_writing_merge_and_show_each_other_live(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let module = &savoir::adapters::content::catalog().modules[0];
    let (m, first, second) = (&module.id, &module.lessons[0].id, &module.lessons[1].id);
    let type_reflection = |text: &'static str| async move {
        let area = c
            .find(fantoccini::Locator::Css("[data-testid=reflection]"))
            .await?;
        area.send_keys(text).await?;
        Ok::<(), BoxError>(())
    };
    let open_lesson = |lesson: &str| {
        let address = format!("{base}{}", route::lesson(Lang::En, m, lesson));
        async move {
            c.goto(&address).await?;
            ready_in(c, "en").await?;
            wait_for(
                c,
                "document.querySelector('[data-testid=reflection]')",
                "the reflection",
            )
            .await
        }
    };
    // Tab A: a reflection in the first lesson.
    open_lesson(first).await?;
    let tab_a = c.window().await?;
    // Tab B: the module page, then a reflection in the second lesson.
    let tab_b = c.new_window(true).await?;
    c.switch_to_window(tab_b.handle.clone()).await?;
    c.goto(&format!("{base}{}", route::module(Lang::En, m)))
        .await?;
    ready_in(c, "en").await?;
    let status = format!(
        "document.querySelector(\"a[href$='/lessons/{first}']\").closest('li').dataset.status"
    );
    wait_for(
        c,
        &format!("document.querySelector(\"a[href$='/lessons/{first}']\")"),
        "the lesson list",
    )
    .await?;
    let before = eval(c, &status).await?;
    assert_eq!(before, json!("status-not-started"));
    c.switch_to_window(tab_a.clone()).await?;
    type_reflection("Written in tab A").await?;
    wait_stored(c, PROGRESS, "Written in tab A").await?;
    c.switch_to_window(tab_b.handle.clone()).await?;
    // B shows A's progress without a reload.
    wait_for(
        c,
        &format!("{status} === 'status-in-progress'"),
        "the other tab's progress, live",
    )
    .await?;
    open_lesson(second).await?;
    type_reflection("Written in tab B").await?;
    wait_stored(c, PROGRESS, "Written in tab B").await?;
    // A writes again: B's answer stays.
    c.switch_to_window(tab_a.clone()).await?;
    type_reflection(", and more").await?;
    wait_stored(c, PROGRESS, "Written in tab A, and more").await?;
    let both = stored(c, PROGRESS).await?.unwrap_or_default();
    assert!(both.contains("Written in tab B"), "no answer lost: {both}");

    // B erases everything; A, still open, must not bring it back when it
    // next saves (here: opening a lesson, which records the place).
    c.switch_to_window(tab_b.handle.clone()).await?;
    open_settings(c, base).await?;
    click(c, "[data-testid=reset]").await?;
    click(c, "[data-testid=reset-yes]").await?;
    wait_for(
        c,
        "!(localStorage.getItem('savoir:progress') || '').includes('Written')",
        "the reset",
    )
    .await?;
    c.switch_to_window(tab_a).await?;
    click(c, ".breadcrumbs a").await?;
    // The lesson's entry in the module list (the home page's "continue"
    // card may link to the same lesson, outside any list, until A has taken
    // the reset in).
    let first_link = format!("li[data-status] a[href$='/lessons/{first}']");
    let first_status =
        format!("document.querySelector(\"{first_link}\").closest('li').dataset.status");
    wait_for(
        c,
        &format!(
            "document.querySelector(\"{first_link}\") && {first_status} === 'status-not-started'"
        ),
        "the reset, live in the other tab",
    )
    .await?;
    click(c, &format!("a[href$='/lessons/{second}']")).await?;
    wait_stored(c, PROGRESS, &format!("\"lesson\":\"{second}\"")).await?;
    let after = stored(c, PROGRESS).await?.unwrap_or_default();
    assert!(
        !after.contains("Written in tab"),
        "the reset stands: {after}"
    );
    Ok(())
}

pub async fn fault_11_a_write_that_reads_back_different_is_reported(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    let loaded = first_checkpoint()?;
    open_checkpoint(c, base, Lang::En, &loaded.module.id).await?;
    c.execute(
        "const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { return set.call(this, k, k === 'savoir:progress' ? v.slice(0, -1) + ' ' : v); };",
        vec![],
    )
    .await?;
    let first = asked_questions(c, &loaded).await?[0].clone();
    answer(c, &first, true).await?;
    Banner::wait(c, Notice::Mismatch).await
}

pub async fn fault_12_export_then_import_gives_the_same_state_byte_for_byte(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    finish_first_checkpoint(c, base, &[true, false, true]).await?;
    wait_stored(c, PROGRESS, "\"finished\"").await?;
    open_settings(c, base).await?;
    let before = stored_progress(c).await?;
    keep_downloads(c).await?;
    click(c, "[data-testid=export]").await?;
    let file = last_download(c).await?;
    import_pasted(c, &file, "merge").await?;
    assert_eq!(
        stored_progress(c).await?,
        before,
        "merge with itself: nothing changes"
    );
    import_pasted(c, &file, "replace").await?;
    assert_eq!(
        stored_progress(c).await?,
        before,
        "the same state, byte for byte"
    );
    // After a reset, the file brings everything back; the reset's
    // generation mark stays (so that tabs left open cannot undo either).
    click(c, "[data-testid=reset]").await?;
    click(c, "[data-testid=reset-yes]").await?;
    wait_for(
        c,
        "!(localStorage.getItem('savoir:progress') || '').includes('finished')",
        "the reset",
    )
    .await?;
    // This time through the file picker, with the file as downloaded.
    let path = std::env::temp_dir().join(format!("savoir-progress-{}.json", std::process::id()));
    std::fs::write(&path, &file)?;
    c.find(fantoccini::Locator::Css("#import-file"))
        .await?
        .send_keys(&path.display().to_string())
        .await?;
    click(c, "[data-testid=import-check]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=import-preview]')",
        "the preview",
    )
    .await?;
    click(c, "[data-testid=import-replace]").await?;
    wait_for(
        c,
        "(localStorage.getItem('savoir:progress') || '').includes('finished')",
        "the import",
    )
    .await?;
    let without_generation = |text: &str| -> Result<serde_json::Value, BoxError> {
        let mut value: serde_json::Value = serde_json::from_str(text)?;
        if let Some(doc) = value.as_object_mut() {
            doc.remove("generation");
        }
        Ok(value)
    };
    assert_eq!(
        without_generation(&stored_progress(c).await?)?,
        without_generation(&before)?,
        "everything is back after a reset"
    );
    Ok(())
}
