//! The SCORM 1.2 runtime API of the LMS that launched the app, when there
//! is one: found as SCORM 1.2 says (this window, then up to seven parents,
//! then the opener and its parents), and called through `js_sys::Reflect`,
//! since the API is a plain object the LMS puts on its window. What to send
//! comes from `domain::trainer::scorm`; this adapter only carries it.
//!
//! Every call is guarded: a parent of another origin (reading it throws), a
//! missing function or an LMS that throws is "no answer", never a crash.

use crate::domain::trainer::scorm::{Interaction, Report, SUSPEND_LIMIT};
use wasm_bindgen::{JsCast, JsValue};

/// How many parents SCORM 1.2's search climbs.
const PARENTS: usize = 7;

/// The LMS's API object.
#[derive(Clone)]
pub struct Lms {
    api: JsValue,
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The SCORM 1.2 API on `window` or one of its parents.
fn search(mut window: JsValue) -> Option<JsValue> {
    for _ in 0..=PARENTS {
        if let Some(api) = get(&window, "API").filter(|api| get(api, "LMSInitialize").is_some()) {
            return Some(api);
        }
        let parent = get(&window, "parent")?;
        if js_sys::Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

/// The LMS around this page, initialised (`LMSInitialize` is called once
/// for the visit, as SCORM 1.2 allows): found by the first caller, the app
/// at start, which needs the learner's id before it reads storage.
pub fn launched() -> Option<Lms> {
    thread_local! {
        static LAUNCHED: Option<Lms> = Lms::find().filter(|lms| {
            let ok = lms.initialize();
            if !ok {
                web_sys::console::error_1(
                    &format!("the LMS refused LMSInitialize (error {})", lms.error()).into(),
                );
            }
            ok
        });
    }
    LAUNCHED.with(Clone::clone)
}

/// The part of the browser's storage that is this LMS learner's
/// (`store::spaced`): `lms-` and a hash of `cmi.core.student_id`. `None`
/// without an LMS, or one that names no learner.
pub fn learner_space() -> Option<&'static str> {
    let id = launched()?.value("cmi.core.student_id")?;
    let id = id.trim();
    if id.is_empty() {
        return None;
    }
    let space = format!(
        "{}{:016x}",
        crate::domain::shared::store::SPACE_PREFIX,
        crate::domain::learner::quiz::fnv1a(id)
    );
    // One per visit.
    Some(Box::leak(space.into_boxed_str()))
}

impl Lms {
    /// The API of the LMS around this page, if any.
    pub fn find() -> Option<Lms> {
        Lms::find_from(web_sys::window()?.into())
    }

    /// The API of the LMS around `window`: on it or up to seven parents,
    /// then on its opener or the opener's parents.
    pub fn find_from(window: JsValue) -> Option<Lms> {
        let api = search(window.clone()).or_else(|| search(get(&window, "opener")?))?;
        Some(Lms { api })
    }

    /// Calls `name` with `args`; the LMS's answer as text.
    fn call(&self, name: &str, args: &[&str]) -> Option<String> {
        let function: js_sys::Function = get(&self.api, name)?.dyn_into().ok()?;
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        let answer = function.apply(&self.api, &args).ok()?;
        // SCORM 1.2 says strings; LMSs also answer booleans, and numbers
        // (Moodle's `cmi.interactions._count`).
        answer
            .as_string()
            .or_else(|| answer.as_bool().map(|b| b.to_string()))
            .or_else(|| answer.as_f64().map(|n| n.to_string()))
    }

    /// Whether the LMS answered `"true"`.
    fn ok(&self, name: &str, args: &[&str]) -> bool {
        self.call(name, args).as_deref() == Some("true")
    }

    /// `LMSInitialize("")`.
    pub fn initialize(&self) -> bool {
        self.ok("LMSInitialize", &[""])
    }

    /// `LMSGetValue(key)`; `None` when the LMS reports an error.
    pub fn value(&self, key: &str) -> Option<String> {
        let value = self.call("LMSGetValue", &[key])?;
        if value.is_empty() && self.error() != 0 {
            None
        } else {
            Some(value)
        }
    }

    /// `LMSSetValue(key, value)`.
    pub fn set(&self, key: &str, value: &str) -> bool {
        self.ok("LMSSetValue", &[key, value])
    }

    /// `LMSCommit("")`.
    pub fn commit(&self) -> bool {
        self.ok("LMSCommit", &[""])
    }

    /// `LMSFinish("")`.
    pub fn finish(&self) -> bool {
        self.ok("LMSFinish", &[""])
    }

    /// `LMSGetLastError()`, 0 for none.
    pub fn error(&self) -> u16 {
        self.call("LMSGetLastError", &[])
            .and_then(|e| e.trim().parse().ok())
            .unwrap_or(0)
    }

    /// The mastery score the LMS holds for this SCO (from the manifest).
    pub fn mastery(&self) -> Option<u8> {
        let text = self.value("cmi.student_data.mastery_score")?;
        let score: f64 = text.trim().parse().ok()?;
        (0.0..=100.0).contains(&score).then(|| score.ceil() as u8)
    }

    /// The learner's name as the LMS writes it (`Last, First`), turned
    /// round to `First Last`.
    pub fn learner_name(&self) -> Option<String> {
        let name = self.value("cmi.core.student_name")?;
        let name = match name.split_once(',') {
            Some((last, first)) => format!("{} {}", first.trim(), last.trim()),
            None => name.trim().to_owned(),
        };
        (!name.trim().is_empty()).then(|| name.trim().to_owned())
    }

    /// Sends the lesson status and score. Returns whether the LMS took both.
    pub fn report(&self, report: &Report) -> bool {
        let status = self.set("cmi.core.lesson_status", report.status.cmi());
        let score = report.raw.is_none_or(|raw| {
            self.set("cmi.core.score.min", "0")
                & self.set("cmi.core.score.max", "100")
                & self.set("cmi.core.score.raw", &raw.to_string())
        });
        status && score
    }

    /// Whether the LMS keeps interactions (`cmi.interactions._children`
    /// names them; SCORM 1.2 lets an LMS leave them out).
    pub fn keeps_interactions(&self) -> bool {
        self.value("cmi.interactions._children")
            .is_some_and(|c| c.split(',').any(|f| f.trim() == "id"))
    }

    /// Appends `interactions` after those the LMS already holds. Returns how
    /// many it took; none where it keeps no interactions, or does not say
    /// how many it holds (writing from 0 would replace earlier ones).
    pub fn add_interactions(&self, interactions: &[Interaction]) -> usize {
        if !self.keeps_interactions() {
            return 0;
        }
        let Some(start) = self
            .value("cmi.interactions._count")
            .and_then(|c| c.trim().parse::<usize>().ok())
        else {
            return 0;
        };
        let mut taken = 0;
        for (n, i) in (start..).zip(interactions) {
            let key = |field: &str| format!("cmi.interactions.{n}.{field}");
            if !self.set(&key("id"), &i.id) {
                break;
            }
            self.set(&key("type"), i.kind);
            if !i.response.is_empty() {
                self.set(&key("student_response"), &i.response);
            }
            if !i.correct.is_empty() {
                self.set(&key("correct_responses.0.pattern"), &i.correct);
            }
            self.set(&key("result"), i.result);
            taken += 1;
        }
        taken
    }

    /// Sends the resume state; refused (false) past SCORM 1.2's limit,
    /// whatever the LMS would accept.
    pub fn suspend(&self, data: &str) -> bool {
        data.chars().count() <= SUSPEND_LIMIT && self.set("cmi.suspend_data", data)
    }
}
