//! A trainer's class dashboard: the result files they imported, kept in
//! their own document (`savoir-trainer:class`), apart from anything a
//! learner keeps, and what the dashboard shows of them.
//!
//! One learner's results for one assignment are one entry: a newer file
//! from the same learner replaces theirs, and the same file (or an older
//! one) imported again changes nothing. A file whose copy of the assignment
//! differs from one already here under the same id (a link edited after it
//! was sent) is kept apart, as another assignment ([`copy_key`],
//! [`Imported::AnotherCopy`]).
//!
//! Nothing shown is taken from what a file claims: a cell's status is
//! recomputed from the best score and the assignment's pass mark, and the
//! overall status from the cells and lessons by the learner page's own rule
//! (`assigned::combine`). The grid, the per-question statistics (of
//! learners *asked* each question) and the CSV (spreadsheet formulas
//! neutralised; `;` as separator in French) all come from [`Class`].

use crate::domain::shared::csv;
use crate::domain::shared::store::{self, Document, DocumentError, KeyValueStore};
use crate::domain::trainer::assigned::{combine, Status};
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::results::Results;
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
    /// Nothing new: the same file again.
    Unchanged,
    /// Nothing new: an older file than the one already here.
    Older,
    /// A learner's first results for a copy of an assignment whose id is
    /// already here with other details (a link edited after it was sent):
    /// kept apart, as another assignment, for the trainer to choose.
    AnotherCopy,
}

impl Imported {
    pub fn message_id(self) -> &'static str {
        match self {
            Imported::Added => "dashboard-file-added",
            Imported::Updated => "dashboard-file-updated",
            Imported::Unchanged => "dashboard-file-unchanged",
            Imported::Older => "dashboard-file-older",
            Imported::AnotherCopy => "dashboard-file-another-copy",
        }
    }
}

/// What tells two copies of an assignment apart: its id and a hash of
/// everything it says. Two links with one id and other details (one of
/// them edited after it was sent) are two entries, never one.
pub fn copy_key(assignment: &Assignment) -> String {
    let text = serde_json::to_string(assignment).unwrap_or_default();
    format!(
        "{}~{:016x}",
        assignment.id,
        crate::domain::learner::quiz::fnv1a(&text)
    )
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
        // The first results for a copy that differs from every one here.
        let other_copy = self
            .results
            .iter()
            .any(|r| r.assignment.id == results.assignment.id)
            && !self
                .results
                .iter()
                .any(|r| r.assignment == results.assignment);
        let same =
            |r: &Results| r.learner.id == results.learner.id && r.assignment == results.assignment;
        match self.results.iter_mut().find(|r| same(r)) {
            None => {
                self.results.push(results);
                if other_copy {
                    Imported::AnotherCopy
                } else {
                    Imported::Added
                }
            }
            Some(here) if *here == results => Imported::Unchanged,
            Some(here) if results.exported > here.exported => {
                *here = results;
                Imported::Updated
            }
            Some(_) => Imported::Older,
        }
    }

    /// The assignments results were imported for (each copy apart, see
    /// [`copy_key`]), newest first.
    pub fn assignments(&self) -> Vec<&Assignment> {
        let mut out: Vec<&Assignment> = Vec::new();
        for r in &self.results {
            if !out.contains(&&r.assignment) {
                out.push(&r.assignment);
            }
        }
        out.sort_by_key(|a| std::cmp::Reverse(a.created));
        out
    }

    /// The results for one assignment (by [`copy_key`]), by learner name.
    pub fn learners(&self, assignment: &str) -> Vec<&Results> {
        let mut out: Vec<&Results> = self
            .results
            .iter()
            .filter(|r| copy_key(&r.assignment) == assignment)
            .collect();
        out.sort_by(|a, b| {
            (a.learner.name.to_lowercase(), &a.learner.id)
                .cmp(&(b.learner.name.to_lowercase(), &b.learner.id))
        });
        out
    }

    /// A learner's standing on a module: passed or not from their best
    /// score against the assignment's pass mark (not from what the file
    /// says), overdue if the due date has passed since the file was made
    /// (`today`, the trainer's date).
    pub fn cell(results: &Results, module: &str, today: &str) -> Option<Cell> {
        let m = results.modules.iter().find(|m| m.module == module)?;
        let attempts = m.attempts.iter().filter(|a| a.finished.is_some()).count();
        let status = match m.best {
            Some(best) if best >= results.assignment.pass_mark => Status::Passed,
            _ if results.assignment.overdue_on(today) => Status::Overdue,
            Some(_) => Status::Failed,
            None if m.status == Status::InProgress || !m.attempts.is_empty() => Status::InProgress,
            None => Status::NotStarted,
        };
        Some(Cell {
            status,
            best: m.best,
            attempts,
        })
    }

    /// A learner's standing on the whole assignment, from their cells and
    /// their assigned lessons (overdue if not completed by the due date),
    /// by the same rule as the learner's own page.
    pub fn overall(results: &Results, today: &str) -> Status {
        let a = &results.assignment;
        let overdue = a.overdue_on(today);
        let modules = a
            .modules
            .iter()
            .map(|m| Class::cell(results, m, today).map_or(Status::NotStarted, |c| c.status));
        let lessons = a.lessons.iter().map(|key| {
            let status = results
                .lessons
                .iter()
                .find(|l| format!("{}/{}", l.module, l.lesson) == *key)
                .map_or(Status::NotStarted, |l| l.status);
            match status {
                Status::Completed => Status::Completed,
                _ if overdue => Status::Overdue,
                s => s,
            }
        });
        let items: Vec<Status> = modules.chain(lessons).collect();
        combine(&items, a.modules.is_empty())
    }

    /// Per question of `module` (in the order given), how many learners
    /// were asked it in their latest finished attempt, and how many of them
    /// answered it right.
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
            for stat in stats.iter_mut().filter(|s| attempt.asked(&s.question)) {
                // An unanswered question in a finished attempt counts wrong;
                // one not drawn for the attempt does not count.
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

    /// The grid as CSV (RFC 4180), one row per learner and module (one per
    /// learner when only lessons are assigned). `header` names the columns,
    /// `status` names a status, in the trainer's language; `separator` is
    /// `,`, or `;` where spreadsheets use the comma in numbers (French).
    pub fn csv(
        &self,
        assignment: &str,
        header: &[String],
        status: &dyn Fn(Status) -> String,
        today: &str,
        separator: char,
    ) -> String {
        let mut out = String::new();
        let row = |out: &mut String, cells: &[String]| csv::row(out, cells, separator);
        row(&mut out, header);
        for r in self.learners(assignment) {
            let done = r
                .lessons
                .iter()
                .filter(|l| l.status == Status::Completed)
                .count();
            let lessons = format!("{done}/{}", r.lessons.len());
            let modules: Vec<Option<&String>> = if r.assignment.modules.is_empty() {
                vec![None]
            } else {
                r.assignment.modules.iter().map(Some).collect()
            };
            for module in modules {
                let cell = module.and_then(|m| Class::cell(r, m, today));
                let found = module.and_then(|m| r.modules.iter().find(|x| &x.module == m));
                let seconds = found.map_or(0, |m| {
                    m.attempts
                        .iter()
                        .fold(0u64, |sum, a| sum.saturating_add(a.seconds))
                });
                let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
                row(
                    &mut out,
                    &[
                        r.learner.name.clone(),
                        r.assignment.group.clone(),
                        status(Class::overall(r, today)),
                        module.cloned().unwrap_or_default(),
                        cell.as_ref().map(|c| status(c.status)).unwrap_or_default(),
                        number(cell.as_ref().and_then(|c| c.best)),
                        number(found.and_then(|m| m.last)),
                        cell.as_ref()
                            .map(|c| c.attempts.to_string())
                            .unwrap_or_default(),
                        seconds.div_ceil(60).to_string(),
                        lessons.clone(),
                        r.on.clone(),
                    ],
                );
            }
        }
        out
    }

    /// Reads a stored document.
    pub fn decode(text: &str) -> Result<Class, DocumentError> {
        store::decode::<Class>(text, &())
    }

    /// The document to store.
    pub fn encode(&self) -> String {
        Document::encode(self)
    }

    /// Reads the stored document; an empty class when there is none.
    pub fn load(store: &dyn KeyValueStore) -> Result<Class, DocumentError> {
        store::load::<Class>(store, &())
    }

    /// Saves after taking in what another tab imported meanwhile; what
    /// cannot be read is never written over.
    pub fn save(&mut self, store: &dyn KeyValueStore) -> Result<(), DocumentError> {
        store::save_merged(store, self, &(), |class, stored| {
            for r in stored.results {
                class.import(r);
            }
        })
    }
}

impl Document for Class {
    const SCHEMA: u32 = SCHEMA;
    type Context<'c> = ();
    type Read = Class;

    fn key() -> String {
        STORAGE_KEY.to_owned()
    }

    fn parse(text: &str, _: &()) -> Result<Class, String> {
        let class: Class = serde_json::from_str(text).map_err(|e| e.to_string())?;
        // Every older schema reads as this one.
        Ok(Class {
            schema: SCHEMA,
            ..class
        })
    }

    fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_released_document_still_reads() -> Result<(), DocumentError> {
        // As the first version with the dashboard wrote it (see
        // tests/fixtures/storage/README.md).
        let class = Class::decode(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/storage/class-v1.json"
        )))?;
        let [results] = &class.results[..] else {
            panic!("one learner's results: {:?}", class.results.len());
        };
        assert_eq!(results.learner.name, "Ana Lopes");
        assert_eq!(results.assignment.pass_mark, 80);
        let attempt = &results.modules[0].attempts[0];
        assert_eq!((attempt.percent, attempt.seconds), (Some(50), 240));
        assert_eq!(attempt.answers.iter().filter(|a| a.correct()).count(), 1);
        // Its grid still reads: 50 % is below the assignment's 80.
        let cell = Class::cell(results, "foundations", "2025-11-25");
        assert_eq!(
            cell,
            Some(Cell {
                status: Status::Failed,
                best: Some(50),
                attempts: 1
            })
        );
        let copy = copy_key(&results.assignment);
        let stats = class.question_stats(&copy, "foundations", &["q-nature".into()]);
        assert_eq!(stats[0].percent(), Some(100));
        // Written back in this schema, it reads the same.
        assert_eq!(Class::decode(&class.encode())?, class);
        Ok(())
    }
}
