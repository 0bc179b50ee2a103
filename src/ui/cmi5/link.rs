//! The cmi5 session once launched: what is due is queued, and one sender
//! sends the queue in order (see `ui::cmi5`).

use super::{pause, Cmi5Error};
use crate::adapters::content::catalog;
use crate::adapters::lrs::{self, LrsFailure};
use crate::domain::trainer::cmi5::{self, LaunchError, Return, Session, Standing};
use crate::ui::document::log_error;
use crate::ui::learner::Learner;
use crate::ui::scorm::LmsState;
use leptos::prelude::*;
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

/// The first wait before sending again, and the longest.
const RETRY_FIRST: Duration = Duration::from_secs(5);
const RETRY_MOST: Duration = Duration::from_secs(60);

/// The session, for the visit.
#[derive(Clone)]
pub(super) struct Link {
    session: Rc<RefCell<Session>>,
    token: Rc<str>,
    module: Rc<str>,
    /// Made, not yet taken by the LRS, in order.
    queue: Rc<RefCell<Vec<Value>>>,
    /// Whether the sender is at work (it alone sends, one request at a
    /// time).
    busy: Rc<Cell<bool>>,
    /// Whether a try again is set.
    waiting: Rc<Cell<bool>>,
    retry: Rc<Cell<Duration>>,
    learner: Learner,
    state: Option<LmsState>,
}

impl Link {
    pub(super) fn run(
        session: Session,
        token: String,
        module: String,
        learner: Learner,
        state: Option<LmsState>,
    ) {
        let link = Link {
            session: Rc::new(RefCell::new(session)),
            token: token.into(),
            module: module.into(),
            queue: Rc::default(),
            busy: Rc::default(),
            waiting: Rc::default(),
            retry: Rc::new(Cell::new(RETRY_FIRST)),
            learner,
            state,
        };
        let on_change = link.clone();
        Effect::new(move |_| {
            let standing = on_change.standing();
            on_change.make(standing, false);
            on_change.pump();
        });
        let on_leave = link.clone();
        let leaving = window_event_listener_untyped("pagehide", move |event| {
            let kept = js_sys::Reflect::get(&event, &"persisted".into())
                .ok()
                .and_then(|p| p.as_bool())
                .unwrap_or(false);
            if kept {
                // Kept to come back to: the session goes on if it does.
                on_leave.pump();
            } else {
                on_leave.leave_now();
            }
        });
        let on_hide = link.clone();
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if hidden {
                on_hide.pump();
            }
        });
        on_cleanup(move || {
            leaving.remove();
            hidden.remove();
        });
        if let Some(state) = state {
            let on_finish = link.clone();
            state.finish.set_value(Some(Rc::new(move || {
                let link = on_finish.clone();
                leptos::task::spawn_local(async move { link.finish().await });
            })));
            state.can_finish.set(true);
        }
    }

    fn standing(&self) -> Standing {
        let mastery = self.session.borrow().data.mastery;
        self.learner
            .with(|p| cmi5::standing(p, catalog(), &self.module, mastery))
    }

    /// Queues the statements now due, a millisecond apart.
    fn make(&self, standing: Standing, leaving: bool) {
        let now = js_sys::Date::now() as u64;
        let mut session = self.session.borrow_mut();
        let due = session.due(standing, leaving);
        let made: Vec<Value> = due
            .into_iter()
            .zip(now..)
            .map(|(verb, at)| session.statement(verb, at, standing))
            .collect();
        for statement in &made {
            // Made here, so never expected to fail: said, and sent all the
            // same (the LRS is the judge).
            let problems = crate::domain::trainer::lrs::check::problems(statement);
            if !problems.is_empty() {
                log_error(&Cmi5Error::Launch(LaunchError::Invalid(
                    "statement",
                    problems.join("; "),
                )));
            }
        }
        self.queue.borrow_mut().extend(made);
    }

    fn statements_url(&self) -> String {
        format!("{}statements", self.session.borrow().launch.endpoint)
    }

    /// Starts the sender, unless it is at work (it then sends what was
    /// queued since, before it stops).
    fn pump(&self) {
        if self.busy.replace(true) {
            return;
        }
        let link = self.clone();
        leptos::task::spawn_local(async move {
            let sent = link.send_queued().await;
            link.busy.set(false);
            if !sent && !link.waiting.replace(true) {
                let wait = link.retry.get();
                link.retry.set((wait * 2).min(RETRY_MOST));
                let again = link.clone();
                let _ = set_timeout_with_handle(
                    move || {
                        again.waiting.set(false);
                        again.pump();
                    },
                    wait,
                );
            }
        });
    }

    /// Sends the queue until it is empty (true), or the LRS cannot take it
    /// now (false).
    async fn send_queued(&self) -> bool {
        loop {
            let batch = self.queue.borrow().clone();
            if batch.is_empty() {
                return true;
            }
            match lrs::send(&self.statements_url(), &self.token, &batch).await {
                Ok(()) => self.taken(&batch),
                // One statement of the batch is refused, or already held:
                // each is sent alone, so that the others go.
                Err(LrsFailure::Refused { .. } | LrsFailure::Conflict(_)) if batch.len() > 1 => {
                    for statement in batch {
                        let alone = std::slice::from_ref(&statement);
                        match lrs::send(&self.statements_url(), &self.token, alone).await {
                            // (409 alone: the LRS holds a statement under its
                            // id, which derives from what it is.)
                            Ok(()) | Err(LrsFailure::Conflict(_)) => self.taken(alone),
                            Err(e @ LrsFailure::Refused { .. }) => {
                                log_error(&Cmi5Error::Refused(e));
                                self.taken(alone);
                            }
                            Err(e) => return self.not_now(e),
                        }
                    }
                }
                Err(LrsFailure::Conflict(_)) => self.taken(&batch),
                Err(e @ LrsFailure::Refused { .. }) => {
                    log_error(&Cmi5Error::Refused(e));
                    self.taken(&batch);
                }
                Err(e) => return self.not_now(e),
            }
        }
    }

    /// Takes `batch` out of the queue, and says the LMS is reachable.
    fn taken(&self, batch: &[Value]) {
        let ids: Vec<&Value> = batch.iter().map(|s| &s["id"]).collect();
        self.queue.borrow_mut().retain(|s| !ids.contains(&&s["id"]));
        self.retry.set(RETRY_FIRST);
        self.reachable(true);
    }

    fn not_now(&self, e: LrsFailure) -> bool {
        log_error(&Cmi5Error::NotSent(e));
        self.reachable(false);
        false
    }

    fn reachable(&self, yes: bool) {
        if let Some(state) = self.state {
            if state.unreachable.get_untracked() == yes {
                state.unreachable.set(!yes);
            }
        }
    }

    /// The page goes away: what is due and `terminated`, as it goes.
    fn leave_now(&self) {
        self.make(untrack(|| self.standing()), true);
        let queued = self.queue.borrow().clone();
        if !queued.is_empty() {
            lrs::send_on_leaving(&self.statements_url(), &self.token, &queued);
        }
    }

    /// The learner finishes: what is due and `terminated`, queued; once the
    /// sender has sent it all, back to the LMS. Until then "Finish" is not
    /// offered; if the LRS cannot be reached, it is again, and the sender
    /// keeps trying.
    async fn finish(&self) {
        let Some(state) = self.state else {
            return;
        };
        state.can_finish.set(false);
        self.make(untrack(|| self.standing()), true);
        loop {
            self.pump();
            // The sender stops when the queue is empty or cannot go now.
            while self.busy.get() {
                pause(100).await;
            }
            if self.queue.borrow().is_empty() {
                break;
            }
            if state.unreachable.get_untracked() {
                state.can_finish.set(true);
                return;
            }
        }
        let back = self.session.borrow().return_to();
        match back {
            Return::Go(url) => {
                state.finished.set(Some(None));
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace(&url);
                }
            }
            Return::Offer { url, site } => state.finished.set(Some(Some((url, site)))),
            Return::Stay => state.finished.set(Some(None)),
        }
    }
}
