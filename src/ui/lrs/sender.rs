//! The sender (see the parent module): fills the outbox from progress and
//! empties it into the LRS, one tab at a time as a rule.

use crate::adapters::content::{fetch_module, ContentSource, LoadedModule};
use crate::adapters::storage::AppStore;
use crate::domain::shared::store::{self, key, DocumentError};
use crate::domain::trainer::assigned::Accepted;
use crate::domain::trainer::lrs::outbox::Outbox;
use crate::domain::trainer::lrs::{finished_only, Lrs};
use crate::ui::assignments::{now, Assignments, LoadedModules};
use crate::ui::learner::Learner;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use super::LrsState;

/// What the sender works with.
#[derive(Clone)]
pub struct Sender {
    store: AppStore,
    learner: Learner,
    assignments: Assignments,
    state: LrsState,
    source: ContentSource,
    /// This page's mark in the sending lease.
    tab: String,
    busy: Rc<Cell<bool>>,
    timer: Rc<RefCell<Option<TimeoutHandle>>>,
    modules: Rc<RefCell<BTreeMap<String, Arc<LoadedModule>>>>,
}

/// How long a tab may send before another takes over, in milliseconds,
/// where the browser has no Web Locks.
const LEASE: u64 = 20_000;

/// The name of the browser's lock on sending.
const LOCK: &str = "savoir:outbox";

pub(super) fn lease_key() -> String {
    key("outbox-lease")
}

/// This tab's mark in the lease: kept in the tab's session storage, so that
/// a reload or a new page in the same tab is the same sender, not another
/// tab that must wait for the lease to lapse.
fn tab_id() -> String {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    let name = key("tab");
    if let Some(id) = session
        .as_ref()
        .and_then(|s| s.get_item(&name).ok().flatten())
    {
        return id;
    }
    let id = crate::ui::document::random_uuid();
    if let Some(s) = session {
        let _ = s.set_item(&name, &id);
    }
    id
}

impl Sender {
    pub(super) fn new(
        store: AppStore,
        learner: Learner,
        assignments: Assignments,
        state: LrsState,
    ) -> Sender {
        Sender {
            store,
            learner,
            assignments,
            state,
            source: crate::ui::app::use_content_source(),
            tab: tab_id(),
            busy: Rc::default(),
            timer: Rc::default(),
            modules: Rc::default(),
        }
    }

    /// The assignment, if its statements may be sent (accepted, with an
    /// LRS, and the learner consented).
    fn lrs_of(&self, assignment: &str) -> Option<Lrs> {
        self.assignments.with_untracked(|a| {
            a.get(assignment)
                .filter(|x| x.sends())
                .and_then(|x| x.assignment.lrs.clone())
        })
    }

    /// Applies `change` to the outbox and saves it, taking in what another
    /// tab saved first. What cannot be saved stays in this tab's memory
    /// and is said. `false` when nothing was applied: the stored outbox
    /// cannot be read, and is never acted on.
    fn change(&self, change: impl FnOnce(&mut Outbox)) -> bool {
        if self.unreadable() {
            return false;
        }
        let mut next = self.state.outbox.get_untracked();
        change(&mut next);
        let saved = store::save_merged(self.store.as_store(), &mut next, &(), |mine, stored| {
            mine.merge(stored)
        });
        self.state.outbox.set(next);
        self.state.problem.set(saved.err());
        !self.unreadable()
    }

    /// Whether the stored outbox could not be read (or a later version
    /// wrote it): then it is neither written over nor sent from. (Storage
    /// that refuses a save is said, and sending goes on from memory.)
    fn unreadable(&self) -> bool {
        self.state.problem.with_untracked(|p| {
            matches!(
                p,
                Some(DocumentError::Corrupt(_) | DocumentError::NewerSchema(_))
            )
        })
    }

    /// Takes the sending lease, or renews it; `false` if another tab holds
    /// it. The lease keeps tabs from sending the same batches as a rule,
    /// not as a lock (two tabs may read it at once): a statement sent twice
    /// is kept once by the LRS, its id saying what it is. Storage that
    /// refuses the lease (full) does not stop this tab sending.
    fn lease(&self) -> bool {
        let store = self.store.as_store();
        let now = now();
        let held = store.read(&lease_key()).ok().flatten().and_then(|v| {
            let (tab, until) = v.split_once('|')?;
            Some((tab.to_owned(), until.parse::<u64>().ok()?))
        });
        if let Some((tab, until)) = held {
            if tab != self.tab && until > now && until <= now + LEASE {
                return false;
            }
        }
        let _ = store.write(&lease_key(), &format!("{}|{}", self.tab, now + LEASE));
        true
    }

    /// Gives the lease up, if this tab holds it (the page is leaving).
    fn release(&self) {
        let store = self.store.as_store();
        let ours = store
            .read(&lease_key())
            .ok()
            .flatten()
            .is_some_and(|v| v.split_once('|').is_some_and(|(tab, _)| tab == self.tab));
        if ours {
            let _ = store.remove(&lease_key());
        }
    }

    /// Queues the statements of every sending assignment not queued yet.
    async fn enqueue(&self) {
        let sending: Vec<Accepted> = self
            .assignments
            .with_untracked(|a| a.items.iter().filter(|x| x.sends()).cloned().collect());
        let signature = self.assignments.with_untracked(|a| a.signature.clone());
        // Progress read in part would send less than the learner did.
        let partial = self.learner.notices().iter().any(|n| n.hides_progress());
        let Some(signature) = signature.filter(|_| !partial) else {
            return;
        };
        for accepted in sending {
            let a = &accepted.assignment;
            for m in &a.modules {
                if self.modules.borrow().contains_key(m) {
                    continue;
                }
                if let Ok(module) = fetch_module(&self.source, m).await {
                    self.modules.borrow_mut().insert(m.to_owned(), module);
                }
            }
            let loaded = LoadedModules(self.modules.borrow().values().cloned().collect());
            if !loaded.has_all(a) {
                continue;
            }
            let progress = self.learner.snapshot();
            let results = finished_only(loaded.results(signature.clone(), a, &progress));
            let found: Vec<serde_json::Value> = loaded
                .statements(&results)
                .iter()
                .filter_map(|s| serde_json::to_value(s).ok())
                .collect();
            let new = self
                .state
                .outbox
                .with_untracked(|o| found.iter().any(|s| !o.entries.contains_key(id_of(s))));
            if new {
                self.change(|o| {
                    o.enqueue(&a.id, found, now());
                });
            }
        }
    }

    /// Sends what is due, a batch at a time, then sets a timer for the next
    /// retry. One tab sends at a time: it holds the browser's lock on the
    /// outbox while it sends (Web Locks), or, where the browser has none,
    /// the lease in storage.
    async fn pump(&self) {
        if self.busy.replace(true) {
            return;
        }
        // Offline, the `online` event wakes the sender; an outbox that cannot
        // be read is never acted on.
        let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
        if !online || self.unreadable() {
            self.busy.set(false);
            return;
        }
        use crate::adapters::lrs::{exclusively, Locked};
        let this = self.clone();
        let ran = exclusively(LOCK, async move { this.send_due(false).await }).await;
        if ran == Locked::Unsupported {
            self.send_due(true).await;
        }
        self.busy.set(false);
        self.schedule();
    }

    /// Takes in what other tabs saved (they may have sent some of what
    /// waits here before this tab took the lock).
    fn refresh(&self) {
        if let Ok(stored) = store::load::<Outbox>(self.store.as_store(), &()) {
            self.state.outbox.update(|o| o.merge(stored));
        }
    }

    /// The sending itself, batch after batch until none is due.
    async fn send_due(&self, lease: bool) {
        loop {
            self.refresh();
            let sendable = |a: &str| self.lrs_of(a).is_some();
            let Some(batch) = self
                .state
                .outbox
                .with_untracked(|o| o.due(now(), &sendable))
            else {
                break;
            };
            if lease && !self.lease() {
                break;
            }
            let Some(lrs) = self.lrs_of(&batch.assignment) else {
                break;
            };
            self.state.sending.set(true);
            let sent =
                crate::adapters::lrs::send(&lrs.statements_url(), &lrs.key, &batch.statements)
                    .await;
            self.state.sending.set(false);
            use crate::adapters::lrs::LrsFailure;
            // A conflict: the LRS holds other content under one of these
            // ids (a statement made again after a rename, say). Split, and
            // the statement at fault is kept with the LRS's reason.
            let applied = match sent {
                Ok(()) => self.change(|o| o.delivered(&batch.ids)),
                Err(e @ (LrsFailure::Conflict(_) | LrsFailure::Refused { .. })) => {
                    self.change(|o| o.refused(&batch.ids, &e.to_string()))
                }
                Err(e @ (LrsFailure::Unreachable(_) | LrsFailure::NotNow { .. })) => {
                    self.change(|o| o.failed(&batch.ids, &e.to_string(), now()))
                }
            };
            if !applied {
                break;
            }
        }
    }

    /// Wakes the sender when the next waiting statement is due.
    fn schedule(&self) {
        if let Some(old) = self.timer.borrow_mut().take() {
            old.clear();
        }
        let sendable = |a: &str| self.lrs_of(a).is_some();
        let Some(due) = self.state.outbox.with_untracked(|o| o.next_due(&sendable)) else {
            return;
        };
        // Another tab holds the lock or lease: it sends what is due; look
        // again later all the same, should it close first.
        let wait = due.saturating_sub(now()).clamp(1_000, LEASE);
        let this = self.clone();
        let handle = set_timeout_with_handle(
            move || leptos::task::spawn_local(async move { this.pump().await }),
            std::time::Duration::from_millis(wait),
        );
        *self.timer.borrow_mut() = handle.ok();
    }
}

fn id_of(statement: &serde_json::Value) -> &str {
    statement
        .get("id")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
}

/// Starts sending: loads the outbox, follows other tabs, queues and sends
/// at every change of progress or consent, when back online, and when the
/// learner asks.
pub fn start(sender: Sender) {
    let state = sender.state;
    match store::load::<Outbox>(sender.store.as_store(), &()) {
        Ok(outbox) => state.outbox.set(outbox),
        Err(e) => {
            crate::ui::document::log_error(&e);
            state.problem.set(Some(e));
            return;
        }
    }
    let own = key("outbox");
    let store = sender.store.clone();
    let merged = sender.clone();
    let other_tab = window_event_listener(leptos::ev::storage, move |e| {
        let ours = e
            .key()
            .is_some_and(|k| store.own_key(&k).as_deref() == Some(own.as_str()));
        if !ours {
            return;
        }
        if let Some(theirs) = e
            .new_value()
            .and_then(|t| store::decode::<Outbox>(&t, &()).ok())
        {
            state.outbox.update(|o| o.merge(theirs));
            // What that tab queued (and may not stay to send) is sent here.
            let merged = merged.clone();
            leptos::task::spawn_local(async move { merged.pump().await });
        }
    });
    let wake = sender.clone();
    let online = window_event_listener_untyped("online", move |_| {
        let _ = wake.change(Outbox::retry_now);
        let wake = wake.clone();
        leptos::task::spawn_local(async move { wake.pump().await });
    });
    let leaving = sender.clone();
    let hide = window_event_listener_untyped("pagehide", move |_| leaving.release());
    on_cleanup(move || {
        other_tab.remove();
        online.remove();
        hide.remove();
    });
    let run = sender.clone();
    // Changes come in bursts (each answer of a checkpoint): the statements
    // are made once the learner pauses, 300 ms after the last change.
    let pending: Rc<RefCell<Option<TimeoutHandle>>> = Rc::default();
    Effect::new(move |before: Option<u32>| {
        // Tracked: progress, the accepted assignments (a consent given or
        // withdrawn), and the learner's "Send now".
        run.learner.with(|_| ());
        run.assignments.with(|_| ());
        let nudge = state.nudge.get();
        let asked = before.is_some_and(|b| b != nudge);
        if asked {
            let _ = run.change(Outbox::retry_now);
        }
        if let Some(old) = pending.borrow_mut().take() {
            old.clear();
        }
        let later = run.clone();
        let handle = set_timeout_with_handle(
            move || {
                leptos::task::spawn_local(async move {
                    later.enqueue().await;
                    later.pump().await;
                })
            },
            std::time::Duration::from_millis(if asked { 0 } else { 300 }),
        );
        *pending.borrow_mut() = handle.ok();
        nudge
    });
}
