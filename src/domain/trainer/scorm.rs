//! What a SCORM 1.2 package tells the LMS that launched it, worked out from
//! the learner's progress: pure, so that every rule is tested on the host.
//! The adapter that finds the LMS's API and calls it is `adapters::scorm`.
//!
//! A package holds one SCO: one module, or the whole course ([`Scope`]).
//!
//! - [`report`]: `cmi.core.lesson_status` and `cmi.core.score.raw`. A module
//!   is `passed` or `failed` by its best finished attempt against the
//!   mastery score (the LMS's `cmi.student_data.mastery_score`, else the
//!   module's own pass mark), and `incomplete` before any; the course is
//!   `passed` once every module is, and `incomplete` until then, scored by
//!   the mean of the modules' best scores.
//! - [`interactions`]: one `cmi.interactions.n` per question of a finished
//!   attempt, in SCORM 1.2's own response formats (options as one
//!   character each, `0`-`9` then `a`-`z`, in the question's order).
//! - [`suspend`] and [`resume`]: the part of the progress inside the scope,
//!   as `cmi.suspend_data`, always within SCORM 1.2's 4,096 characters
//!   (runtimes are lenient; this module is not). What does not fit is left
//!   out in a fixed order, least needed first (see [`suspend`]). Taken back
//!   on another device, it is merged with what that device holds, item by
//!   item, as an imported file is.
//! - [`session_time`]: `cmi.core.session_time`, a CMITimespan.

#[cfg(test)]
mod tests;

use crate::domain::content::catalog::Catalog;
use crate::domain::content::lesson::{Checkpoint, QuestionKind};
use crate::domain::learner::progress::{LessonProgress, Place, Progress};
use crate::domain::learner::quiz::{best_and_last, Attempt};
use crate::domain::learner::scoring::{credit, Answer};
use crate::domain::shared::language::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096), in characters.
pub const SUSPEND_LIMIT: usize = 4096;

/// SCORM 1.2's limit on a CMIIdentifier and on a CMIFeedback.
const FIELD_LIMIT: usize = 255;

/// What one package reports on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Course,
    Module(String),
}

impl Scope {
    /// The scope a package's `index.html` names (`adapters::package`):
    /// `course`, or `module:<id>`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Scope> {
        match text.trim() {
            "course" => Some(Scope::Course),
            other => other
                .strip_prefix("module:")
                .filter(|id| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                })
                .map(|id| Scope::Module(id.to_owned())),
        }
    }

    /// Whether a module's work is inside this scope.
    pub fn covers(&self, module: &str) -> bool {
        match self {
            Scope::Course => true,
            Scope::Module(m) => m == module,
        }
    }
}

/// `cmi.core.lesson_status`, as this app sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Incomplete,
    Passed,
    Failed,
}

impl Status {
    /// The status an LMS holds, where it is one this app sets (`completed`,
    /// `browsed` and `not attempted` are none of them).
    pub fn from_cmi(text: &str) -> Option<Status> {
        match text.trim() {
            "passed" => Some(Status::Passed),
            "failed" => Some(Status::Failed),
            "incomplete" => Some(Status::Incomplete),
            _ => None,
        }
    }

    /// Incomplete, then failed, then passed.
    fn rank(self) -> u8 {
        match self {
            Status::Incomplete => 0,
            Status::Failed => 1,
            Status::Passed => 2,
        }
    }

    pub fn cmi(self) -> &'static str {
        match self {
            Status::Incomplete => "incomplete",
            Status::Passed => "passed",
            Status::Failed => "failed",
        }
    }
}

/// What the LMS is told about the scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub status: Status,
    /// `cmi.core.score.raw`, 0 to 100 (min 0, max 100); `None` before any
    /// finished attempt.
    pub raw: Option<u8>,
}

/// The report for `scope`. `mastery` is the LMS's mastery score, which
/// replaces a module's own pass mark when the LMS gives one (SCORM 1.2
/// lets the package's manifest set it, and the LMS then judges by it).
/// An unknown module is incomplete with no score.
pub fn report(
    progress: &Progress,
    catalog: &Catalog,
    scope: &Scope,
    mastery: Option<u8>,
) -> Report {
    let best = |module: &str| {
        best_and_last(progress.attempts_of(module))
            .0
            .and_then(|a| a.percent)
    };
    match scope {
        Scope::Module(id) => {
            let Some(summary) = catalog.module(id) else {
                return Report {
                    status: Status::Incomplete,
                    raw: None,
                };
            };
            let mark = mastery.unwrap_or(summary.pass_mark);
            let raw = best(id);
            let status = match raw {
                None => Status::Incomplete,
                Some(p) if p >= mark => Status::Passed,
                Some(_) => Status::Failed,
            };
            Report { status, raw }
        }
        Scope::Course => {
            let scores: Vec<Option<u8>> = catalog.modules.iter().map(|m| best(&m.id)).collect();
            let all_passed = !catalog.modules.is_empty()
                && catalog
                    .modules
                    .iter()
                    .zip(&scores)
                    .all(|(m, s)| s.is_some_and(|p| p >= m.pass_mark));
            let raw = scores.iter().any(Option::is_some).then(|| {
                let sum: u32 = scores.iter().map(|s| u32::from(s.unwrap_or(0))).sum();
                // Rounded down, as a module's percent is.
                (sum / scores.len() as u32) as u8
            });
            Report {
                status: if all_passed {
                    Status::Passed
                } else {
                    Status::Incomplete
                },
                raw,
            }
        }
    }
}

/// What to send where the LMS already holds `held` (from an earlier
/// session, maybe on another device): never less. A device that lost its
/// storage, or a learner who erased this device's data, must not take a
/// `passed` or a score back from the LMS (which grades from them).
pub fn never_lower(now: Report, held: Report) -> Report {
    Report {
        status: if held.status.rank() > now.status.rank() {
            held.status
        } else {
            now.status
        },
        raw: now.raw.max(held.raw),
    }
}

/// One `cmi.interactions.n` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    /// `.id`: the module and question ids, a CMIIdentifier.
    pub id: String,
    /// `.type`.
    pub kind: &'static str,
    /// `.student_response`; empty for an unanswered question.
    pub response: String,
    /// `.correct_responses.0.pattern`; empty where there is none to give.
    pub correct: String,
    /// `.result`: `correct` or `wrong` (partial credit is wrong).
    pub result: &'static str,
}

/// The interactions of a finished attempt, one per question it asked, in
/// the order asked. Questions the checkpoint no longer has are left out.
pub fn interactions(attempt: &Attempt, checkpoint: &Checkpoint) -> Vec<Interaction> {
    attempt
        .asked(checkpoint)
        .into_iter()
        .map(|question| {
            let answer = attempt.answers.get(&question.id);
            let (kind, response, correct) = formats(&question.kind, answer);
            let right = answer.is_some_and(|a| credit(&question.kind, a) >= 1.0);
            Interaction {
                id: identifier(&format!("{}.{}", attempt.module, question.id)),
                kind,
                response: clip(&response),
                correct: clip(&correct),
                result: if right { "correct" } else { "wrong" },
            }
        })
        .collect()
}

/// The character SCORM 1.2 gives the `i`th option: `0`-`9`, then `a`-`z`;
/// `?` past the 36th, which no question of this course reaches.
fn letter(i: usize) -> char {
    char::from_digit(i as u32, 36).unwrap_or('?')
}

/// The letters of `chosen` among `options`, comma-separated, in the order
/// given; an id the options do not hold is left out.
fn letters<'a>(options: &[String], chosen: impl IntoIterator<Item = &'a String>) -> String {
    chosen
        .into_iter()
        .filter_map(|c| options.iter().position(|o| o == c).map(letter))
        .map(String::from)
        .collect::<Vec<_>>()
        .join(",")
}

/// Pairs written `<letter>.<letter>` by position in `lefts` and `rights`.
fn pairs<'a>(
    lefts: &[String],
    rights: &[String],
    chosen: impl IntoIterator<Item = (&'a String, &'a String)>,
) -> String {
    chosen
        .into_iter()
        .filter_map(|(l, r)| {
            let l = lefts.iter().position(|x| x == l)?;
            let r = rights.iter().position(|x| x == r)?;
            Some(format!("{}.{}", letter(l), letter(r)))
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A question's interaction type, the learner's response and the correct
/// response, in SCORM 1.2's formats.
fn formats(kind: &QuestionKind, answer: Option<&Answer>) -> (&'static str, String, String) {
    match kind {
        QuestionKind::SingleChoice { options, correct } => {
            let response = match answer {
                Some(Answer::Single(o)) => letters(options, [o]),
                _ => String::new(),
            };
            ("choice", response, letters(options, [correct]))
        }
        QuestionKind::MultipleChoice { options, correct } => {
            let response = match answer {
                Some(Answer::Multiple(os)) => letters(options, os),
                _ => String::new(),
            };
            ("choice", response, letters(options, correct))
        }
        QuestionKind::TrueFalse { answer: right } => {
            let tf = |b: bool| if b { "t" } else { "f" }.to_owned();
            let response = match answer {
                Some(Answer::TrueFalse(b)) => tf(*b),
                _ => String::new(),
            };
            ("true-false", response, tf(*right))
        }
        QuestionKind::ShortText { accept } => {
            let response = match answer {
                Some(Answer::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let first = accept.en.first().or(accept.fr.first()).cloned();
            ("fill-in", response, first.unwrap_or_default())
        }
        QuestionKind::Matching { pairs: ps } => {
            let lefts: Vec<String> = ps.iter().map(|p| p.left.clone()).collect();
            let rights: Vec<String> = ps.iter().map(|p| p.right.clone()).collect();
            let response = match answer {
                Some(Answer::Matching(m)) => pairs(&lefts, &rights, m),
                _ => String::new(),
            };
            let correct = pairs(&lefts, &rights, lefts.iter().zip(&rights));
            ("matching", response, correct)
        }
        QuestionKind::Ordering { items } => {
            let response = match answer {
                Some(Answer::Ordering(os)) => letters(items, os),
                _ => String::new(),
            };
            ("sequencing", response, letters(items, items))
        }
        QuestionKind::Categorising { categories, items } => {
            let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
            let response = match answer {
                Some(Answer::Categorising(m)) => pairs(&ids, categories, m),
                _ => String::new(),
            };
            let correct = pairs(&ids, categories, items.iter().map(|i| (&i.id, &i.category)));
            ("matching", response, correct)
        }
    }
}

/// A CMIIdentifier: printable ASCII with no space, 255 characters at most.
fn identifier(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_graphic() { c } else { '_' })
        .take(FIELD_LIMIT)
        .collect()
}

/// A CMIFeedback: 255 characters at most.
fn clip(text: &str) -> String {
    text.chars().take(FIELD_LIMIT).collect()
}

/// `cmi.core.session_time` for a session of `ms` milliseconds:
/// `HHHH:MM:SS.SS`, hours capped at 9999.
pub fn session_time(ms: u64) -> String {
    let centis = (ms / 10).min(9999 * 360_000 + 359_999);
    let (hours, rest) = (centis / 360_000, centis % 360_000);
    let (minutes, rest) = (rest / 6000, rest % 6000);
    format!(
        "{hours:04}:{minutes:02}:{:02}.{:02}",
        rest / 100,
        rest % 100
    )
}

// --- suspend_data ------------------------------------------------------------

/// The version of the suspend_data format this build writes and reads.
const VERSION: u8 = 1;

/// The resume state, with one-letter keys and grouped by module: a
/// compact subset of [`Progress`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Saved {
    v: u8,
    /// The progress's generation (see `Progress::generation`).
    #[serde(default, skip_serializing_if = "is_zero")]
    g: u64,
    /// The last place, when it is inside the scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    p: Option<Place>,
    /// Lesson entries: module id → lesson id → entry.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    l: BTreeMap<String, BTreeMap<String, SavedLesson>>,
    /// Attempts: module id → attempts.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    a: BTreeMap<String, Vec<SavedAttempt>>,
}

const REACHED_END: u8 = 1;
const SKIPPED: u8 = 2;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct SavedLesson {
    /// [`REACHED_END`] and [`SKIPPED`].
    #[serde(default, skip_serializing_if = "is_zero_u8")]
    f: u8,
    /// The reflection.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    r: String,
    /// When it last changed.
    #[serde(default, skip_serializing_if = "is_zero")]
    u: u64,
    /// The reading position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    o: Option<String>,
    /// The exercise's answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    x: Option<Answer>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct SavedAttempt {
    /// The id, when it is not the usual `<module>-<started>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    i: Option<String>,
    /// The seed.
    s: u64,
    /// The questions drawn.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    q: Vec<String>,
    /// Started.
    t: u64,
    /// How long after starting it was finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    d: Option<u64>,
    /// The percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    p: Option<u8>,
    /// The languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    n: Vec<Lang>,
    /// The answers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    a: BTreeMap<String, Answer>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn is_zero_u8(n: &u8) -> bool {
    *n == 0
}

impl SavedLesson {
    fn of(l: &LessonProgress) -> SavedLesson {
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        SavedLesson {
            f: flag(l.reached_end, REACHED_END) | flag(l.skipped, SKIPPED),
            r: l.reflection.clone(),
            u: l.updated,
            o: l.position.clone(),
            x: l.exercise.clone(),
        }
    }

    fn lesson(self) -> LessonProgress {
        LessonProgress {
            reflection: self.r,
            skipped: self.f & SKIPPED != 0,
            reached_end: self.f & REACHED_END != 0,
            position: self.o,
            updated: self.u,
            exercise: self.x,
        }
    }
}

impl SavedAttempt {
    fn of(a: &Attempt) -> SavedAttempt {
        let usual = format!("{}-{}", a.module, a.started);
        SavedAttempt {
            i: (a.id != usual).then(|| a.id.clone()),
            s: a.seed,
            q: a.questions.clone(),
            t: a.started,
            d: a.finished.map(|f| f.saturating_sub(a.started)),
            p: a.percent,
            n: a.languages.clone(),
            a: a.answers.clone(),
        }
    }

    fn attempt(self, module: &str) -> Attempt {
        Attempt {
            id: self.i.unwrap_or_else(|| format!("{module}-{}", self.t)),
            module: module.to_owned(),
            seed: self.s,
            questions: self.q,
            started: self.t,
            finished: self.d.map(|d| self.t.saturating_add(d)),
            languages: self.n,
            answers: self.a,
            percent: self.p,
        }
    }
}

/// Writes `saved` as JSON in ASCII only (`\u` escapes beyond it), so that
/// its length in characters is the same for every LMS and database.
fn ascii_json(saved: &Saved) -> String {
    let json = serde_json::to_string(saved).unwrap_or_default();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
}

/// Cuts a reflection to `chars` characters, marked as cut with `...`.
fn shorten(text: &mut String, chars: usize) {
    if text.chars().count() > chars {
        *text = text.chars().take(chars).collect::<String>() + "...";
    }
}

/// Keeps, of each module's finished attempts, only those `keep` picks from
/// (the best, the last) ; unfinished attempts stay.
fn keep_attempts(saved: &mut Saved, keep: fn(Option<&Attempt>, Option<&Attempt>) -> Vec<String>) {
    for (module, attempts) in &mut saved.a {
        let all: Vec<Attempt> = attempts
            .iter()
            .cloned()
            .map(|a| a.attempt(module))
            .collect();
        let (best, last) = best_and_last(&all);
        let ids = keep(best, last);
        let kept = all
            .iter()
            .zip(attempts.iter())
            .filter(|(a, _)| a.finished.is_none() || ids.contains(&a.id))
            .map(|(_, s)| s.clone())
            .collect();
        *attempts = kept;
    }
}

/// `cmi.suspend_data` for `scope`: its lessons, its attempts, the last
/// place and the generation, in at most [`SUSPEND_LIMIT`] characters.
///
/// When everything does not fit, it is cut in this order, each step taken
/// only while the text is still too long:
/// 1. finished attempts lose their answers and drawn questions;
/// 2. lessons lose their reading position and exercise answer;
/// 3. only the best and the last finished attempt of each module stay,
///    with any unfinished one; then only the best;
/// 4. reflections are cut to 200 characters, then 40; lessons lose their
///    change time (where the device has its own copy, its copy wins); then
///    reflections are cut to a mark that keeps the lesson answered;
/// 5. unfinished attempts lose their answers;
/// 6. lessons not yet completed are left out, then whatever is last.
pub fn suspend(progress: &Progress, scope: &Scope) -> String {
    let mut saved = Saved {
        v: VERSION,
        g: progress.generation,
        p: progress.last.clone().filter(|p| scope.covers(&p.module)),
        ..Saved::default()
    };
    for (key, l) in &progress.lessons {
        let Some((module, lesson)) = key.split_once('/') else {
            continue;
        };
        if scope.covers(module) {
            saved
                .l
                .entry(module.to_owned())
                .or_default()
                .insert(lesson.to_owned(), SavedLesson::of(l));
        }
    }
    for a in progress
        .attempts
        .values()
        .filter(|a| scope.covers(&a.module))
    {
        saved
            .a
            .entry(a.module.clone())
            .or_default()
            .push(SavedAttempt::of(a));
    }
    let lessons = |s: &mut Saved, f: &dyn Fn(&mut SavedLesson)| {
        s.l.values_mut().flat_map(|m| m.values_mut()).for_each(f)
    };
    let attempts = |s: &mut Saved, f: &dyn Fn(&mut SavedAttempt)| {
        s.a.values_mut().flat_map(|m| m.iter_mut()).for_each(f)
    };
    let steps: [&dyn Fn(&mut Saved); 10] = [
        &|s| {
            attempts(s, &|a| {
                if a.d.is_some() {
                    a.a.clear();
                    a.q.clear();
                }
            })
        },
        &|s| {
            lessons(s, &|l| {
                l.o = None;
                l.x = None;
            })
        },
        &|s| {
            keep_attempts(s, |best, last| {
                [best, last]
                    .into_iter()
                    .flatten()
                    .map(|a| a.id.clone())
                    .collect()
            })
        },
        &|s| {
            keep_attempts(s, |best, _| {
                best.into_iter().map(|a| a.id.clone()).collect()
            })
        },
        &|s| lessons(s, &|l| shorten(&mut l.r, 200)),
        &|s| lessons(s, &|l| shorten(&mut l.r, 40)),
        &|s| lessons(s, &|l| l.u = 0),
        &|s| lessons(s, &|l| shorten(&mut l.r, 0)),
        &|s| attempts(s, &|a| a.a.clear()),
        &|s| {
            for module in s.l.values_mut() {
                module.retain(|_, l| l.clone().lesson().is_complete());
            }
        },
    ];
    let fits = |s: &Saved| ascii_json(s).len() <= SUSPEND_LIMIT;
    for step in steps {
        if fits(&saved) {
            break;
        }
        step(&mut saved);
    }
    // Last resort, never met by this course: drop entries from the end.
    while !fits(&saved) {
        let dropped = saved.a.values_mut().rev().find_map(Vec::pop).is_some()
            || saved
                .l
                .values_mut()
                .rev()
                .find_map(BTreeMap::pop_last)
                .is_some();
        if !dropped {
            saved.a.clear();
            saved.l.clear();
            saved.p = None;
        }
    }
    ascii_json(&saved)
}

/// Why a suspend_data text could not be taken back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResumeError {
    #[error("the LMS holds no resume state")]
    Empty,
    #[error("the resume state was written by a later version (format {0})")]
    Newer(u8),
    #[error("the resume state is not this app's: {0}")]
    Foreign(String),
}

/// The progress a suspend_data text holds, to be merged with the device's
/// own (as an imported file is). Lessons and attempts of modules `known`
/// rejects are left out.
pub fn resume(text: &str, known: &dyn Fn(&str) -> bool) -> Result<Progress, ResumeError> {
    if text.trim().is_empty() {
        return Err(ResumeError::Empty);
    }
    let saved: Saved =
        serde_json::from_str(text).map_err(|e| ResumeError::Foreign(e.to_string()))?;
    if saved.v > VERSION {
        return Err(ResumeError::Newer(saved.v));
    }
    if saved.v == 0 {
        return Err(ResumeError::Foreign("no format version".into()));
    }
    let mut progress = Progress::default();
    progress.generation = saved.g;
    progress.last = saved.p.filter(|p| known(&p.module));
    for (module, lessons) in saved.l.into_iter().filter(|(m, _)| known(m)) {
        for (lesson, l) in lessons {
            let key = crate::domain::learner::progress::lesson_key(&module, &lesson);
            progress.lessons.insert(key, l.lesson());
        }
    }
    for (module, attempts) in saved.a.into_iter().filter(|(m, _)| known(m)) {
        for a in attempts {
            progress.put_attempt(a.attempt(&module));
        }
    }
    Ok(progress)
}
