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

mod link;

use crate::adapters::content::catalog;
use crate::adapters::lrs::{self, LrsFailure};
use crate::domain::shared::language::Lang;
use crate::domain::trainer::cmi5::{self, Launch, LaunchError, Session, Verb};
use crate::ui::document::log_error;
use crate::ui::learner::Learner;
use crate::ui::scorm::LmsState;
use leptos::prelude::*;
use link::Link;

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
