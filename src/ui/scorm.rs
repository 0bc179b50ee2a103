//! The app's side of a SCORM 1.2 launch: when the site runs from a package
//! (`adapters::package`) and an LMS's API is found around it
//! (`adapters::scorm`), the LMS hears of the learner's work in the
//! package's scope. What is sent is `domain::trainer::scorm`'s to work out.
//!
//! - At start: `LMSInitialize`; the resume state the LMS holds
//!   (`cmi.suspend_data`) is merged with what this device holds, item by
//!   item, as an imported file is, so a learner resumes on another device
//!   and loses nothing on this one; the LMS's name for the learner prefills
//!   the name on result files and certificates.
//! - At every change of the progress: status and score, the resume state
//!   and the place (`cmi.core.lesson_location`). The LMS is asked to commit
//!   at once when the status or the score changed, else a few seconds after
//!   the last change, so that typing a reflection is not a request per key.
//! - When an attempt of the scope is finished during this session: one
//!   interaction per question, where the LMS keeps them.
//! - On leaving (`pagehide`): the session's time, a commit, `LMSFinish`.
//!
//! Without an LMS the package works as the site does, on its own.
//!
//! Only a package's page needs any of this: [`connect`] is reached through
//! a split point (`ui::lazy::lms_connector`), so the website's first load
//! carries none of it but [`LmsName`].

use crate::adapters::content::{catalog, fetch_module, ContentSource};
use crate::adapters::package;
use crate::adapters::scorm::Lms;
use crate::domain::trainer::scorm::{self, Report, ResumeError, Scope};
use crate::ui::document::log_error;
use crate::ui::learner::Learner;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::time::Duration;

/// How long after the last change the LMS is asked to commit.
const COMMIT_AFTER: Duration = Duration::from_secs(5);

/// The LMS's name for the learner, `First Last`, once an LMS gave it:
/// provided by `App` on a package's page, before the LMS is found.
#[derive(Clone, Copy)]
pub struct LmsName(pub RwSignal<Option<String>>);

/// Fills `name` (a name field) with the LMS's name for the learner, once
/// it is known, if nothing is typed there by then.
pub fn prefill_name(name: RwSignal<String>) {
    let Some(LmsName(from_lms)) = use_context::<LmsName>() else {
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
    LmsLink::connect(learner);
}

/// The LMS session, for the visit.
#[derive(Clone, Copy)]
struct LmsLink {
    lms: StoredValue<Lms, LocalStorage>,
    scope: StoredValue<Scope>,
    /// What was last sent, to send only what changed.
    sent: StoredValue<Sent>,
    /// Finished attempts the LMS has (or need not have) interactions for.
    reported: StoredValue<BTreeSet<String>>,
    /// Whether the LMS holds a resume state of a later version, which this
    /// one must not write over.
    keep_theirs: bool,
    mastery: Option<u8>,
    /// Where checkpoints are fetched from, for their interactions.
    source: StoredValue<ContentSource>,
    started: f64,
    finished: StoredValue<bool>,
    commit: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

#[derive(Default, PartialEq)]
struct Sent {
    report: Option<Report>,
    suspend: String,
    location: String,
}

impl LmsLink {
    /// Connects to the LMS around a packaged site, if there is one.
    fn connect(learner: Learner) -> Option<LmsLink> {
        let scope = package::scope()?;
        let lms = Lms::find()?;
        if !lms.initialize() {
            log_error(&LmsError("LMSInitialize was refused", lms.error()));
            return None;
        }
        let keep_theirs =
            match lms.value("cmi.suspend_data").as_deref().map(|text| {
                scorm::resume(text, &|m| scope.covers(m) && catalog().module(m).is_some())
            }) {
                Some(Ok(progress)) => {
                    if let Err(e) = learner.apply_import(progress, None, false) {
                        log_error(&e);
                    }
                    false
                }
                Some(Err(e @ ResumeError::Newer(_))) => {
                    log_error(&e);
                    true
                }
                Some(Err(ResumeError::Empty)) | None => false,
                Some(Err(e)) => {
                    log_error(&e);
                    false
                }
            };
        // Attempts finished before this session are the LMS's already (or
        // were made before there was one).
        let reported = learner.with(|p| {
            p.attempts
                .values()
                .filter(|a| a.finished.is_some())
                .map(|a| a.id.clone())
                .collect()
        });
        if let (Some(LmsName(name)), Some(given)) = (use_context::<LmsName>(), lms.learner_name()) {
            name.set(Some(given));
        }
        let link = LmsLink {
            mastery: lms.mastery(),
            lms: StoredValue::new_local(lms),
            scope: StoredValue::new(scope),
            sent: StoredValue::new(Sent::default()),
            reported: StoredValue::new(reported),
            keep_theirs,
            source: StoredValue::new(crate::ui::app::use_content_source()),
            started: js_sys::Date::now(),
            finished: StoredValue::new(false),
            commit: StoredValue::new_local(None),
        };
        // So that the LMS keeps the resume state for the next launch.
        link.with_lms(|lms| lms.set("cmi.core.exit", "suspend"));
        Effect::new(move |_| link.send(learner));
        let leaving = window_event_listener_untyped("pagehide", move |_| link.finish(learner));
        on_cleanup(move || leaving.remove());
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
        let (now, finished) = learner.with(|p| {
            let now = Sent {
                report: Some(scorm::report(p, catalog(), &scope, self.mastery)),
                suspend: scorm::suspend(p, &scope),
                location: p
                    .last
                    .as_ref()
                    .filter(|place| scope.covers(&place.module))
                    .map(|place| format!("{}/{}", place.module, place.lesson))
                    .unwrap_or_default(),
            };
            let finished: Vec<_> = p
                .attempts
                .values()
                .filter(|a| a.finished.is_some() && scope.covers(&a.module))
                .cloned()
                .collect();
            (now, finished)
        });
        let before = self.sent.with_value(|s| {
            (
                s.report,
                s.suspend == now.suspend,
                s.location == now.location,
            )
        });
        let mut changed = false;
        self.with_lms(|lms| {
            if before.0 != now.report {
                if let Some(report) = &now.report {
                    changed |= lms.report(report);
                }
            }
            if !before.1 && !self.keep_theirs && !lms.suspend(&now.suspend) {
                log_error(&LmsError("the resume state was refused", lms.error()));
            }
            if !before.2 {
                lms.set("cmi.core.lesson_location", &now.location);
            }
        });
        self.sent.set_value(now);
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
                    Err(e) => log_error(&e),
                }
            });
        }
        if changed {
            self.commit_now();
        } else {
            self.commit_soon();
        }
    }

    fn cancel_commit(&self) {
        if let Some(Some(handle)) = self.commit.try_update_value(Option::take) {
            handle.clear();
        }
    }

    fn commit_now(&self) {
        self.cancel_commit();
        if self.with_lms(Lms::commit) == Some(false) {
            self.with_lms(|lms| log_error(&LmsError("LMSCommit was refused", lms.error())));
        }
    }

    fn commit_soon(&self) {
        self.cancel_commit();
        let link = *self;
        let handle = set_timeout_with_handle(move || link.commit_now(), COMMIT_AFTER).ok();
        self.commit.set_value(handle);
    }

    /// The session's time, a last commit and `LMSFinish`, once.
    fn finish(&self, learner: Learner) {
        if self.finished.get_value() {
            return;
        }
        untrack(|| self.send(learner));
        let spent = (js_sys::Date::now() - self.started).max(0.0) as u64;
        self.with_lms(|lms| lms.set("cmi.core.session_time", &scorm::session_time(spent)));
        self.commit_now();
        self.with_lms(Lms::finish);
        self.finished.set_value(true);
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
