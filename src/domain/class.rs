//! A trainer's class dashboard: the result files they imported, kept in
//! their own document (`savoir-trainer:class`), apart from anything a
//! learner keeps, and what the dashboard shows of them.
//!
//! One learner's results for one assignment are one entry: a newer file
//! from the same learner replaces theirs, and the same file (or an older
//! one) imported again changes nothing.

use super::assigned::Status;
use super::assignment::Assignment;
use super::results::Results;
use super::store::{save_document, DocumentError, KeyValueStore};
use serde::{Deserialize, Serialize};

pub const SCHEMA: u32 = 1;

/// Where the trainer's document is kept: not under `savoir:`, so that a
/// learner's "your data" page and progress files never include it.
pub const STORAGE_KEY: &str = "savoir-trainer:class";

/// Every imported result, one per learner and assignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Class {
    pub schema: u32,
    #[serde(default)]
    pub results: Vec<Results>,
}

impl Default for Class {
    fn default() -> Class {
        Class {
            schema: SCHEMA,
            results: Vec::new(),
        }
    }
}

/// What importing one file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// A learner's first results for that assignment.
    Added,
    /// Newer results from a learner already here.
    Updated,
    /// Nothing new: the same file, or an older one.
    Unchanged,
}

impl Imported {
    pub fn message_id(self) -> &'static str {
        match self {
            Imported::Added => "dashboard-file-added",
            Imported::Updated => "dashboard-file-updated",
            Imported::Unchanged => "dashboard-file-unchanged",
        }
    }
}

/// A question's share of right answers across the group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionStat {
    pub question: String,
    pub right: usize,
    pub answered: usize,
}

impl QuestionStat {
    /// Percent right, rounded down; `None` when nobody answered.
    pub fn percent(&self) -> Option<u8> {
        (self.answered > 0).then(|| (self.right * 100 / self.answered) as u8)
    }
}

/// One cell of the grid: a learner's standing on one module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub status: Status,
    pub best: Option<u8>,
    pub attempts: usize,
}

impl Class {
    /// Takes in one learner's results.
    pub fn import(&mut self, results: Results) -> Imported {
        let same = |r: &Results| {
            r.learner.id == results.learner.id && r.assignment.id == results.assignment.id
        };
        match self.results.iter_mut().find(|r| same(r)) {
            None => {
                self.results.push(results);
                Imported::Added
            }
            Some(here) if results.exported > here.exported => {
                *here = results;
                Imported::Updated
            }
            Some(_) => Imported::Unchanged,
        }
    }

    /// The assignments results were imported for, newest first.
    pub fn assignments(&self) -> Vec<&Assignment> {
        let mut out: Vec<&Assignment> = Vec::new();
        for r in &self.results {
            if !out.iter().any(|a| a.id == r.assignment.id) {
                out.push(&r.assignment);
            }
        }
        out.sort_by_key(|a| std::cmp::Reverse(a.created));
        out
    }

    /// The results for one assignment, by learner name.
    pub fn learners(&self, assignment: &str) -> Vec<&Results> {
        let mut out: Vec<&Results> = self
            .results
            .iter()
            .filter(|r| r.assignment.id == assignment)
            .collect();
        out.sort_by(|a, b| {
            (a.learner.name.to_lowercase(), &a.learner.id)
                .cmp(&(b.learner.name.to_lowercase(), &b.learner.id))
        });
        out
    }

    /// A learner's standing on a module, as of their file, made overdue if
    /// the due date has passed since (`today`, the trainer's date).
    pub fn cell(results: &Results, module: &str, today: &str) -> Option<Cell> {
        let m = results.modules.iter().find(|m| m.module == module)?;
        let overdue = results.assignment.overdue_on(today);
        let status = match m.status {
            Status::NotStarted | Status::InProgress | Status::Failed if overdue => Status::Overdue,
            s => s,
        };
        Some(Cell {
            status,
            best: m.best,
            attempts: m.attempts.iter().filter(|a| a.finished.is_some()).count(),
        })
    }

    /// Per question of `module` (in the order given), how many learners
    /// answered it right in their latest finished attempt.
    pub fn question_stats(
        &self,
        assignment: &str,
        module: &str,
        questions: &[String],
    ) -> Vec<QuestionStat> {
        let latest = self.learners(assignment).into_iter().filter_map(|r| {
            r.modules
                .iter()
                .find(|m| m.module == module)?
                .attempts
                .iter()
                .filter(|a| a.finished.is_some())
                .max_by_key(|a| a.finished)
        });
        let mut stats: Vec<QuestionStat> = questions
            .iter()
            .map(|q| QuestionStat {
                question: q.clone(),
                right: 0,
                answered: 0,
            })
            .collect();
        for attempt in latest {
            for stat in &mut stats {
                // An unanswered question in a finished attempt counts wrong.
                stat.answered += 1;
                if attempt
                    .answers
                    .iter()
                    .any(|a| a.question == stat.question && a.correct())
                {
                    stat.right += 1;
                }
            }
        }
        stats
    }

    /// The grid as CSV (RFC 4180), one row per learner and module:
    /// `header` names the columns, `status` names a status, in the
    /// trainer's language.
    pub fn csv(
        &self,
        assignment: &str,
        header: &[String],
        status: &dyn Fn(Status) -> String,
        today: &str,
    ) -> String {
        let mut out = String::new();
        let row = |out: &mut String, cells: &[String]| {
            let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        };
        row(&mut out, header);
        for r in self.learners(assignment) {
            for module in &r.assignment.modules {
                let Some(cell) = Class::cell(r, module, today) else {
                    continue;
                };
                let last = r.modules.iter().find(|m| &m.module == module);
                let minutes: u64 = last.map_or(0, |m| m.attempts.iter().map(|a| a.seconds).sum());
                row(
                    &mut out,
                    &[
                        r.learner.name.clone(),
                        r.assignment.group.clone(),
                        module.clone(),
                        status(cell.status),
                        cell.best.map(|b| b.to_string()).unwrap_or_default(),
                        last.and_then(|m| m.last)
                            .map(|b| b.to_string())
                            .unwrap_or_default(),
                        cell.attempts.to_string(),
                        minutes.div_ceil(60).to_string(),
                        r.on.clone(),
                    ],
                );
            }
        }
        out
    }

    pub fn decode(text: &str) -> Result<Class, DocumentError> {
        let class: Class =
            serde_json::from_str(text).map_err(|e| DocumentError::Corrupt(e.to_string()))?;
        if class.schema > SCHEMA {
            return Err(DocumentError::NewerSchema(class.schema));
        }
        Ok(class)
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn load(store: &dyn KeyValueStore) -> Result<Class, DocumentError> {
        match store.read(STORAGE_KEY)? {
            Some(text) => Class::decode(&text),
            None => Ok(Class::default()),
        }
    }

    /// Saves after taking in what another tab imported meanwhile.
    pub fn save(&mut self, store: &dyn KeyValueStore) -> Result<(), DocumentError> {
        if let Ok(stored) = Class::load(store) {
            for r in stored.results {
                self.import(r);
            }
        }
        save_document(store, STORAGE_KEY, SCHEMA, &self.encode())
    }
}

/// One CSV field: quoted when it must be, and never read as a formula by a
/// spreadsheet (a learner's name is whatever they typed).
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}
