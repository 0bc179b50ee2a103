//! Issue 20's live xAPI journey, against a real LRS (Ralph, on loopback,
//! started by the harness): a learner consents, passes a checkpoint while
//! the LRS is down and again once it is back; every statement reaches it
//! exactly once; the trainer's dashboard reads the score back from it; and
//! a learner who declines sends nothing, as the LRS's log of every request
//! it receives shows (`tests/lrs/ralph.py`).

use super::assign::{scratch, validate_statements};
use super::pages::{self, AssignmentPage, Checkpoint, Dashboard, Trainer};
use super::quiz::{answer, asked_questions, checkpoint_of, first_checkpoint, open_checkpoint};
use crate::harness::{self, eval, wait_for, wait_stored, BoxError, Ralph};
use fantoccini::Client;
use savoir::adapters::content::catalog;
use savoir::domain::shared::language::Lang;
use savoir::domain::trainer::assignment::Assignment;
use savoir::domain::trainer::lrs::Lrs;
use serde_json::Value;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// An assignment of `module`, sending to `lrs`, under the id `id`.
fn link(base: &str, lrs: &Ralph, id: &str, module: &str) -> Result<String, BoxError> {
    let assignment = Assignment {
        id: id.into(),
        modules: vec![module.to_owned()],
        due: "2031-03-31".into(),
        pass_mark: 70,
        group: "Audit".into(),
        by: "Camille".into(),
        created: 1_795_370_709_250,
        lrs: Some(Lrs::new(&lrs.endpoint, &lrs.write_key)?),
        ..Default::default()
    };
    Ok(format!("{base}/assignment#{}", assignment.encode()))
}

/// Every statement id POSTed to the LRS so far, in order, once per request
/// that carried it.
fn posted_ids(lrs: &Ralph) -> Result<Vec<String>, BoxError> {
    Ok(lrs
        .requests()?
        .iter()
        .filter(|r| r["method"] == "POST")
        .flat_map(|r| r["ids"].as_array().cloned().unwrap_or_default())
        .filter_map(|id| id.as_str().map(str::to_owned))
        .collect())
}

/// The code of a share link (what follows its `#`).
fn code_of(link: &str) -> &str {
    link.split_once('#').map_or(link, |(_, code)| code)
}

/// Passes `module`'s checkpoint, every answer right.
async fn pass(c: &Client, base: &str, module: &str) -> Result<(), BoxError> {
    let loaded = checkpoint_of(module)?;
    open_checkpoint(c, base, Lang::En, &loaded.module.id).await?;
    // Passed before: a new attempt.
    if pages::is_shown(c, "retry-checkpoint").await? {
        harness::click(c, "[data-testid=retry-checkpoint]").await?;
        wait_for(
            c,
            "!document.querySelector('[data-testid=result]')",
            "a new attempt",
        )
        .await?;
    }
    for q in &asked_questions(c, &loaded).await? {
        answer(c, q, true).await?;
    }
    Checkpoint::on(c).finish().await
}

/// The assignment's outbox figures as its page shows them.
async fn counts(c: &Client) -> Result<(u64, u64, u64), BoxError> {
    let read = |what: &str| {
        format!("Number(document.querySelector('[data-testid=lrs-counts]').dataset.{what})")
    };
    let n = |v: Value| v.as_u64().unwrap_or(u64::MAX);
    Ok((
        n(eval(c, &read("sent")).await?),
        n(eval(c, &read("waiting")).await?),
        n(eval(c, &read("refused")).await?),
    ))
}

pub async fn a_learner_s_statements_reach_the_lrs_once_through_an_outage_and_the_dashboard_reads_them(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let mut lrs = tokio::task::block_in_place(|| Ralph::start(base))?;
    let id = "7d1c3b2a-9e8f-4a6b-8c5d-1e2f3a4b5c6d";
    let module = first_checkpoint()?.module.id.clone();
    // The trainer's form: an LRS in clear over the network is refused.
    let trainer = Trainer::open(c, base, Lang::En).await?;
    let summary = catalog().module(&module).ok_or("no module")?;
    trainer.choose_module(summary).await?;
    trainer
        .fill_lrs("http://lrs.example.org/xAPI/", &lrs.write_key)
        .await?;
    // (Folded away again before submitting: the error unfolds it, to focus
    // the field.)
    harness::click(c, ".trainer__lrs summary").await?;
    let refused = trainer.create_link_refused().await?;
    assert!(refused.contains("https://"), "{refused}");
    wait_for(
        c,
        "document.querySelector('.trainer__lrs').open && document.activeElement.id === 'assign-lrs-endpoint'",
        "the refused endpoint, unfolded and focused",
    )
    .await?;
    assert!(!trainer.has_link().await?);
    trainer.fill_lrs(&lrs.endpoint, &lrs.write_key).await?;
    let made = trainer.create_link().await?;
    let code = code_of(&made);
    let known = |m: &str, l: Option<&str>| {
        catalog()
            .module(m)
            .is_some_and(|s| l.is_none_or(|l| s.lessons.iter().any(|x| x.id == l)))
    };
    let made = Assignment::decode(code, &known)?;
    assert_eq!(made.lrs, Some(Lrs::new(&lrs.endpoint, &lrs.write_key)?));
    // The journey's own id, so that the LRS is read by a known registration.
    let code_link = link(base, &lrs, id, &module)?;

    // Consent: what is sent and to where, then a name, then yes.
    let page = AssignmentPage::open_link(c, &code_link, Lang::En).await?;
    pages::shown(c, "lrs-consent", "the consent").await?;
    let host = lrs
        .endpoint
        .trim_start_matches("http://")
        .trim_end_matches("/xAPI/");
    let consent = pages::text_of(c, "lrs-consent").await?;
    assert!(
        consent.contains(host),
        "the consent names no host: {consent}"
    );
    // No name, no consent.
    harness::click(c, "[data-testid=accept-send]").await?;
    pages::shown(
        c,
        "accept-problem][data-problem=lrs-name-first",
        "a request for a name",
    )
    .await?;
    assert!(pages::stored(c, "savoir:assignments").await?.is_none());
    let name = c
        .find(fantoccini::Locator::Css("[data-testid=lrs-name]"))
        .await?;
    name.send_keys("Ana Lima").await?;
    harness::click(c, "[data-testid=accept-send]").await?;
    wait_stored(c, "savoir:assignments", id).await?;
    page.wait_accepted().await?;
    pages::shown(c, "lrs-counts", "the outbox's figures").await?;

    // The LRS goes down; the learner passes. The statements wait, and say why.
    tokio::task::block_in_place(|| lrs.stop());
    pass(c, base, &module).await?;
    AssignmentPage::open(c, base, Lang::En, code_of(&code_link)).await?;
    wait_for(
        c,
        "Number(document.querySelector('[data-testid=lrs-counts]').dataset.waiting) > 0 && document.querySelector('[data-testid=lrs-failure]')",
        "statements waiting, with why the last try failed",
    )
    .await?;
    let (sent, waiting, _) = counts(c).await?;
    assert_eq!(sent, 0, "nothing can have reached a stopped LRS");
    // A reload loses nothing: the outbox is in storage, the statements in it.
    let stored_outbox: Value =
        serde_json::from_str(&pages::stored(c, "savoir:outbox").await?.unwrap_or_default())?;
    let kept = stored_outbox["entries"].as_object().map_or(0, |e| {
        e.values()
            .filter(|x| x["state"] == "waiting" && x["statement"].is_object())
            .count()
    });
    assert_eq!(
        kept as u64, waiting,
        "the waiting statements are in storage"
    );
    c.refresh().await?;
    pages::shown(c, "lrs-counts", "the outbox's figures after a reload").await?;
    assert_eq!(counts(c).await?.1, waiting);

    // Back up; a second pass; everything goes, and only once.
    tokio::task::block_in_place(|| lrs.restart())?;
    pass(c, base, &module).await?;
    AssignmentPage::open(c, base, Lang::En, code_of(&code_link)).await?;
    // The second attempt's statements go by themselves, at once (those of
    // the first wait for their next try, after a back-off).
    wait_for(
        c,
        "Number(document.querySelector('[data-testid=lrs-counts]').dataset.sent) > 0",
        "statements sent without asking",
    )
    .await?;
    let deadline = Instant::now() + Duration::from_secs(60);
    let (sent, _, refused) = loop {
        let now = counts(c).await?;
        if now.1 == 0 && now.0 > waiting {
            break now;
        }
        if Instant::now() > deadline {
            return Err(format!("statements still waiting: {now:?}").into());
        }
        // "Send now" rather than the back-off's next try.
        harness::click(c, "[data-testid=lrs-send-now]").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    assert_eq!(refused, 0);
    let stored = tokio::task::block_in_place(|| lrs.statements(id))?;
    let ids: BTreeSet<&str> = stored.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids.len(), stored.len(), "the LRS holds a statement twice");
    // What the browser sent, not only what the LRS kept: each statement in
    // exactly one request that reached it (none sent again).
    let posted = posted_ids(&lrs)?;
    let once: BTreeSet<&str> = posted.iter().map(String::as_str).collect();
    assert_eq!(once.len(), posted.len(), "a statement was sent twice");
    assert_eq!(once, ids, "what was sent is what the LRS holds");
    assert_eq!(
        stored.len() as u64,
        sent,
        "the LRS holds what the page says was sent"
    );
    let verb = |v: &str| {
        stored
            .iter()
            .filter(|s| s["verb"]["id"].as_str().is_some_and(|x| x.ends_with(v)))
            .count()
    };
    assert_eq!(
        (verb("/attempted"), verb("/passed")),
        (2, 2),
        "two attempts, both passed"
    );
    let asked = first_checkpoint()?.module.checkpoint.asked();
    assert_eq!(
        verb("/answered"),
        2 * asked,
        "every answer of both attempts"
    );
    // What the LRS stored also passes Learning Locker's validator (Ralph
    // checked each with its own models on the way in).
    let file = scratch(
        "lrs-statements.json",
        &serde_json::json!({ "statements": stored }).to_string(),
    )?;
    validate_statements(&file)?;
    assert!(stored
        .iter()
        .all(|s| s["actor"]["name"] == "Ana Lima" && s["context"]["registration"] == id));

    // The trainer's dashboard reads the same LRS with a read key.
    let dashboard = Dashboard::open(c, base, Lang::En, "lrs-import").await?;
    let field = |css: &'static str| c.find(fantoccini::Locator::Css(css));
    field("[data-testid=lrs-link]")
        .await?
        .send_keys(&code_link)
        .await?;
    // The write key cannot read: the LRS's refusal is said.
    field("[data-testid=lrs-read-key]")
        .await?
        .send_keys(&lrs.write_key)
        .await?;
    harness::click(c, "[data-testid=lrs-read]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=lrs-import-status]').textContent.includes('401')",
        "the LRS refusing the write key",
    )
    .await?;
    field("[data-testid=lrs-read-key]").await?.clear().await?;
    field("[data-testid=lrs-read-key]")
        .await?
        .send_keys(&lrs.read_key)
        .await?;
    harness::click(c, "[data-testid=lrs-read]").await?;
    dashboard.wait_learners(1).await?;
    let learner = dashboard.first_learner().await?;
    assert!(learner.starts_with("Ana Lima"), "{learner}");
    let cell = dashboard.cell(None, &first_checkpoint()?.module.id).await?;
    assert_eq!(
        (cell.status.as_str(), cell.best.as_str()),
        ("passed", "100")
    );
    let status = pages::text_of(c, "lrs-import-status").await?;
    assert!(
        status.contains(&format!("Read {sent} statements")),
        "{status}"
    );

    // Two tabs on the assignment: one passes again; both hold the outbox
    // (the other takes in each save), one sends, and nothing goes twice.
    AssignmentPage::open(c, base, Lang::En, code_of(&code_link)).await?;
    pages::shown(c, "lrs-counts", "the first tab's outbox").await?;
    let first_tab = c.window().await?;
    let second_tab = c.new_window(true).await?.handle;
    c.switch_to_window(second_tab.clone()).await?;
    pass(c, base, &module).await?;
    AssignmentPage::open(c, base, Lang::En, code_of(&code_link)).await?;
    let third = (2 + asked) as u64;
    wait_for(
        c,
        &format!(
            "Number(document.querySelector('[data-testid=lrs-counts]').dataset.sent) === {} && Number(document.querySelector('[data-testid=lrs-counts]').dataset.waiting) === 0",
            sent + third
        ),
        "the third attempt sent from one of the two tabs",
    )
    .await?;
    c.close_window().await?;
    c.switch_to_window(first_tab).await?;
    // The first tab took in what the second sent.
    wait_for(
        c,
        &format!(
            "Number(document.querySelector('[data-testid=lrs-counts]').dataset.sent) === {}",
            sent + third
        ),
        "the first tab showing what the second sent",
    )
    .await?;
    let posted = posted_ids(&lrs)?;
    let once: BTreeSet<&str> = posted.iter().map(String::as_str).collect();
    assert_eq!(once.len(), posted.len(), "two tabs sent a statement twice");
    let sent = sent + third;
    assert_eq!(
        tokio::task::block_in_place(|| lrs.statements(id))?.len() as u64,
        sent
    );

    // Another assignment, declined: nothing goes to the LRS, though the
    // learner passes its checkpoint.
    let declined = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
    // (Another module: the first assignment, still sending, has the first.)
    let other = catalog().modules[1].id.clone();
    let declined_link = link(base, &lrs, declined, &other)?;
    AssignmentPage::open_link(c, &declined_link, Lang::En).await?;
    let before = lrs.requests()?.len();
    harness::click(c, "[data-testid=accept-no-send]").await?;
    wait_stored(c, "savoir:assignments", declined).await?;
    pages::shown(c, "lrs-off", "the assignment saying nothing is sent").await?;
    pass(c, base, &other).await?;
    // The sender makes statements 300 ms after a change and sends them at
    // once: two seconds leave it that time several times over. (The one
    // fixed wait of the journeys: what is awaited is that nothing happens.)
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = lrs.requests()?;
    assert!(
        after.len() == before,
        "the LRS received requests after a learner declined: {:?}",
        &after[before..]
    );
    let there = tokio::task::block_in_place(|| lrs.statements(declined))?;
    assert!(
        there.is_empty(),
        "the LRS holds {} statements of a decliner",
        there.len()
    );
    // And the first assignment's count did not move.
    assert_eq!(
        tokio::task::block_in_place(|| lrs.statements(id))?.len() as u64,
        sent
    );
    Ok(())
}
