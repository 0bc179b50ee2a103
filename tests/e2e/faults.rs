//! Every stored document under every storage fault (issue 14): progress,
//! preferences, accepted assignments and the trainer's class, each with a
//! full storage, a write that throws anything else, a read that throws, a
//! write that reads back different, a newer version's document and an
//! unreadable one.
//!
//! Each document is read leniently and never written over when it could not
//! be read or was written by a newer version (the schema number is read
//! first, whatever the structure). The table says, for each document and
//! each fault, what the user sees and what is kept. The journey named in a
//! cell proves it; a cell naming none is proved by its column's
//! `every_fault_…` journey, here (one journey per document). The progress
//! column's journeys are the `fault_*` ones (`storage.rs`) and the
//! `defect_*` ones (`nothing_lost.rs`); `an_unreadable_dashboard…` is in
//! `assign.rs`. The progress and preferences columns are also proved on the
//! host, by the tests of `domain::learner::session`.
//!
//! | fault | progress (`savoir:progress`) | preferences (`savoir:preferences`) | accepted assignments (`savoir:assignments`) | trainer's class (`savoir-trainer:class`) |
//! |---|---|---|---|---|
//! | storage full | banner "storage full" with the download; changes kept in the tab and retried (`fault_6`) | banner "choice not remembered"; the choice applies in the tab; stored copy untouched | "storage is full" where Accept was pressed; not shown as accepted; stored copy untouched | each file "not imported: storage is full"; the grid goes back to what is stored (`defect_5`) |
//! | any other exception on write | banner "refused to save" with the download; retried every 3 s (`session::RETRY_DELAY`) and at the next change (`defect_1`: DOMException, Error, SecurityError, a string, null) | as above | "refused to keep" where Accept was pressed | each file "not imported: refused" |
//! | a read that throws | banner "could not be read"; nothing written until a read works; then this visit's work is merged in, a reflection typed meanwhile kept beside the stored one (`defect_3`) | banner; nothing written (the other choice stored would be lost) | catalog and Accept say "refused"; nothing written | "could not read the dashboard"; imports not kept; nothing written |
//! | a write that reads back different | banner "did not save correctly" with the download (`fault_11`) | banner "choice not remembered" | "refused to keep" | each file "not imported: refused" |
//! | a newer version's document | banner "newer version"; read-only, never written over (`fault_4`) | banner; never written over | catalog and Accept say "newer version"; never written over (`defect_6`) | "saved by a newer version"; never written over |
//! | an unreadable document | banner with the download of the copy kept aside (`savoir:progress:unreadable`); fresh start (`fault_2`); unreadable parts only: dropped and said (`fault_5`) | replaced from the defaults (two choices, no learner work), no banner | catalog and Accept say "cannot be read"; never written over (`defect_6`) | "cannot be read"; never written over; can be removed on purpose (`an_unreadable_dashboard…`) |
//!
//! Beyond the table: a write to progress waits while another tab on a newer
//! version of the course has stored parts this one cannot read
//! (`an_older_tab_never_writes_over_a_newer_versions_progress`); accepted
//! assignments are a union across tabs, and one is shown as accepted only
//! once stored and never changes (a link with its id and other content is a
//! conflicting assignment, `defect_4`); the class keeps each copy of an
//! assignment apart (`domain::trainer::class::copy_key`, `defect_10`); a
//! progress file is checked by the loader's own rules before it replaces
//! anything (`defect_7`).

use super::nothing_lost::{drop_files, open_link, result_file, sample_assignment};
use super::pages::{Banner, Notice};
use super::ready_in;
use super::storage::before_every_page;
use crate::harness::{click, eval, wait_for, BoxError};
use fantoccini::Client;
use savoir::adapters::content::catalog;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use serde_json::json;

/// Storage made to fail from the start of every page, as the session's
/// `__fault` (kept in sessionStorage, read before anything is patched) says.
const FAULTS: &str = r#"(() => {
  const get = Storage.prototype.getItem, set = Storage.prototype.setItem;
  window.__get = get;
  const raw = get.call(sessionStorage, '__fault');
  if (!raw) return;
  const [kind, key] = JSON.parse(raw);
  if (kind === 'quota') Storage.prototype.setItem = function (k, v) { if (k === key) throw new DOMException('full', 'QuotaExceededError'); return set.call(this, k, v); };
  if (kind === 'throws') Storage.prototype.setItem = function (k, v) { if (k === key) throw new Error('disk'); return set.call(this, k, v); };
  if (kind === 'read-throws') Storage.prototype.getItem = function (k) { if (k === key) throw new DOMException('x', 'UnknownError'); return get.call(this, k); };
  if (kind === 'read-back') Storage.prototype.setItem = function (k, v) { return set.call(this, k, k === key ? v.slice(0, -1) + ' ' : v); };
})();"#;

#[derive(Clone, Copy, Debug)]
enum Fault {
    Quota,
    Throws,
    ReadThrows,
    ReadBack,
    Newer,
    Unreadable,
}

const ALL: [Fault; 6] = [
    Fault::Quota,
    Fault::Throws,
    Fault::ReadThrows,
    Fault::ReadBack,
    Fault::Newer,
    Fault::Unreadable,
];

const NEWER: &str = r#"{"schema":99,"items":{"a":[1]},"results":7}"#;
const UNREADABLE: &str = r#"{"schema":1,"items":[{"assign"#;

/// Puts `seed` under `key` (or the fault's own document), sets the fault for
/// the pages that follow, and opens `page`.
async fn arrange(
    c: &Client,
    base: &str,
    key: &str,
    seed: &str,
    fault: Fault,
    page: &str,
) -> Result<String, BoxError> {
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    let stored = match fault {
        Fault::Newer => NEWER,
        Fault::Unreadable => UNREADABLE,
        _ => seed,
    };
    let injected = match fault {
        Fault::Quota => Some("quota"),
        Fault::Throws => Some("throws"),
        Fault::ReadThrows => Some("read-throws"),
        Fault::ReadBack => Some("read-back"),
        Fault::Newer | Fault::Unreadable => None,
    };
    c.execute(
        "localStorage.clear(); sessionStorage.clear(); localStorage.setItem(arguments[0], arguments[1]); if (arguments[2]) sessionStorage.setItem('__fault', JSON.stringify([arguments[2], arguments[0]]));",
        vec![json!(key), json!(stored), json!(injected)],
    )
    .await?;
    c.goto(&format!("{base}{page}")).await?;
    ready_in(c, page.get(1..3).unwrap_or("en")).await?;
    Ok(stored.to_owned())
}

async fn stored(c: &Client, key: &str) -> Result<Option<String>, BoxError> {
    let v = eval(
        c,
        &format!("window.__get.call(localStorage, {})", json!(key)),
    )
    .await?;
    Ok(v.as_str().map(str::to_owned))
}

async fn shown(c: &Client, css: &str, what: &str) -> Result<(), BoxError> {
    wait_for(c, &format!("document.querySelector({})", json!(css)), what).await
}

async fn done(c: &Client) -> Result<(), BoxError> {
    c.execute("sessionStorage.clear();", vec![]).await?;
    Ok(())
}

/// Preferences: the reading mode toggled on a lesson.
pub async fn every_fault_of_the_preferences_is_told_and_nothing_newer_or_unread_is_overwritten(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    before_every_page(c, FAULTS).await?;
    let key = "savoir:preferences";
    let seed = r#"{"schema":1,"lang":"en","bilingual":false}"#;
    let m = &catalog().modules[0];
    let page = route::lesson(Lang::En, &m.id, &m.lessons[0].id);
    for fault in ALL {
        let before = arrange(c, base, key, seed, fault, &page).await?;
        shown(
            c,
            "[data-testid=bilingual-toggle]",
            "the reading-mode toggle",
        )
        .await?;
        click(c, "[data-testid=bilingual-toggle]").await?;
        let notice = Notice::PreferencesNotSaved;
        match fault {
            Fault::Unreadable => {
                // Two choices and no learner work: replaced, and kept from now on.
                wait_for(c, "(window.__get.call(localStorage, 'savoir:preferences') || '').includes('\"bilingual\":true')", "the preferences replaced").await?;
                assert!(!Banner::is_shown(c, notice).await?, "{fault:?}");
            }
            _ => {
                Banner::wait(c, notice).await?;
                if !matches!(fault, Fault::ReadBack) {
                    assert_eq!(
                        stored(c, key).await?.as_deref(),
                        Some(before.as_str()),
                        "{fault:?}: kept"
                    );
                }
            }
        }
        // The choice still applies here.
        shown(c, "html[data-bilingual]", "bilingual mode on").await?;
        done(c).await?;
    }
    Ok(())
}

/// Accepted assignments: the catalog, then accepting another link.
pub async fn every_fault_of_the_accepted_assignments_is_told_and_nothing_is_overwritten(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    use savoir::domain::trainer::assigned::Assigned;
    before_every_page(c, FAULTS).await?;
    let key = "savoir:assignments";
    let mut seed = Assigned::default();
    let mut first = sample_assignment();
    first.id = "0b0e3c1a-1111-4222-8333-944455556666".into();
    seed.accept(first, 1_795_000_000_000, None);
    let seed = seed.encode();
    for fault in ALL {
        let before = arrange(c, base, key, &seed, fault, &route::home(Lang::En)).await?;
        let (catalog_says, accept_says) = match fault {
            Fault::Quota => (None, "assignments-problem-full"),
            Fault::Throws | Fault::ReadBack => (None, "assignments-problem-storage"),
            Fault::ReadThrows => (
                Some("assignments-problem-storage"),
                "assignments-problem-storage",
            ),
            Fault::Newer => (
                Some("assignments-problem-newer"),
                "assignments-problem-newer",
            ),
            Fault::Unreadable => (
                Some("assignments-problem-unreadable"),
                "assignments-problem-unreadable",
            ),
        };
        if let Some(id) = catalog_says {
            shown(
                c,
                &format!("[data-testid=assignments-problem][data-problem='{id}']"),
                &format!("the catalog's warning ({fault:?})"),
            )
            .await?;
        } else {
            shown(
                c,
                "[data-testid=assigned]",
                "the accepted assignment listed",
            )
            .await?;
        }
        open_link(c, base, &sample_assignment().encode()).await?;
        click(c, "[data-testid=accept]").await?;
        shown(
            c,
            &format!("[data-testid=accept-problem][data-problem='{accept_says}']"),
            &format!("why accepting failed ({fault:?})"),
        )
        .await?;
        if !matches!(fault, Fault::ReadBack) {
            assert_eq!(
                stored(c, key).await?.as_deref(),
                Some(before.as_str()),
                "{fault:?}: kept"
            );
        }
        done(c).await?;
    }
    Ok(())
}

/// The trainer's class: the dashboard, then a result file dropped on it.
pub async fn every_fault_of_the_class_dashboard_is_told_and_nothing_is_overwritten(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    use savoir::domain::trainer::class::Class;
    use savoir::domain::trainer::results::Results;
    before_every_page(c, FAULTS).await?;
    let key = "savoir-trainer:class";
    let a = sample_assignment();
    let mut seed = Class::default();
    let ana =
        Results::from_file(&result_file(&a, "learner-ana", "Ana")?).map_err(|e| e.to_string())?;
    seed.import(ana);
    let seed = seed.encode();
    for fault in ALL {
        let before = arrange(c, base, key, &seed, fault, &route::dashboard(Lang::En)).await?;
        shown(c, "[data-testid=dropzone]", "the dashboard").await?;
        let (at_start, after_drop) = match fault {
            Fault::Quota => (None, "dashboard-not-saved-full"),
            Fault::Throws | Fault::ReadBack => (None, "dashboard-not-saved"),
            Fault::ReadThrows => (Some("dashboard-not-read"), "dashboard-not-read"),
            Fault::Newer => (
                Some("dashboard-not-saved-newer"),
                "dashboard-not-saved-newer",
            ),
            Fault::Unreadable => (
                Some("dashboard-not-saved-unreadable"),
                "dashboard-not-saved-unreadable",
            ),
        };
        if let Some(id) = at_start {
            shown(
                c,
                &format!("[data-testid=dashboard-unreadable][data-problem='{id}']"),
                &format!("the dashboard's warning ({fault:?})"),
            )
            .await?;
        }
        drop_files(c, &[("ben.json", result_file(&a, "learner-ben", "Ben")?)]).await?;
        shown(
            c,
            &format!("[data-testid=dashboard-not-saved][data-problem='{after_drop}']"),
            &format!("what was not kept ({fault:?})"),
        )
        .await?;
        assert_eq!(
            eval(c, "document.querySelectorAll('[data-testid=class-grid] tr[data-learner=learner-ben]').length").await?,
            json!(0),
            "{fault:?}: nothing shown that was not kept"
        );
        if !matches!(fault, Fault::ReadBack) {
            assert_eq!(
                stored(c, key).await?.as_deref(),
                Some(before.as_str()),
                "{fault:?}: kept"
            );
        }
        done(c).await?;
    }
    Ok(())
}
