//! The page's side of a cmi5 launch: when the site runs from a cmi5
//! package (`adapters::package::cmi5`) and the LMS launched one of its AUs
//! (a module), the LMS's LRS hears of the learner's work in that module.
//! What is sent, and when, is `domain::trainer::cmi5`'s to work out.
//!
//! - At start: the token from the launch's fetch URL (once), then
//!   `LMS.LaunchData` from the State API; whether an earlier session of the
//!   registration sent `passed` or `completed` (where the token may read
//!   statements); the learner's language preference in their LMS, which
//!   the page then follows unless the learner chose a language here;
//!   `initialized`. The LMS's name for the learner prefills
//!   the name on result files and certificates.
//! - At every change of the progress: what [`Session::due`] says, queued
//!   with timestamps a millisecond apart (cmi5 orders by them), and sent
//!   in order by one sender, one request at a time; a batch the LRS
//!   refuses is sent again statement by statement, and a statement it
//!   refuses alone is dropped (logged); what could not be sent goes again
//!   after 5 s, doubling to a minute. Statement ids derive from the
//!   registration, the AU, the learner, the session and the verb.
//! - Hidden (another tab; a phone's home screen) or kept in the
//!   back-forward cache: the queue is sent.
//! - Leaving: "Finish" (the `LmsBanner`) queues what is due and
//!   `terminated`, waits until the sender has sent it all, then goes to the
//!   LMS's `returnURL` (on the LMS's own site; a link naming the site
//!   otherwise: `Session::return_to`); closing the page sends them as it
//!   goes (`keepalive`). After `terminated`, nothing more is sent, and the
//!   banner says so.
//!
//! A launch that cannot be followed (a broken address, a fetch URL that
//! gives no token, no launch data) is logged, and the learner told that
//! their work stays in this browser (`LmsState::unreachable`).

use crate::adapters::content::catalog;
use crate::adapters::lrs::{self, LrsFailure};
use crate::domain::shared::language::Lang;
use crate::domain::trainer::cmi5::{self, Launch, LaunchError, Return, Session, Standing, Verb};
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

/// Why a launch could not be followed, for the console.
#[derive(Debug, thiserror::Error)]
enum Cmi5Error {
    #[error("cmi5 launch: {0}")]
    Launch(#[from] LaunchError),
    #[error("cmi5 launch: the package's page names no module of the course (au=…)")]
    NoModule,
    #[error("cmi5 launch: the fetch URL gave no token: {0}")]
    Token(String),
    #[error("cmi5 launch: LMS.LaunchData could not be read: {0}")]
    LaunchData(LrsFailure),
    #[error("cmi5 launch: the LRS holds no LMS.LaunchData for this launch")]
    NoLaunchData,
    #[error("cmi5: the LRS refused a statement, which is dropped: {0}")]
    Refused(LrsFailure),
    #[error("cmi5: statements could not be sent, and wait: {0}")]
    NotSent(LrsFailure),
}

/// Connects to the LMS that launched this cmi5 package's page, if one did
/// (called under `App`'s owner).
pub fn connect(learner: Learner) {
    let state = use_context::<LmsState>();
    let unreachable = move |e: Cmi5Error| {
        log_error(&e);
        if let Some(state) = state {
            state.unreachable.set(true);
        }
    };
    let launch = match cmi5::launch(&crate::adapters::package::search()) {
        Ok(Some(launch)) => launch,
        Ok(None) => return unreachable(Cmi5Error::Launch(LaunchError::Missing("launch"))),
        Err(e) => return unreachable(e.into()),
    };
    let module = match crate::adapters::package::scope() {
        Some(crate::domain::trainer::scorm::Scope::Module(m)) if catalog().module(&m).is_some() => {
            m
        }
        _ => return unreachable(Cmi5Error::NoModule),
    };
    if let (Some(state), Some(name)) = (state, launch.name()) {
        state.name.set(Some(name));
    }
    let Some(owner) = Owner::current() else {
        return;
    };
    leptos::task::spawn_local(async move {
        match start(launch).await {
            Ok((session, token)) => {
                let language = preferred_language(&session, &token).await;
                owner.with(|| {
                    if let Some(lang) = language {
                        start_in(lang);
                    }
                    Link::run(session, token, module, learner, state);
                });
            }
            Err(e) => owner.with(|| unreachable(e)),
        }
    });
}

/// The token, the launch data, and what earlier sessions sent.
async fn start(launch: Launch) -> Result<(Session, String), Cmi5Error> {
    let answer = lrs::fetch_token(&launch.fetch)
        .await
        .map_err(|e| Cmi5Error::Token(e.to_string()))?;
    let token = cmi5::token(&answer).map_err(Cmi5Error::Token)?;
    let data = lrs::document(&launch.launch_data_url(), &token)
        .await
        .map_err(Cmi5Error::LaunchData)?
        .ok_or(Cmi5Error::NoLaunchData)?;
    let data = cmi5::launch_data(&data)?;
    let mut session = Session::new(launch, data, js_sys::Date::now() as u64);
    for verb in [Verb::Passed, Verb::Completed] {
        match sent_before(&session.launch.sent_url(verb), &token).await {
            Some(true) => session.sent_before(verb),
            Some(false) => {}
            None => session.history_unknown(),
        }
    }
    Ok((session, token))
}

/// The language the learner's LMS says they prefer, of the course's
/// (`cmi5LearnerPreferences` in the Agent Profile API), if it says one.
async fn preferred_language(session: &Session, token: &str) -> Option<Lang> {
    let document = lrs::document(&session.launch.preferences_url(), token)
        .await
        .ok()??;
    cmi5::language_preference(&document)
}

/// Shows the page in `lang`, the LMS's preference, unless the learner
/// chose a language here (their choice wins).
fn start_in(lang: Lang) {
    use crate::domain::learner::preferences::Preferences;
    use crate::domain::shared::route::{localized_href, Route};
    let store = crate::ui::app::use_store();
    let chosen = Preferences::load(store.as_store())
        .ok()
        .and_then(|p| p.lang)
        .is_some();
    let location = crate::ui::router::use_location();
    let here = untrack(|| location.address());
    if !chosen && Route::parse(&here.path).lang() != Some(lang) {
        location.navigate(
            &localized_href(&here.path, &here.query, &here.fragment, lang),
            true,
        );
    }
}

/// Whether the LRS holds a statement at `url` (a query with `limit=1`):
/// `None` when it cannot tell (a token that may not read, or no answer
/// after three tries).
async fn sent_before(url: &str, token: &str) -> Option<bool> {
    for _ in 0..3 {
        match lrs::page(url, token).await {
            Ok((found, _)) => return Some(!found.is_empty()),
            Err(LrsFailure::NotNow {
                status: 401 | 403, ..
            }) => return None,
            Err(_) => pause(2_000).await,
        }
    }
    None
}

/// Waits `ms` milliseconds.
#[cfg(not(target_arch = "wasm32"))]
async fn pause(_: i32) {}

/// Waits `ms` milliseconds.
#[cfg(target_arch = "wasm32")]
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |done, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The session, for the visit.
#[derive(Clone)]
struct Link {
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
    fn run(
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
