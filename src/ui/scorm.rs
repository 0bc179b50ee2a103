//! The app's side of a SCORM 1.2 launch: when the site runs from a package
//! (`adapters::package`) and an LMS's API is found around it
//! (`adapters::scorm`), the LMS hears of the learner's work in the
//! package's scope. What is sent is `domain::trainer::scorm`'s to work out.
//!
//! - At start: `LMSInitialize`; the resume state the LMS holds
//!   (`cmi.suspend_data`) is merged with what this device holds, item by
//!   item, as an imported file is, so a learner resumes on another device
//!   and loses nothing on this one; the LMS's name for the learner prefills
//!   the name on result files and certificates. A resume state that cannot
//!   be read or merged here (or is a later version's) is left as it is.
//! - At every change of the progress: status and score (never lower than
//!   the LMS held at launch: `scorm::never_lower`), the resume state and the
//!   place (`cmi.core.lesson_location`); what the LMS refuses is sent again
//!   at the next change. The LMS is asked to commit at once when it took a
//!   new status or score, else five seconds after the first change not yet
//!   committed (typing a reflection is not a request per key, nor does it
//!   put the commit off).
//!   A session the LMS launched to review or browse, or without credit,
//!   leaves status and score alone.
//! - When an attempt of the scope is finished during this session: one
//!   interaction per question, where the LMS keeps them.
//! - When the page is hidden: a commit. On leaving (`pagehide`): the
//!   session's time, a commit and `LMSFinish`; a page kept in the
//!   back-forward cache only commits, and goes on when shown again.
//!
//! Without an LMS the package works as the site does, on its own.
//!
//! Only a package's page needs any of this: [`connect`] is reached through
//! a split point (`ui::lazy::lms_connector`), so the website's first load
//! carries none of it but [`LmsState`].

use crate::adapters::content::{catalog, fetch_module, ContentSource};
use crate::adapters::package;
use crate::adapters::scorm::Lms;
use crate::domain::trainer::scorm::{self, Report, ResumeError, Scope, Status};
use crate::ui::document::log_error;
use crate::ui::learner::Learner;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::time::Duration;

/// How long after the last change the LMS is asked to commit.
const COMMIT_AFTER: Duration = Duration::from_secs(5);

/// What the page knows of its LMS: provided by `App` on a package's page,
/// before the LMS is found.
#[derive(Clone, Copy)]
pub struct LmsState {
    /// The LMS's name for the learner, `First Last`, once it gave one.
    pub name: RwSignal<Option<String>>,
    /// Whether the learner's work cannot reach the LMS: none was found
    /// around the page, or it refused to start the session or to commit
    /// (`LmsBanner` says so).
    pub unreachable: RwSignal<bool>,
    /// cmi5: ends the session and goes back to the LMS (`ui::cmi5`), once
    /// the session has begun.
    pub finish: StoredValue<Option<Rc<dyn Fn()>>, LocalStorage>,
    /// cmi5: whether "Finish" may be offered.
    pub can_finish: RwSignal<bool>,
    /// cmi5: the session ended; with the address the LMS gave to go back
    /// to and its site, when it is not followed at once.
    pub finished: RwSignal<Option<Option<(String, String)>>>,
}

impl LmsState {
    pub fn provide() -> LmsState {
        let state = LmsState {
            name: RwSignal::new(None),
            unreachable: RwSignal::new(false),
            finish: StoredValue::new_local(None),
            can_finish: RwSignal::new(false),
            finished: RwSignal::new(None),
        };
        provide_context(state);
        state
    }
}

/// Fills `name` (a name field) with the LMS's name for the learner, once
/// it is known, if nothing is typed there by then.
pub fn prefill_name(name: RwSignal<String>) {
    let Some(LmsState { name: from_lms, .. }) = use_context::<LmsState>() else {
        return;
    };
    Effect::new(move |_| {
        if let Some(given) = from_lms.get() {
            if name.with_untracked(|n| n.trim().is_empty()) {
                name.set(given);
            }
        }
    });
}

/// Connects to the LMS around a package's page, if there is one (called
/// under `App`'s owner, once the split chunk holding it has arrived).
pub fn connect(learner: Learner) {
    if package::cmi5() {
        return crate::ui::cmi5::connect(learner);
    }
    let state = use_context::<LmsState>();
    let connected = LmsLink::connect(learner, state).is_some();
    if let Some(state) = state {
        state.unreachable.set(!connected);
    }
}

/// The LMS session, for the visit.
#[derive(Clone, Copy)]
struct LmsLink {
    lms: StoredValue<Lms, LocalStorage>,
    scope: StoredValue<Scope>,
    /// What the LMS took of what was sent, to send only what changed (and
    /// again what it refused).
    sent: StoredValue<Sent>,
    /// Status and score the LMS held at launch: never sent lower.
    held: Report,
    /// Whether this session counts: not when the LMS launched it to review
    /// or browse, or without credit, where status and score are left alone.
    for_credit: bool,
    /// Finished attempts the LMS has (or need not have) interactions for.
    reported: StoredValue<BTreeSet<String>>,
    /// Whether the LMS's resume state must be left as it is: it could not
    /// be read, or not merged here, or is a later version's.
    hold_suspend: bool,
    mastery: Option<u8>,
    /// Where checkpoints are fetched from, for their interactions.
    source: StoredValue<ContentSource>,
    started: f64,
    finished: StoredValue<bool>,
    commit: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    state: Option<LmsState>,
}

#[derive(Clone, Default, PartialEq)]
struct Sent {
    report: Option<Report>,
    suspend: Option<String>,
    location: Option<String>,
}

impl LmsLink {
    /// Connects to the LMS around a packaged site, if there is one.
    fn connect(learner: Learner, state: Option<LmsState>) -> Option<LmsLink> {
        let scope = package::scope()?;
        let lms = crate::adapters::scorm::launched()?;
        let known = |m: &str| scope.covers(m) && catalog().module(m).is_some();
        let hold_suspend = match lms.value("cmi.suspend_data") {
            None => {
                log_error(&LmsError("cmi.suspend_data could not be read", lms.error()));
                true
            }
            Some(text) => match scorm::resume(&text, &known) {
                Ok(progress) => match learner.apply_import(progress, None, false) {
                    Ok(()) => false,
                    Err(e) => {
                        log_error(&e);
                        true
                    }
                },
                Err(ResumeError::Empty) => false,
                Err(e) => {
                    log_error(&e);
                    true
                }
            },
        };
        let held = Report {
            status: lms
                .value("cmi.core.lesson_status")
                .and_then(|s| Status::from_cmi(&s))
                .unwrap_or(Status::Incomplete),
            raw: lms
                .value("cmi.core.score.raw")
                .and_then(|r| r.trim().parse::<f64>().ok())
                .filter(|r| (0.0..=100.0).contains(r))
                .map(|r| r.floor() as u8),
        };
        let mode = lms.value("cmi.core.lesson_mode").unwrap_or_default();
        let credit = lms.value("cmi.core.credit").unwrap_or_default();
        let for_credit =
            !matches!(mode.trim(), "review" | "browse") && credit.trim() != "no-credit";
        // Attempts finished before this session are the LMS's already (or
        // were made before there was one).
        let reported = learner.with(|p| {
            p.attempts
                .values()
                .filter(|a| a.finished.is_some())
                .map(|a| a.id.clone())
                .collect()
        });
        if let (Some(state), Some(given)) = (state, lms.learner_name()) {
            state.name.set(Some(given));
        }
        let link = LmsLink {
            mastery: lms.mastery(),
            lms: StoredValue::new_local(lms),
            scope: StoredValue::new(scope),
            sent: StoredValue::new(Sent::default()),
            held,
            for_credit,
            reported: StoredValue::new(reported),
            hold_suspend,
            source: StoredValue::new(crate::ui::app::use_content_source()),
            started: js_sys::Date::now(),
            finished: StoredValue::new(false),
            commit: StoredValue::new_local(None),
            state,
        };
        Effect::new(move |_| link.send(learner));
        // Leaving: everything sent and committed; the session ends unless
        // the page is kept to come back to (the back-forward cache), where
        // it goes on as it was.
        let leaving = window_event_listener_untyped("pagehide", move |event| {
            let kept = js_sys::Reflect::get(&event, &"persisted".into())
                .ok()
                .and_then(|p| p.as_bool())
                .unwrap_or(false);
            link.leave(learner, !kept);
        });
        // Hidden (another tab, the phone's home screen; mobile browsers may
        // never say `pagehide`): what is unsent goes now.
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if hidden {
                link.leave(learner, false);
            }
        });
        on_cleanup(move || {
            leaving.remove();
            hidden.remove();
        });
        Some(link)
    }

    fn with_lms<R>(&self, f: impl FnOnce(&Lms) -> R) -> Option<R> {
        if self.finished.get_value() {
            return None;
        }
        self.lms.try_with_value(f)
    }

    /// Sends what changed since the last call (tracks the progress).
    fn send(&self, learner: Learner) {
        let scope = self.scope.get_value();
        let (report, suspend, location, finished) = learner.with(|p| {
            let report =
                scorm::never_lower(scorm::report(p, catalog(), &scope, self.mastery), self.held);
            let location = p
                .last
                .as_ref()
                .filter(|place| scope.covers(&place.module))
                .map(|place| format!("{}/{}", place.module, place.lesson))
                .unwrap_or_default();
            let finished: Vec<_> = p
                .attempts
                .values()
                .filter(|a| a.finished.is_some() && scope.covers(&a.module))
                .cloned()
                .collect();
            (report, scorm::suspend(p, &scope), location, finished)
        });
        let mut status_changed = false;
        self.with_lms(|lms| {
            let mut sent = self.sent.get_value();
            if self.for_credit && sent.report != Some(report) && lms.report(&report) {
                status_changed = true;
                // "suspend" keeps the attempt open to resume; a passed one
                // is done.
                let exit = if report.status == Status::Passed {
                    ""
                } else {
                    "suspend"
                };
                lms.set("cmi.core.exit", exit);
                sent.report = Some(report);
            }
            if !self.hold_suspend && sent.suspend.as_ref() != Some(&suspend) {
                if lms.suspend(&suspend) {
                    sent.suspend = Some(suspend);
                } else {
                    log_error(&LmsError("the resume state was refused", lms.error()));
                }
            }
            if sent.location.as_ref() != Some(&location)
                && lms.set("cmi.core.lesson_location", &location)
            {
                sent.location = Some(location);
            }
            self.sent.set_value(sent);
        });
        for attempt in finished {
            if self.reported.with_value(|r| r.contains(&attempt.id)) {
                continue;
            }
            self.reported.update_value(|r| {
                r.insert(attempt.id.clone());
            });
            let link = *self;
            let source = self.source.get_value();
            leptos::task::spawn_local(async move {
                match fetch_module(&source, &attempt.module).await {
                    Ok(loaded) => {
                        let sent = scorm::interactions(&attempt, &loaded.module.checkpoint);
                        link.with_lms(|lms| lms.add_interactions(&sent));
                        link.commit_now();
                    }
                    Err(e) => {
                        // Tried again at the next change.
                        log_error(&e);
                        link.reported.update_value(|r| {
                            r.remove(&attempt.id);
                        });
                    }
                }
            });
        }
        if status_changed {
            self.commit_now();
        } else {
            self.commit_soon();
        }
    }

    fn commit_now(&self) {
        if let Some(Some(handle)) = self.commit.try_update_value(Option::take) {
            handle.clear();
        }
        let committed = self.with_lms(Lms::commit);
        if committed == Some(false) {
            self.with_lms(|lms| log_error(&LmsError("LMSCommit was refused", lms.error())));
        }
        if let (Some(state), Some(committed)) = (self.state, committed) {
            if state.unreachable.get_untracked() == committed {
                state.unreachable.set(!committed);
            }
        }
    }

    /// A commit a few seconds after the first change not yet committed:
    /// later changes do not put it off.
    fn commit_soon(&self) {
        if self.commit.with_value(Option::is_some) {
            return;
        }
        let link = *self;
        let handle = set_timeout_with_handle(move || link.commit_now(), COMMIT_AFTER).ok();
        self.commit.set_value(handle);
    }

    /// Sends and commits what is unsent; with `end`, also the session's
    /// time and `LMSFinish`, once.
    fn leave(&self, learner: Learner, end: bool) {
        if self.finished.get_value() {
            return;
        }
        untrack(|| self.send(learner));
        if end {
            let spent = (js_sys::Date::now() - self.started).max(0.0) as u64;
            self.with_lms(|lms| lms.set("cmi.core.session_time", &scorm::session_time(spent)));
        }
        self.commit_now();
        if end {
            self.with_lms(Lms::finish);
            self.finished.set_value(true);
        }
    }
}

/// What the LMS refused, and its error code, for the console.
#[derive(Debug)]
struct LmsError(&'static str, u16);

impl std::fmt::Display for LmsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the LMS: {} (error {})", self.0, self.1)
    }
}

impl std::error::Error for LmsError {}
