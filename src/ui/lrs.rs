//! Live xAPI to the LRS of an assignment the learner consented for (see
//! `domain::trainer::lrs`): the outbox as a signal every page can read,
//! and the sender that fills and empties it.
//!
//! The sender starts once an accepted assignment sends, and lives in a code
//! chunk of its own in the release build (`ui::lazy::lrs_sender`): a learner
//! without such an assignment never fetches it. It
//! - queues, at every change of progress, the statements of each sending
//!   assignment's results not seen before (finished things only);
//! - sends what is due, a batch at a time, while the browser is online,
//!   and again when it comes back online, when the learner asks, and when
//!   the next retry is due;
//! - saves the outbox after every change, taking in another tab's copy
//!   first, and takes in another tab's saves as they happen;
//! - lets one tab send at a time (a lease in storage, renewed with every
//!   batch): should two send the same statement anyway, the LRS keeps it
//!   once, as its id says what it is.

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

/// The outbox, as every page sees it.
#[derive(Clone, Copy)]
pub struct LrsState {
    /// What this device queued, sent and had refused (tracked).
    pub outbox: RwSignal<Outbox>,
    /// Bumped to send what waits now (the learner's "Send now").
    pub nudge: RwSignal<u32>,
    /// Why the stored outbox cannot be read or kept, if so: then nothing
    /// is sent, and nothing written over.
    pub problem: RwSignal<Option<DocumentError>>,
    /// Whether a batch is on its way.
    pub sending: RwSignal<bool>,
}

/// The outbox state provided by the app, if any.
pub fn use_lrs() -> Option<LrsState> {
    use_context::<LrsState>()
}

/// Provides the outbox state, and starts the sender once an accepted
/// assignment sends (at once if one already does).
pub fn provide(store: AppStore, learner: Learner, assignments: Assignments) {
    let state = LrsState {
        outbox: RwSignal::new(Outbox::default()),
        nudge: RwSignal::new(0),
        problem: RwSignal::new(None),
        sending: RwSignal::new(false),
    };
    provide_context(state);
    let started = Cell::new(false);
    // The sender's effects and listeners live under an owner of their own,
    // a child of the app's: the effect below holds it, which it could not
    // do with the app's own owner without keeping the app alive for ever.
    let owner = Owner::new();
    Effect::new(move |_| {
        let needed = assignments.with(|a| a.items.iter().any(Accepted::sends));
        if !needed || started.replace(true) {
            return;
        }
        let (store, owner) = (store.clone(), owner.clone());
        leptos::task::spawn_local(async move {
            match crate::ui::lazy::lrs_sender().await {
                Ok(start) => owner.with(|| start(Sender::new(store, learner, assignments, state))),
                Err(e) => crate::ui::document::log_error(&e),
            }
        });
    });
}

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

/// How long a tab may send before another takes over, in milliseconds.
const LEASE: u64 = 20_000;

fn lease_key() -> String {
    key("outbox-lease")
}

impl Sender {
    fn new(store: AppStore, learner: Learner, assignments: Assignments, state: LrsState) -> Sender {
        Sender {
            store,
            learner,
            assignments,
            state,
            source: crate::ui::app::use_content_source(),
            tab: crate::ui::document::random_uuid(),
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
    /// and is said.
    fn change(&self, change: impl FnOnce(&mut Outbox)) {
        if self.unreadable() {
            return;
        }
        let mut next = self.state.outbox.get_untracked();
        change(&mut next);
        let saved = store::save_merged(self.store.as_store(), &mut next, &(), |mine, stored| {
            mine.merge(stored)
        });
        self.state.outbox.set(next);
        self.state.problem.set(saved.err());
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

    /// Takes the sending lease, or renews it; `false` if another tab holds it.
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
        store
            .write(&lease_key(), &format!("{}|{}", self.tab, now + LEASE))
            .is_ok()
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
    /// retry.
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
        loop {
            let sendable = |a: &str| self.lrs_of(a).is_some();
            let Some(batch) = self
                .state
                .outbox
                .with_untracked(|o| o.due(now(), &sendable))
            else {
                break;
            };
            if !self.lease() {
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
            match sent {
                Ok(()) => self.change(|o| o.delivered(&batch.ids)),
                // Sent alone, a conflict means the LRS holds it already.
                Err(LrsFailure::Conflict(_)) if batch.ids.len() == 1 => {
                    self.change(|o| o.delivered(&batch.ids))
                }
                Err(e @ (LrsFailure::Conflict(_) | LrsFailure::Refused { .. })) => {
                    self.change(|o| o.refused(&batch.ids, &e.to_string()))
                }
                Err(e @ (LrsFailure::Unreachable(_) | LrsFailure::NotNow { .. })) => {
                    self.change(|o| o.failed(&batch.ids, &e.to_string(), now()));
                }
            }
        }
        self.busy.set(false);
        self.schedule();
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
        // Another tab holds the lease: look again once it may have lapsed.
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
        }
    });
    let wake = sender.clone();
    let online = window_event_listener_untyped("online", move |_| {
        wake.change(Outbox::retry_now);
        let wake = wake.clone();
        leptos::task::spawn_local(async move { wake.pump().await });
    });
    on_cleanup(move || {
        other_tab.remove();
        online.remove();
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
            run.change(Outbox::retry_now);
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
