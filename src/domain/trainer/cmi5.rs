//! What a module's assignable unit (AU) tells a cmi5 LMS, worked out from
//! the learner's progress: pure, so that every rule is tested on the host.
//! The page's side (fetching the token, reading the launch data, sending)
//! is `ui::cmi5`.
//!
//! cmi5 is xAPI with a launch: the LMS opens the AU with [`Launch`] in the
//! query (the LRS's endpoint, a one-time fetch URL for the token, the
//! learner as an agent, the registration and the AU's activity id), and
//! keeps [`LaunchData`] in the LRS's State API (the context every
//! statement starts from, with the session id; the launch mode; the mastery
//! score; where to return).
//!
//! The learner's LMS may say which languages they prefer
//! ([`language_preference`]): the course starts in the first it has, unless
//! the learner chose one here.
//!
//! A [`Session`] decides which of cmi5's verbs are due ([`Session::due`]),
//! by the rules of cmi5's section 9.3: `initialized` first and
//! `terminated` last; no verb twice in a session; one of `passed` or
//! `failed` per session; `passed` and `completed` at most once per
//! registration, and no `failed` after a `passed`. In Browse and Review
//! modes, only `initialized` and `terminated`.
//!
//! Decided here: `passed` goes as soon as the module's best attempt
//! reaches the mastery score; `failed` is held until the session ends
//! (leaving), so that a learner who fails and then passes in one session is
//! reported `passed`, which cmi5's one-judgement-per-session rule would
//! otherwise forbid, and goes only if the learner finished an attempt in
//! the session. `completed` goes once every lesson of the module is
//! complete.

#[cfg(test)]
mod tests;

use crate::domain::content::catalog::Catalog;
use crate::domain::learner::progress::Progress;
use crate::domain::shared::calendar;
use crate::domain::shared::language::Lang;
use crate::domain::shared::percent::percent_decode;
use crate::domain::trainer::lrs::{self, check};
use crate::domain::trainer::scorm::{self, Scope, Status};
use crate::domain::trainer::xapi::uuid;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use thiserror::Error;

/// The activity ids of cmi5's categories and extensions, and of its verbs.
pub const CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
pub const MOVE_ON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
pub const SESSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
pub const MASTERY: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

/// The query parameter a package's AU address names its module with
/// (`index.html?au=<module>`), beside the LMS's launch parameters.
pub const AU_PARAMETER: &str = "au";

/// What the LMS put in the AU's address.
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    /// The LRS's xAPI endpoint, ending with `/`.
    pub endpoint: String,
    /// Where the token is fetched, once (POST).
    pub fetch: String,
    /// The learner: an agent with an account.
    pub actor: Value,
    pub registration: String,
    /// The AU's activity id: the object of every statement here.
    pub activity: String,
}

/// Why a launch cannot be followed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LaunchError {
    #[error("the launch has no {0}")]
    Missing(&'static str),
    #[error("the launch's {0} is not valid: {1}")]
    Invalid(&'static str, String),
}

/// The launch in `query` (a page's `location.search`, with or without its
/// `?`): `None` when it holds none of cmi5's parameters (the package was
/// opened some other way), an error when it holds some but not all, or a
/// value that cannot be used.
pub fn launch(query: &str) -> Result<Option<Launch>, LaunchError> {
    let mut found: [Option<String>; 5] = Default::default();
    const NAMES: [&str; 5] = ["endpoint", "fetch", "actor", "registration", "activityId"];
    for pair in query.trim_start_matches('?').split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if let Some(i) = NAMES.iter().position(|n| *n == name) {
            let decoded = percent_decode(value)
                .ok_or_else(|| LaunchError::Invalid(NAMES[i], "a broken %-escape".into()))?;
            found[i] = Some(decoded);
        }
    }
    if found.iter().all(Option::is_none) {
        return Ok(None);
    }
    let [endpoint, fetch, actor, registration, activity] = found;
    let need = |v: Option<String>, name| v.ok_or(LaunchError::Missing(name));
    let endpoint = lrs::endpoint(&need(endpoint, "endpoint")?)
        .map_err(|e| LaunchError::Invalid("endpoint", e.to_string()))?;
    let fetch = need(fetch, "fetch")?;
    // The fetch URL follows the endpoint's rule: the token must not cross
    // the network in clear.
    // (Its query, where an LMS often puts the one-time key, is its own.)
    let (address, query) = fetch.split_once('?').unwrap_or((&fetch, ""));
    lrs::endpoint(address).map_err(|e| LaunchError::Invalid("fetch", e.to_string()))?;
    if query
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '#')
    {
        return Err(LaunchError::Invalid(
            "fetch",
            "not a plain web address".into(),
        ));
    }
    let actor: Value = serde_json::from_str(&need(actor, "actor")?)
        .map_err(|e| LaunchError::Invalid("actor", e.to_string()))?;
    let account = actor.get("account");
    let has = |k: &str| {
        account
            .and_then(|a| a.get(k))
            .and_then(Value::as_str)
            .is_some_and(|v| !v.is_empty())
    };
    if !has("homePage") || !has("name") {
        return Err(LaunchError::Invalid(
            "actor",
            "an agent with an account (homePage and name)".into(),
        ));
    }
    let registration = need(registration, "registration")?;
    if !check::is_uuid(&registration) {
        return Err(LaunchError::Invalid("registration", "not a UUID".into()));
    }
    let activity = need(activity, "activityId")?;
    if !check::is_iri(&activity) {
        return Err(LaunchError::Invalid("activityId", "not an IRI".into()));
    }
    Ok(Some(Launch {
        endpoint,
        fetch,
        actor,
        registration,
        activity,
    }))
}

/// The module an AU's address names (`au=<module>`), if any.
pub fn au_module(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix(AU_PARAMETER)?.strip_prefix('='))
        .and_then(percent_decode)
        .filter(|m| !m.is_empty())
}

impl Launch {
    /// The LMS's name for the learner, if its agent has one.
    pub fn name(&self) -> Option<String> {
        self.actor
            .get("name")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
    }

    /// A key for the learner's own part of this browser's storage: the
    /// account, so that two of an LMS's learners on one browser keep apart.
    pub fn learner(&self) -> String {
        let account = &self.actor["account"];
        format!(
            "{}\u{1f}{}",
            account["homePage"].as_str().unwrap_or_default(),
            account["name"].as_str().unwrap_or_default()
        )
    }

    /// The State API's address of `LMS.LaunchData` for this launch.
    pub fn launch_data_url(&self) -> String {
        let agent = serde_json::to_string(&self.actor).unwrap_or_default();
        format!(
            "{}activities/state?stateId=LMS.LaunchData&activityId={}&agent={}&registration={}",
            self.endpoint,
            crate::domain::shared::percent::percent_encode(&self.activity),
            crate::domain::shared::percent::percent_encode(&agent),
            self.registration
        )
    }

    /// The Agent Profile API's address of the learner's
    /// `cmi5LearnerPreferences`.
    pub fn preferences_url(&self) -> String {
        let agent = serde_json::to_string(&self.actor).unwrap_or_default();
        format!(
            "{}agents/profile?profileId=cmi5LearnerPreferences&agent={}",
            self.endpoint,
            crate::domain::shared::percent::percent_encode(&agent)
        )
    }

    /// The statements resource, filtered to this AU's statements of `verb`
    /// in this registration (to know what an earlier session sent).
    pub fn sent_url(&self, verb: Verb) -> String {
        format!(
            "{}statements?registration={}&activity={}&verb={}&limit=1",
            self.endpoint,
            self.registration,
            crate::domain::shared::percent::percent_encode(&self.activity),
            crate::domain::shared::percent::percent_encode(verb.id())
        )
    }
}

/// The token from the fetch URL's answer (`{"auth-token": …}`), or the
/// LMS's error (`{"error-code": …, "error-text": …}`).
pub fn token(answer: &str) -> Result<String, String> {
    let v: Value = serde_json::from_str(answer).map_err(|e| format!("not JSON: {e}"))?;
    if let Some(t) = v.get("auth-token").and_then(Value::as_str) {
        if !t.is_empty() {
            return Ok(t.to_owned());
        }
    }
    let code = v
        .get("error-code")
        .map(Value::to_string)
        .unwrap_or_default();
    let text = v
        .get("error-text")
        .and_then(Value::as_str)
        .unwrap_or("no token");
    Err(format!("{text} {code}").trim().to_owned())
}

/// The first of the learner's languages in their LMS's
/// `cmi5LearnerPreferences` (`languagePreference`, a comma-separated list
/// of language tags, most preferred first) that the course is in.
pub fn language_preference(document: &str) -> Option<Lang> {
    let v: Value = serde_json::from_str(document).ok()?;
    v.get("languagePreference")?
        .as_str()?
        .split(',')
        .find_map(Lang::from_browser_tag)
}

/// How the LMS launched the AU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The learner's work counts.
    Normal,
    /// Looking around, or looking back: nothing is judged.
    Browse,
    Review,
}

/// `LMS.LaunchData`, as far as the AU uses it.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchData {
    /// The context every statement starts from.
    pub context: Map<String, Value>,
    pub session: String,
    pub mode: Mode,
    /// From 0 to 1.
    pub mastery: Option<f64>,
    pub return_url: Option<String>,
}

/// Reads `LMS.LaunchData`.
pub fn launch_data(text: &str) -> Result<LaunchData, LaunchError> {
    let bad = |why: &str| LaunchError::Invalid("LMS.LaunchData", why.to_owned());
    let v: Value = serde_json::from_str(text).map_err(|e| bad(&e.to_string()))?;
    let context = v
        .get("contextTemplate")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| bad("no contextTemplate"))?;
    let session = context
        .get("extensions")
        .and_then(|e| e.get(SESSION))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| bad("no session id in the contextTemplate"))?
        .to_owned();
    let mode = match v.get("launchMode").and_then(Value::as_str) {
        Some("Normal") => Mode::Normal,
        Some("Browse") => Mode::Browse,
        Some("Review") => Mode::Review,
        _ => return Err(bad("launchMode is not Normal, Browse or Review")),
    };
    let mastery = match v.get("masteryScore") {
        None | Some(Value::Null) => None,
        Some(m) => Some(
            m.as_f64()
                .filter(|m| (0.0..=1.0).contains(m))
                .ok_or_else(|| bad("masteryScore is not from 0 to 1"))?,
        ),
    };
    let return_url = v
        .get("returnURL")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|u| {
            let lower = u.to_ascii_lowercase();
            (lower.starts_with("https://") || lower.starts_with("http://"))
                && !u.chars().any(|c| c.is_whitespace() || c.is_control())
        })
        .map(str::to_owned);
    Ok(LaunchData {
        context,
        session,
        mode,
        mastery,
        return_url,
    })
}

/// `scheme://host[:port]` of an absolute address, in lower case.
fn site(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| format!("{scheme}://{host}").to_ascii_lowercase())
}

/// Where "Finish" leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Return {
    /// The LMS's `returnURL`, on the LMS's own site (the fetch URL's or
    /// the endpoint's): followed at once.
    Go(String),
    /// A `returnURL` elsewhere: offered as a link naming its site, so that
    /// a forged launch cannot send the learner there unawares.
    Offer { url: String, site: String },
    /// None given: the learner closes the window.
    Stay,
}

/// cmi5's verbs that an AU sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verb {
    Initialized,
    Completed,
    Passed,
    Failed,
    Terminated,
}

impl Verb {
    pub fn id(self) -> &'static str {
        match self {
            Verb::Initialized => "http://adlnet.gov/expapi/verbs/initialized",
            Verb::Completed => "http://adlnet.gov/expapi/verbs/completed",
            Verb::Passed => "http://adlnet.gov/expapi/verbs/passed",
            Verb::Failed => "http://adlnet.gov/expapi/verbs/failed",
            Verb::Terminated => "http://adlnet.gov/expapi/verbs/terminated",
        }
    }

    fn display(self) -> &'static str {
        match self {
            Verb::Initialized => "initialized",
            Verb::Completed => "completed",
            Verb::Passed => "passed",
            Verb::Failed => "failed",
            Verb::Terminated => "terminated",
        }
    }
}

/// Where the learner is in the AU, as [`Session::due`] judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// `passed` or `failed` by the best finished attempt, against the
    /// mastery score; `incomplete` before any.
    pub status: Status,
    /// The best attempt's percent.
    pub score: Option<u8>,
    /// Every lesson of the module complete.
    pub completed: bool,
    /// When the latest attempt at the module's checkpoint was finished, in
    /// ms since 1970.
    pub last_finished: Option<u64>,
}

/// The learner's standing in `module`, against the launch's mastery score
/// (else the module's pass mark).
pub fn standing(
    progress: &Progress,
    catalog: &Catalog,
    module: &str,
    mastery: Option<f64>,
) -> Standing {
    // A percent is whole: passing at 0.755 takes 76.
    let mark = mastery.map(|m| (m * 100.0 - 1e-9).ceil().clamp(0.0, 100.0) as u8);
    let report = scorm::report(progress, catalog, &Scope::Module(module.to_owned()), mark);
    let completed = catalog.module(module).is_some_and(|m| {
        !m.lessons.is_empty()
            && m.lessons
                .iter()
                .all(|l| progress.lesson(module, &l.id).is_complete())
    });
    let last_finished = progress
        .attempts_of(module)
        .filter_map(|a| a.finished)
        .max();
    Standing {
        status: report.status,
        score: report.raw,
        completed,
        last_finished,
    }
}

/// One launch session: what was sent, and what is due next.
#[derive(Debug, Clone)]
pub struct Session {
    pub launch: Launch,
    pub data: LaunchData,
    /// When the session began (`initialized`), in ms since 1970.
    pub started: u64,
    /// Verbs queued this session.
    sent: BTreeSet<Verb>,
    /// Verbs an earlier session of this registration sent (`passed`,
    /// `completed`), as far as the LRS said.
    before: BTreeSet<Verb>,
    /// Whether the LRS could say what earlier sessions sent.
    history_known: bool,
}

impl Session {
    pub fn new(launch: Launch, data: LaunchData, started: u64) -> Session {
        Session {
            launch,
            data,
            started,
            sent: BTreeSet::new(),
            before: BTreeSet::new(),
            history_known: true,
        }
    }

    /// Takes note that the LRS could not say what earlier sessions sent (a
    /// token that may not read statements): `failed` is then never sent,
    /// since it must not follow a `passed` this session cannot see.
    pub fn history_unknown(&mut self) {
        self.history_known = false;
    }

    /// Takes note that an earlier session of the registration sent `verb`.
    pub fn sent_before(&mut self, verb: Verb) {
        self.before.insert(verb);
    }

    /// Where "Finish" leads, once the session has ended.
    pub fn return_to(&self) -> Return {
        let Some(url) = self.data.return_url.clone() else {
            return Return::Stay;
        };
        let Some(there) = site(&url) else {
            return Return::Stay;
        };
        let lms = [&self.launch.fetch, &self.launch.endpoint];
        if lms
            .iter()
            .any(|u| site(u).as_deref() == Some(there.as_str()))
        {
            Return::Go(url)
        } else {
            let site = there
                .split_once("://")
                .map_or(there.as_str(), |(_, h)| h)
                .to_owned();
            Return::Offer { url, site }
        }
    }

    /// Whether `terminated` is sent: nothing goes after it.
    pub fn ended(&self) -> bool {
        self.sent.contains(&Verb::Terminated)
    }

    /// The verbs due now, in order, given the learner's standing; each is
    /// taken as sent. `leaving`: the session ends (a held `failed`, then
    /// `terminated`).
    pub fn due(&mut self, standing: Standing, leaving: bool) -> Vec<Verb> {
        let mut due = Vec::new();
        if self.ended() {
            return due;
        }
        if !self.sent.contains(&Verb::Initialized) {
            due.push(Verb::Initialized);
        }
        let once = |v: Verb, s: &Session| !s.sent.contains(&v) && !s.before.contains(&v);
        if self.data.mode == Mode::Normal {
            if standing.completed && once(Verb::Completed, self) {
                due.push(Verb::Completed);
            }
            let judged = self.sent.contains(&Verb::Passed) || self.sent.contains(&Verb::Failed);
            if !judged {
                match standing.status {
                    Status::Passed if once(Verb::Passed, self) => due.push(Verb::Passed),
                    // Failed in this session: an attempt finished since it
                    // began, and no `passed` for the registration.
                    Status::Failed
                        if leaving
                            && self.history_known
                            && !self.before.contains(&Verb::Passed)
                            && standing.last_finished.is_some_and(|f| f >= self.started) =>
                    {
                        due.push(Verb::Failed);
                    }
                    _ => {}
                }
            }
        }
        if leaving {
            due.push(Verb::Terminated);
        }
        self.sent.extend(due.iter().copied());
        due
    }

    /// The statement of `verb` at `now`: the launch data's context with
    /// the registration and cmi5's category (and `moveon` where the result
    /// says success or completion), the AU as object, and the result cmi5
    /// asks of the verb. Its id derives from the session and the verb, so
    /// sending it again is harmless.
    pub fn statement(&self, verb: Verb, now: u64, standing: Standing) -> Value {
        let mut context = self.data.context.clone();
        context.insert("registration".into(), json!(self.launch.registration));
        let activities = context
            .entry("contextActivities")
            .or_insert_with(|| json!({}));
        if !activities.is_object() {
            *activities = json!({});
        }
        let mut categories = vec![json!({ "id": CATEGORY })];
        let judged = matches!(verb, Verb::Passed | Verb::Failed | Verb::Completed);
        if judged {
            categories.push(json!({ "id": MOVE_ON }));
        }
        let list = activities
            .as_object_mut()
            .map(|a| a.entry("category").or_insert_with(|| json!([])));
        if let Some(list) = list {
            if !list.is_array() {
                *list = json!([]);
            }
            if let Some(list) = list.as_array_mut() {
                for c in categories {
                    if !list.contains(&c) {
                        list.push(c);
                    }
                }
            }
        }
        let seconds = now.saturating_sub(self.started) / 1000;
        let mut result = Map::new();
        match verb {
            Verb::Passed | Verb::Failed => {
                if let Some(p) = standing.score {
                    result.insert(
                        "score".into(),
                        json!({ "scaled": f64::from(p) / 100.0, "raw": p, "min": 0, "max": 100 }),
                    );
                }
                result.insert("success".into(), json!(verb == Verb::Passed));
                if let Some(m) = self.data.mastery {
                    let extensions = context.entry("extensions").or_insert_with(|| json!({}));
                    if let Some(e) = extensions.as_object_mut() {
                        e.insert(MASTERY.into(), json!(m));
                    }
                }
            }
            Verb::Completed => {
                result.insert("completion".into(), json!(true));
            }
            Verb::Initialized | Verb::Terminated => {}
        }
        if verb != Verb::Initialized {
            result.insert("duration".into(), json!(calendar::duration(seconds)));
        }
        // The LMS makes the session id; it need not be unique beyond the
        // learner and registration, so they are in the seed too.
        let seed = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
            self.launch.registration,
            self.launch.activity,
            self.launch.learner(),
            self.data.session,
            verb.display()
        );
        let id = uuid(
            crate::domain::learner::quiz::fnv1a(&seed),
            crate::domain::learner::quiz::fnv1a(&format!("{seed}\u{1f}cmi5")),
        );
        let mut statement = json!({
            "id": id,
            "actor": self.launch.actor,
            "verb": { "id": verb.id(), "display": { "en-US": verb.display() } },
            "object": { "id": self.launch.activity, "objectType": "Activity" },
            "context": context,
            "timestamp": calendar::timestamp(now),
        });
        if !result.is_empty() {
            statement["result"] = Value::Object(result);
        }
        statement
    }
}
