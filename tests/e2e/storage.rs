//! Journeys through the learner's data: export, clear, import.

use super::ready_in;
use crate::harness::{click, eval, wait_for, BoxError};
use crate::quiz::{finish_first_checkpoint, open_checkpoint};
use fantoccini::Client;
use savoir::domain::language::Lang;
use savoir::domain::route;
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

/// The "tried as a new user would": answer questions, export,
/// clear the site's data, import: everything is back, byte for byte. A
/// tampered copy is refused and changes nothing.
pub async fn export_clear_and_import_brings_everything_back(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let loaded = finish_first_checkpoint(c, base, &[true, false]).await?;
    let module = loaded.module.id.clone();
    crate::harness::wait_stored(c, "savoir:progress", "\"finished\"").await?;
    let percent = eval(
        c,
        "document.querySelector('[data-testid=result]').dataset.percent",
    )
    .await?;

    open_settings(c, base).await?;
    let before = stored_progress(c).await?;
    assert!(before.contains("\"finished\""), "{before}");
    // The real download path runs; the test keeps the file it makes.
    c.execute(
        "window.savedFiles = []; const make = URL.createObjectURL; URL.createObjectURL = b => { window.savedFiles.push(b); return make(b); };",
        vec![],
    )
    .await?;
    click(c, "[data-testid=export]").await?;
    let file = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.savedFiles[0].text().then(done, e => done(String(e)));",
            vec![],
        )
        .await?;
    let file = file.as_str().unwrap_or_default().to_owned();
    assert!(file.contains("\"format\": \"savoir-progress\""), "{file}");

    // The browser clears the site's data.
    c.execute("localStorage.clear();", vec![]).await?;
    open_settings(c, base).await?;
    assert_eq!(stored_progress(c).await?, "");

    // A tampered copy is refused, and nothing is written.
    // (A finishing time edited by hand.)
    let tampered = file.replacen("\"finished\": ", "\"finished\": 1", 1);
    assert_ne!(tampered, file);
    paste_and_check(c, &tampered).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=import-error]')",
        "the import error",
    )
    .await?;
    let error = eval(
        c,
        "document.querySelector('[data-testid=import-error]').dataset.error",
    )
    .await?;
    assert_eq!(error, json!("import-error-tampered"));
    assert_eq!(stored_progress(c).await?, "");

    paste_and_check(c, &file).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=import-preview]')",
        "the preview",
    )
    .await?;
    click(c, "[data-testid=import-replace]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=settings-status]').textContent.length > 0",
        "the import to be done",
    )
    .await?;
    assert_eq!(
        stored_progress(c).await?,
        before,
        "the same state, byte for byte"
    );

    // And the learner sees it: the checkpoint's result is back.
    open_checkpoint(c, base, Lang::En, &module).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=result]')",
        "the result after import",
    )
    .await?;
    let back = eval(
        c,
        "document.querySelector('[data-testid=result]').dataset.percent",
    )
    .await?;
    assert_eq!(back, percent);
    Ok(())
}
