//! The page's side of a cmi5 launch: when the site runs from a cmi5
//! package (`adapters::package::cmi5`) and the LMS launched one of its AUs
//! (a module), the LMS's LRS hears of the learner's work in that module.
//! What is sent, and when, is `domain::trainer::cmi5`'s to work out.
//!
//! - At start: the token from the launch's fetch URL (once), then
//!   `LMS.LaunchData` from the State API; whether an earlier session of the
//!   registration sent `passed` or `completed` (where the token may read
//!   statements); `initialized`. The LMS's name for the learner prefills
//!   the name on result files and certificates.
//! - At every change of the progress: what [`Session::due`] says, sent in
//!   order, one request at a time; what fails is sent again after 5 s,
//!   doubling to a minute (statement ids derive from the session and the
//!   verb, so a statement sent twice is one).
//! - Leaving: "Finish" (the `LmsBanner`) sends what is due and
//!   `terminated`, waits for the LRS, then goes to the LMS's `returnURL`;
//!   leaving the page any other way sends them as it goes (`keepalive`).
//!
//! A launch that cannot be followed (a broken address, a fetch URL that
//! gives no token, no launch data) is logged, and the learner told that
//! their work stays in this browser (`LmsState::unreachable`).

use crate::adapters::content::catalog;
use crate::adapters::lrs::{self, LrsFailure};
use crate::domain::trainer::cmi5::{self, Launch, LaunchError, Session, Standing, Verb};
use crate::ui::document::log_error;
use crate::ui::learner::Learner;
use crate::ui::scorm::LmsState;
use leptos::prelude::*;
use serde_json::Value;
use std::cell::RefCell;
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
    #[error("cmi5: the LRS refused a statement: {0}")]
    Refused(LrsFailure),
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
                owner.with(|| Link::run(session, token, module, learner, state))
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
        // A token that may only write cannot tell: the LMS then judges.
        if let Ok((found, _)) = lrs::page(&session.launch.sent_url(verb), &token).await {
            if !found.is_empty() {
                session.sent_before(verb);
            }
        }
    }
    Ok((session, token))
}

/// The session, for the visit.
#[derive(Clone)]
struct Link {
    session: Rc<RefCell<Session>>,
    token: Rc<str>,
    module: Rc<str>,
    /// Made, not yet taken by the LRS, in order.
    queue: Rc<RefCell<Vec<Value>>>,
    busy: Rc<std::cell::Cell<bool>>,
    retry: Rc<std::cell::Cell<Duration>>,
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
            retry: Rc::new(std::cell::Cell::new(RETRY_FIRST)),
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
            if !kept {
                on_leave.leave_now();
            }
        });
        on_cleanup(move || leaving.remove());
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

    /// Queues the statements now due.
    fn make(&self, standing: Standing, leaving: bool) {
        let now = js_sys::Date::now() as u64;
        let mut session = self.session.borrow_mut();
        let due = session.due(standing, leaving);
        let made: Vec<Value> = due
            .into_iter()
            .map(|verb| session.statement(verb, now, standing))
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

    /// Sends what is queued, one request at a time, until none is left or
    /// the LRS fails (then again later).
    fn pump(&self) {
        if self.busy.replace(true) {
            return;
        }
        let link = self.clone();
        leptos::task::spawn_local(async move {
            let ok = link.send_queued().await;
            link.busy.set(false);
            if !ok {
                let wait = link.retry.get();
                link.retry.set((wait * 2).min(RETRY_MOST));
                let again = link.clone();
                let _ = set_timeout_with_handle(move || again.pump(), wait);
            }
        });
    }

    /// Sends the queue until it is empty; whether it is.
    async fn send_queued(&self) -> bool {
        loop {
            let batch = self.queue.borrow().clone();
            if batch.is_empty() {
                return true;
            }
            match lrs::send(&self.statements_url(), &self.token, &batch).await {
                // (409: the LRS holds them already, under the same ids.)
                Ok(()) | Err(LrsFailure::Conflict(_)) => {
                    self.taken(&batch);
                    self.retry.set(RETRY_FIRST);
                    self.reachable(true);
                }
                Err(e @ LrsFailure::Refused { .. }) => {
                    // Sending it again would not change the answer.
                    log_error(&Cmi5Error::Refused(e));
                    self.taken(&batch);
                    self.reachable(false);
                }
                Err(e) => {
                    log_error(&Cmi5Error::Refused(e));
                    self.reachable(false);
                    return false;
                }
            }
        }
    }

    /// Takes `batch` out of the queue (by id: "Finish" may send while the
    /// sender does).
    fn taken(&self, batch: &[Value]) {
        let ids: Vec<&Value> = batch.iter().map(|s| &s["id"]).collect();
        self.queue.borrow_mut().retain(|s| !ids.contains(&&s["id"]));
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
        let queued = std::mem::take(&mut *self.queue.borrow_mut());
        if !queued.is_empty() {
            lrs::send_on_leaving(&self.statements_url(), &self.token, &queued);
        }
    }

    /// The learner finishes: what is due and `terminated`, sent and taken,
    /// then back to the LMS.
    async fn finish(&self) {
        self.make(untrack(|| self.standing()), true);
        if !self.send_queued().await {
            return;
        }
        if let Some(state) = self.state {
            state.can_finish.set(false);
            state.finished.set(true);
        }
        let back = self.session.borrow().data.return_url.clone();
        if let (Some(url), Some(window)) = (back, web_sys::window()) {
            let _ = window.location().replace(&url);
        }
    }
}
