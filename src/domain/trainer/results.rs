//! Result files: what a learner sends their trainer for one assignment.
//!
//! A file is JSON, written for people first and machines second:
//! - `summary`: readable lines, one per line of the file, at its top;
//! - `format`, `version` and `checksum` (FNV-1a over `results` exactly as
//!   written, which catches a file damaged or edited by hand; it is not a
//!   signature);
//! - `results`: the learner's signature, the assignment, and per module
//!   every attempt with its answers by question id, scores, time spent and
//!   the interface languages used; per lesson whether it was completed;
//! - `statements`: the same as xAPI 1.0.3 statements (see [`crate::domain::trainer::xapi`]),
//!   for any Learning Record Store. The dashboard reads `results` only.

use crate::domain::content::catalog::Catalog;
use crate::domain::content::lesson::Checkpoint;
use crate::domain::learner::progress::Progress;
use crate::domain::learner::quiz::{best_and_last, fnv1a};
use crate::domain::learner::scoring::{credit, Answer};
use crate::domain::shared::json::cut_short;
use crate::domain::shared::language::Lang;
use crate::domain::trainer::assigned::{Item, Signature, Status};
use crate::domain::trainer::assignment::Assignment;
use serde::{Deserialize, Serialize};

mod error;
mod reviews;

pub use error::ResultsError;
use reviews::reviews_of;
pub use reviews::ReviewResult;

/// What every result file says it is.
pub const FORMAT: &str = "savoir-results";

/// The file version this build writes and reads.
pub const VERSION: u32 = 1;

/// The largest file the dashboard reads, in bytes.
pub const MAX_FILE: usize = 5_000_000;

/// One answer of an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerResult {
    pub question: String,
    pub answer: Answer,
    /// From 0 to 1.
    pub credit: f64,
}

impl AnswerResult {
    pub fn correct(&self) -> bool {
        self.credit >= 1.0
    }
}

/// One checkpoint attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptResult {
    pub id: String,
    /// Milliseconds since 1970.
    pub started: u64,
    #[serde(default)]
    pub finished: Option<u64>,
    /// As graded when finished.
    #[serde(default)]
    pub percent: Option<u8>,
    #[serde(default)]
    pub languages: Vec<Lang>,
    /// From start to finish; 0 while unfinished (answers carry no time).
    pub seconds: u64,
    /// The questions drawn for this attempt, in order; empty in files made
    /// before question pools, when every question was asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asked: Vec<String>,
    #[serde(default)]
    pub answers: Vec<AnswerResult>,
}

impl AttemptResult {
    /// Whether this attempt asked `question`.
    pub fn asked(&self, question: &str) -> bool {
        self.asked.is_empty() || self.asked.iter().any(|q| q == question)
    }
}

/// One assigned module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleResult {
    pub module: String,
    pub status: Status,
    #[serde(default)]
    pub best: Option<u8>,
    #[serde(default)]
    pub last: Option<u8>,
    #[serde(default)]
    pub attempts: Vec<AttemptResult>,
    /// Answers given on the review page to this module's checkpoint
    /// questions, oldest first (files made before spaced review have none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<ReviewResult>,
}

/// One assigned lesson, or a lesson of an assigned module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonResult {
    pub module: String,
    pub lesson: String,
    pub status: Status,
    /// When the learner last did something in it, milliseconds since 1970.
    #[serde(default)]
    pub updated: u64,
}

/// What a result file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub learner: Signature,
    pub assignment: Assignment,
    /// When the file was made, milliseconds since 1970.
    pub exported: u64,
    /// The learner's date then, `YYYY-MM-DD` (for "overdue").
    pub on: String,
    pub status: Status,
    #[serde(default)]
    pub modules: Vec<ModuleResult>,
    #[serde(default)]
    pub lessons: Vec<LessonResult>,
    /// Time spent in checkpoints, in seconds.
    pub seconds: u64,
    /// Every interface language an attempt was answered in.
    #[serde(default)]
    pub languages: Vec<Lang>,
}

/// The longest time an attempt is counted for: a week. An attempt left
/// open longer (it survives reloads) was not being worked on all along.
pub const MAX_ATTEMPT_SECONDS: u64 = 604_800;

/// The seconds between two times in milliseconds, never negative, at most
/// [`MAX_ATTEMPT_SECONDS`].
fn seconds_between(from: u64, to: u64) -> u64 {
    (to.saturating_sub(from) / 1000).min(MAX_ATTEMPT_SECONDS)
}

impl Results {
    /// The results of `assignment` from the learner's progress, made at
    /// `now` on the learner's date `today`. `checkpoint` gives each assigned
    /// module's checkpoint, to grade answers by; a module whose checkpoint
    /// is not given gets its answers with no credit.
    pub fn of(
        learner: Signature,
        assignment: &Assignment,
        progress: &Progress,
        catalog: &Catalog,
        checkpoint: &dyn Fn(&str) -> Option<Checkpoint>,
        now: u64,
        today: &str,
    ) -> Results {
        let mut modules = Vec::new();
        let mut lessons = Vec::new();
        let mut languages: Vec<Lang> = Vec::new();
        for item in assignment.items() {
            let (status, _) = assignment.item_status(&item, progress, catalog, today);
            match item {
                Item::Module(module) => {
                    let questions = checkpoint(&module);
                    let mut attempts: Vec<AttemptResult> = progress
                        .attempts_of(&module)
                        .map(|a| AttemptResult {
                            id: a.id.clone(),
                            started: a.started,
                            finished: a.finished,
                            percent: a.percent,
                            languages: a.languages.clone(),
                            seconds: seconds_between(a.started, a.finished.unwrap_or(a.started)),
                            asked: questions
                                .as_ref()
                                .map_or_else(|| a.questions.clone(), |c| a.asked_ids(c)),
                            answers: a
                                .answers
                                .iter()
                                .map(|(q, answer)| AnswerResult {
                                    question: q.clone(),
                                    answer: answer.clone(),
                                    credit: questions
                                        .as_ref()
                                        .and_then(|c| c.question(q))
                                        .map_or(0.0, |x| credit(&x.kind, answer)),
                                })
                                .collect(),
                        })
                        .collect();
                    attempts.sort_by_key(|a| a.started);
                    for lang in attempts.iter().flat_map(|a| &a.languages) {
                        if !languages.contains(lang) {
                            languages.push(*lang);
                        }
                    }
                    let (best, last) = best_and_last(progress.attempts_of(&module));
                    modules.push(ModuleResult {
                        status,
                        best: best.and_then(|a| a.percent),
                        last: last.and_then(|a| a.percent),
                        attempts,
                        reviews: reviews_of(progress, &module),
                        module: module.clone(),
                    });
                    for l in catalog.module(&module).map_or(&[][..], |m| &m.lessons) {
                        let key = (module.as_str(), l.id.as_str());
                        lessons.push(lesson_result(assignment, key, progress, catalog, today));
                    }
                }
                Item::Lesson { module, lesson } => {
                    let key = (module.as_str(), lesson.as_str());
                    lessons.push(lesson_result(assignment, key, progress, catalog, today));
                }
            }
        }
        let seconds = modules
            .iter()
            .flat_map(|m| &m.attempts)
            .fold(0u64, |sum, a| sum.saturating_add(a.seconds));
        Results {
            learner,
            status: assignment.status(progress, catalog, today),
            assignment: assignment.clone(),
            exported: now,
            on: today.to_owned(),
            modules,
            lessons,
            seconds,
            languages,
        }
    }

    /// The file: `summary` lines first, then the checked results, then the
    /// xAPI statements (already serialised JSON).
    pub fn to_file(&self, summary: &[String], statements: &str) -> String {
        let results = serde_json::to_string(self).unwrap_or_default();
        let mut out = String::from("{\n  \"summary\": [\n");
        let lines: Vec<String> = summary
            .iter()
            .map(|l| format!("    {}", serde_json::to_string(l).unwrap_or_default()))
            .collect();
        out.push_str(&lines.join(",\n"));
        out.push_str(&format!(
            "\n  ],\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n  \"checksum\": \"{:016x}\",\n  \"results\": {results},\n  \"statements\": {statements}\n}}\n",
            fnv1a(&results)
        ));
        out
    }

    /// Reads a result file: never panics, whatever it is given.
    pub fn from_file(text: &str) -> Result<Results, ResultsError> {
        #[derive(Deserialize)]
        struct Head {
            #[serde(default)]
            format: String,
            #[serde(default)]
            version: u32,
        }
        #[derive(Deserialize)]
        struct File<'a> {
            checksum: String,
            #[serde(borrow)]
            results: &'a serde_json::value::RawValue,
        }
        if text.len() > MAX_FILE {
            return Err(ResultsError::TooLarge(text.len()));
        }
        let head: Head = serde_json::from_str(text).map_err(|e| {
            if cut_short(text, &e) {
                ResultsError::Truncated
            } else if e.is_syntax() {
                ResultsError::NotJson(e.to_string())
            } else {
                ResultsError::Foreign
            }
        })?;
        if head.format != FORMAT {
            return Err(ResultsError::Foreign);
        }
        if head.version > VERSION {
            return Err(ResultsError::NewerVersion(head.version));
        }
        if head.version == 0 {
            return Err(ResultsError::Invalid("no version".into()));
        }
        let file: File =
            serde_json::from_str(text).map_err(|e| ResultsError::Invalid(e.to_string()))?;
        if format!("{:016x}", fnv1a(file.results.get())) != file.checksum.to_ascii_lowercase() {
            return Err(ResultsError::Tampered);
        }
        let results: Results = serde_json::from_str(file.results.get())
            .map_err(|e| ResultsError::Invalid(e.to_string()))?;
        results.check()?;
        Ok(results)
    }

    /// What a file may hold beyond its shape.
    fn check(&self) -> Result<(), ResultsError> {
        let invalid = |why: &str| Err(ResultsError::Invalid(why.to_owned()));
        if self.learner.id.is_empty() || self.learner.id.len() > 64 {
            return invalid("no learner id");
        }
        if self.learner.name.chars().count() > 80 {
            return invalid("learner name too long");
        }
        // The course may have changed since: only the shape is checked.
        self.assignment
            .validate(&|_, _| true)
            .map_err(|e| ResultsError::Invalid(e.to_string()))?;
        if !crate::domain::trainer::assignment::is_date(&self.on) {
            return invalid("date");
        }
        let dates = self
            .modules
            .iter()
            .flat_map(|m| &m.attempts)
            .flat_map(|a| [Some(a.started), a.finished])
            .flatten()
            .chain(self.modules.iter().flat_map(|m| &m.reviews).map(|r| r.at))
            .chain([self.exported]);
        if dates
            .into_iter()
            .any(|t| t > crate::domain::learner::transfer::MAX_DATE)
        {
            return invalid("a date no browser can show");
        }
        let too_long = self
            .modules
            .iter()
            .flat_map(|m| &m.attempts)
            .any(|a| a.seconds > MAX_ATTEMPT_SECONDS);
        if too_long || self.seconds > MAX_ATTEMPT_SECONDS * 1000 {
            return invalid("a time no attempt can take");
        }
        let percents = self.modules.iter().flat_map(|m| {
            [m.best, m.last]
                .into_iter()
                .chain(m.attempts.iter().map(|a| a.percent))
        });
        if percents.flatten().any(|p| p > 100) {
            return invalid("a score above 100 %");
        }
        let credits = self
            .modules
            .iter()
            .flat_map(|m| &m.attempts)
            .flat_map(|a| &a.answers);
        if credits
            .into_iter()
            .any(|a| !(0.0..=1.0).contains(&a.credit))
        {
            return invalid("a credit out of range");
        }
        Ok(())
    }
}

fn lesson_result(
    assignment: &Assignment,
    (module, lesson): (&str, &str),
    progress: &Progress,
    catalog: &Catalog,
    today: &str,
) -> LessonResult {
    let item = Item::Lesson {
        module: module.to_owned(),
        lesson: lesson.to_owned(),
    };
    let (status, _) = assignment.item_status(&item, progress, catalog, today);
    LessonResult {
        updated: progress.lesson(module, lesson).updated,
        module: module.to_owned(),
        lesson: lesson.to_owned(),
        status,
    }
}
