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

use crate::adapters::storage::AppStore;
use crate::domain::shared::store::{key, DocumentError};
use crate::domain::trainer::assigned::Accepted;
use crate::domain::trainer::lrs::outbox::Outbox;
use crate::ui::assignments::Assignments;
use crate::ui::learner::Learner;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

mod sender;

use sender::lease_key;
pub use sender::{start, Sender};

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

impl LrsState {
    /// The statements of `assignment` the LRS refused wait again, and go
    /// (the sender saves the outbox at its next change).
    pub fn retry_refused(&self, assignment: &str) {
        let mut again = 0;
        self.outbox.update(|o| again = o.retry_refused(assignment));
        if again > 0 {
            self.nudge.update(|n| *n += 1);
        }
    }
}

/// The outbox state provided by the app, if any.
pub fn use_lrs() -> Option<LrsState> {
    use_context::<LrsState>()
}

/// Erases the outbox and the sending lease (the learner erases their data
/// on this device): statements of erased work are never sent afterwards.
pub fn forget(store: &AppStore, state: Option<LrsState>) -> Result<(), DocumentError> {
    store.as_store().remove(&key("outbox"))?;
    store.as_store().remove(&lease_key())?;
    if let Some(state) = state {
        state.outbox.set(Outbox::default());
        state.problem.set(None);
    }
    Ok(())
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
    let started = Rc::new(Cell::new(false));
    // The sender's effects and listeners live under an owner of their own,
    // a child of the app's: the effect below holds it, which it could not
    // do with the app's own owner without keeping the app alive for ever.
    let owner = Owner::new();
    Effect::new(move |_| {
        let needed = assignments.with(|a| a.items.iter().any(Accepted::sends));
        if !needed || started.replace(true) {
            return;
        }
        let (store, owner, started) = (store.clone(), owner.clone(), started.clone());
        leptos::task::spawn_local(async move {
            match crate::ui::lazy::lrs_sender().await {
                Ok(start) => owner.with(|| start(Sender::new(store, learner, assignments, state))),
                // Tried again at the next change (the chunk could not be
                // fetched: offline on a first visit, say).
                Err(e) => {
                    crate::ui::document::log_error(&e);
                    started.set(false);
                }
            }
        });
    });
}
