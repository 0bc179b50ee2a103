//! What a learner has done in the course, keyed by module and lesson ids
//! (never by displayed text): per lesson, their reflection, whether they
//! skipped it, whether they reached the end and where they were reading; and
//! the last place they were, for "continue where you left off"; their
//! answer to each lesson's exercise; their checkpoint attempts; and the
//! questions they got wrong, for "practise my mistakes".
//!
//! Stored as one versioned JSON document (`document`: its schemas, the
//! strict and the part-by-part readers). Every lesson entry carries the
//! time it last changed, so that copies from two tabs or an imported file
//! can be merged item by item (`merge`).
//!
//! A lesson is complete once its end was reached and its prompt answered
//! or skipped. A checkpoint question is to practise while it was last
//! answered wrong more recently than right (in an attempt or in practice);
//! copies merge by the later time of each. The learner's Statement of
//! Applicability workbook (`domain::learner::soa`) is kept here too, so
//! that it is saved, exported, merged and repaired like the rest. The
//! visit's copy is held by
//! `domain::learner::session::ProgressSession`, which `ui::learner` shows
//! as one signal per lesson entry (typing a reflection notifies that
//! lesson's readers only) beside a trigger for readers of the whole.

mod document;
mod merge;

pub use document::{storage_key, SCHEMA};
pub use merge::BOTH_KEPT;

use crate::domain::content::catalog::{Catalog, ModuleSummary};
use crate::domain::content::lesson::Checkpoint;
use crate::domain::learner::quiz::{Attempt, Score};
use crate::domain::learner::review::{self, Context, Item, Review};
use crate::domain::learner::scoring::{is_correct, Answer};
use crate::domain::learner::soa::Workbook;
use crate::domain::shared::language::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The key of a lesson's entry: `<module>/<lesson>`.
pub fn lesson_key(module: &str, lesson: &str) -> String {
    format!("{module}/{lesson}")
}

/// Where a learner is with one lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    /// What they wrote in answer to the lesson's prompt.
    #[serde(default)]
    pub reflection: String,
    /// Whether they chose to skip the prompt.
    #[serde(default)]
    pub skipped: bool,
    /// Whether they have reached the end of the lesson.
    #[serde(default)]
    pub reached_end: bool,
    /// The id of the part they were reading last (`block-<id>` and so on).
    #[serde(default)]
    pub position: Option<String>,
    /// When this entry last changed, in milliseconds since 1970.
    #[serde(default)]
    pub updated: u64,
    /// Their answer to the lesson's exercise (ungraded).
    #[serde(default)]
    pub exercise: Option<Answer>,
}

/// When a checkpoint question was last answered wrong and last answered
/// right (milliseconds since 1970, 0 for never). It is a mistake to
/// practise while the wrong answer is the more recent. Copies merge by
/// taking the later time of each, so no answer from any tab is lost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mistake {
    #[serde(default)]
    pub wrong: u64,
    #[serde(default)]
    pub right: u64,
}

impl Mistake {
    pub fn outstanding(&self) -> bool {
        self.wrong > self.right
    }
}

/// How far a learner is with a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
}

impl Status {
    /// The interface message naming this status.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::NotStarted => "status-not-started",
            Status::InProgress => "status-in-progress",
            Status::Completed => "status-completed",
        }
    }
}

impl LessonProgress {
    /// Whether the reflection holds more than blank space.
    pub fn has_reflection(&self) -> bool {
        !self.reflection.trim().is_empty()
    }

    /// Whether the prompt has been dealt with: answered, or explicitly skipped.
    pub fn prompt_done(&self) -> bool {
        self.skipped || self.has_reflection()
    }

    /// A lesson is completed once the learner has reached its end and has
    /// answered its prompt or skipped it.
    pub fn is_complete(&self) -> bool {
        self.reached_end && self.prompt_done()
    }

    pub fn status(&self) -> Status {
        if self.is_complete() {
            Status::Completed
        } else if *self == LessonProgress::default() {
            Status::NotStarted
        } else {
            Status::InProgress
        }
    }
}

/// A place in the course: a lesson, and the part of it being read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub module: String,
    pub lesson: String,
    #[serde(default)]
    pub position: Option<String>,
}

/// Everything the learner has done, as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    schema: u32,
    #[serde(default)]
    pub lessons: BTreeMap<String, LessonProgress>,
    /// The lesson opened last.
    #[serde(default)]
    pub last: Option<Place>,
    /// Checkpoint attempts by id, finished or not.
    #[serde(default)]
    pub attempts: BTreeMap<String, Attempt>,
    /// Checkpoint questions answered wrong at some time, by
    /// `<module>/<question>`.
    #[serde(default)]
    pub mistakes: BTreeMap<String, Mistake>,
    /// When the learner last started again (a reset, or an import that
    /// replaced everything). A copy from before that, in another tab, must
    /// not bring back what was erased: copies of different generations do
    /// not merge, the later one wins whole.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub generation: u64,
    /// The Statement of Applicability workbook (schema 3).
    #[serde(default, skip_serializing_if = "Workbook::is_empty")]
    pub workbook: Workbook,
    /// Every answer to each question, for spaced review (schema 4), by
    /// [`review::Item::key`]: the schedule is replayed from these.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reviews: BTreeMap<String, Vec<Review>>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Progress {
    /// A lesson's entry (empty if the learner has not opened it).
    pub fn lesson(&self, module: &str, lesson: &str) -> LessonProgress {
        self.lessons
            .get(&lesson_key(module, lesson))
            .cloned()
            .unwrap_or_default()
    }

    /// Changes a lesson's entry and stamps it with `now`. Returns whether
    /// anything changed (an unchanged entry keeps its time).
    pub fn update_lesson(
        &mut self,
        module: &str,
        lesson: &str,
        now: u64,
        change: impl FnOnce(&mut LessonProgress),
    ) -> bool {
        let entry = self.lessons.entry(lesson_key(module, lesson)).or_default();
        let before = entry.clone();
        change(entry);
        let changed = *entry != before;
        if changed {
            entry.updated = now.max(before.updated);
        }
        changed
    }

    /// Records the lesson and part being read as the place to come back to.
    pub fn set_place(&mut self, module: &str, lesson: &str, position: Option<String>) -> bool {
        let place = Place {
            module: module.to_owned(),
            lesson: lesson.to_owned(),
            position,
        };
        let changed = self.last.as_ref() != Some(&place);
        self.last = Some(place);
        changed
    }

    /// A module's attempts, in no particular order.
    pub fn attempts_of<'a>(&'a self, module: &'a str) -> impl Iterator<Item = &'a Attempt> + 'a {
        self.attempts.values().filter(move |a| a.module == module)
    }

    /// A module's latest attempt, finished or not.
    pub fn latest_attempt(&self, module: &str) -> Option<&Attempt> {
        self.attempts
            .values()
            .filter(|a| a.module == module)
            .max_by_key(|a| a.started)
    }

    /// Stores an attempt as it is (a new one, on retry).
    pub fn put_attempt(&mut self, attempt: Attempt) -> bool {
        let changed = self.attempts.get(&attempt.id) != Some(&attempt);
        self.attempts.insert(attempt.id.clone(), attempt);
        changed
    }

    /// Records an answer in attempt `fresh.id`, which is stored as `fresh`
    /// first if it is not yet. A finished attempt is never changed.
    pub fn answer_attempt(
        &mut self,
        fresh: &Attempt,
        question: &str,
        answer: Answer,
        lang: Lang,
    ) -> bool {
        let attempt = self
            .attempts
            .entry(fresh.id.clone())
            .or_insert_with(|| fresh.clone());
        if attempt.finished.is_some() || attempt.answers.get(question) == Some(&answer) {
            return false;
        }
        attempt.answer(question, answer, lang);
        true
    }

    /// Finishes attempt `id` and notes each question answered wrong (or not
    /// answered) as a mistake, and each answered right as put right.
    pub fn finish_attempt(&mut self, id: &str, checkpoint: &Checkpoint, now: u64) -> Option<Score> {
        let attempt = self.attempts.get_mut(id)?;
        if attempt.finished.is_some() {
            return None;
        }
        let score = attempt.finish(checkpoint, now);
        let module = attempt.module.clone();
        let verdicts: Vec<(String, bool)> = attempt
            .asked(checkpoint)
            .into_iter()
            .map(|q| {
                let right = attempt
                    .answers
                    .get(&q.id)
                    .is_some_and(|a| is_correct(&q.kind, a));
                (q.id.clone(), right)
            })
            .collect();
        for (question, right) in verdicts {
            self.practised(&module, &question, right, now);
            self.reviewed(
                &Item::Checkpoint {
                    module: module.clone(),
                    question,
                },
                right,
                Context::Checkpoint,
                now,
            );
        }
        Some(score)
    }

    /// Adds an answer to a question's review log. Returns whether it changed.
    pub fn reviewed(&mut self, item: &Item, right: bool, context: Context, now: u64) -> bool {
        let review = Review {
            at: now,
            right,
            context,
        };
        match self.reviews.get_mut(&item.key()) {
            Some(log) => review::record(log, review),
            None => {
                // No empty log is left behind when the answer is refused.
                let mut log = Vec::new();
                let added = review::record(&mut log, review);
                if added {
                    self.reviews.insert(item.key(), log);
                }
                added
            }
        }
    }

    /// Notes a checkpoint question answered right or wrong (in an attempt or
    /// in practice). Right answers are recorded too, so that a copy from
    /// another tab where the question was since answered right puts it right.
    pub fn practised(&mut self, module: &str, question: &str, right: bool, now: u64) -> bool {
        let key = lesson_key(module, question);
        let entry = self.mistakes.entry(key).or_default();
        let before = *entry;
        if right {
            entry.right = entry.right.max(now).max(entry.wrong);
        } else {
            entry.wrong = entry.wrong.max(now).max(entry.right + 1);
        }
        *entry != before
    }

    /// The checkpoint questions to practise: `(module, question)`, in key
    /// order.
    pub fn mistakes_to_practise(&self) -> Vec<(&str, &str)> {
        self.mistakes
            .iter()
            .filter(|(_, m)| m.outstanding())
            .filter_map(|(key, _)| key.split_once('/'))
            .collect()
    }

    /// `(completed, total)` lessons of a module.
    pub fn module_counts(&self, module: &ModuleSummary) -> (usize, usize) {
        let done = module
            .lessons
            .iter()
            .filter(|l| self.lesson(&module.id, &l.id).is_complete())
            .count();
        (done, module.lessons.len())
    }

    /// `(completed, total)` lessons of the course.
    pub fn course_counts(&self, catalog: &Catalog) -> (usize, usize) {
        catalog
            .modules
            .iter()
            .map(|m| self.module_counts(m))
            .fold((0, 0), |(d, t), (md, mt)| (d + md, t + mt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::catalog::{LessonSummary, Level, Localized};

    fn module(id: &str, lessons: &[&str]) -> ModuleSummary {
        ModuleSummary {
            id: id.into(),
            title: Localized::default(),
            summary: Localized::default(),
            level: Level::Introductory,
            duration_minutes: 10,
            question_count: 1,
            pass_mark: 70,
            lessons: lessons
                .iter()
                .map(|l| LessonSummary {
                    id: (*l).into(),
                    title: Localized::default(),
                    level: Level::Introductory,
                    duration_minutes: 5,
                })
                .collect(),
            questions: Vec::new(),
        }
    }

    #[test]
    fn a_lesson_is_complete_at_its_end_with_its_prompt_answered_or_skipped() {
        let mut p = LessonProgress::default();
        assert_eq!(p.status(), Status::NotStarted);
        p.reached_end = true;
        assert!(!p.is_complete(), "reaching the end is not enough");
        assert_eq!(p.status(), Status::InProgress);
        p.reflection = "   \n ".into();
        assert!(!p.is_complete(), "blank space is not a reflection");
        p.reflection = "We log access to the payroll share.".into();
        assert!(p.is_complete());
        assert_eq!(p.status(), Status::Completed);

        let skipped = LessonProgress {
            skipped: true,
            reached_end: true,
            ..LessonProgress::default()
        };
        assert!(skipped.is_complete());
        let not_at_end = LessonProgress {
            skipped: true,
            ..LessonProgress::default()
        };
        assert!(!not_at_end.is_complete());
    }

    #[test]
    fn updates_are_stamped_only_when_something_changes() {
        let mut progress = Progress::default();
        assert!(progress.update_lesson("m", "l", 100, |l| l.reflection = "a".into()));
        assert_eq!(progress.lesson("m", "l").updated, 100);
        assert!(!progress.update_lesson("m", "l", 200, |l| l.reflection = "a".into()));
        assert_eq!(progress.lesson("m", "l").updated, 100);
        // A clock that went backwards never makes an entry look older.
        assert!(progress.update_lesson("m", "l", 50, |l| l.skipped = true));
        assert_eq!(progress.lesson("m", "l").updated, 100);
        assert_eq!(progress.lesson("m", "other"), LessonProgress::default());
    }

    #[test]
    fn counts_completed_lessons_by_module_and_course() {
        let catalog = Catalog {
            course_id: "c".into(),
            title: Localized::default(),
            summary: Localized::default(),
            tracks: vec![],
            modules: vec![module("a", &["a1", "a2"]), module("b", &["b1"])],
        };
        let mut progress = Progress::default();
        let done = |l: &mut LessonProgress| {
            l.reached_end = true;
            l.skipped = true;
        };
        progress.update_lesson("a", "a2", 1, done);
        progress.update_lesson("b", "b1", 1, |l| l.reached_end = true);
        // The same lesson id in another module is another lesson.
        progress.update_lesson("b", "a1", 1, done);
        assert_eq!(progress.module_counts(&catalog.modules[0]), (1, 2));
        assert_eq!(progress.module_counts(&catalog.modules[1]), (0, 1));
        assert_eq!(progress.course_counts(&catalog), (1, 3));
    }

    /// A checkpoint of two true-or-false questions, both true.
    pub(super) fn checkpoint() -> Checkpoint {
        use crate::domain::content::lesson::{Question, QuestionKind};
        Checkpoint {
            pass_mark: 50,
            questions: ["q1", "q2"]
                .iter()
                .map(|id| Question {
                    id: (*id).into(),
                    kind: QuestionKind::TrueFalse { answer: true },
                })
                .collect(),
            draw: None,
        }
    }

    #[test]
    fn attempts_record_answers_until_finished_and_mistakes_until_put_right() {
        let cp = checkpoint();
        let mut p = Progress::default();
        let fresh = Attempt::new("m", 9, 100);
        assert!(p.latest_attempt("m").is_none());
        assert!(p.answer_attempt(&fresh, "q1", Answer::TrueFalse(true), Lang::En));
        assert!(!p.answer_attempt(&fresh, "q1", Answer::TrueFalse(true), Lang::En));
        assert!(p.answer_attempt(&fresh, "q2", Answer::TrueFalse(false), Lang::Fr));
        let stored = p.latest_attempt("m").cloned();
        assert_eq!(
            stored.as_ref().map(|a| a.seed),
            Some(9),
            "stored with its seed"
        );
        assert_eq!(stored.map(|a| a.languages), Some(vec![Lang::En, Lang::Fr]));

        let score = p.finish_attempt("m-100", &cp, 200);
        assert_eq!(score.map(|s| (s.percent, s.passed)), Some((50, true)));
        assert!(
            p.finish_attempt("m-100", &cp, 300).is_none(),
            "finished once"
        );
        assert!(!p.answer_attempt(&fresh, "q2", Answer::TrueFalse(true), Lang::En));
        assert_eq!(p.mistakes_to_practise(), [("m", "q2")]);

        // Practice: wrong again keeps it; right puts it right.
        assert!(p.practised("m", "q2", false, 250));
        assert_eq!(p.mistakes_to_practise().len(), 1);
        assert!(p.practised("m", "q2", true, 260));
        assert!(p.mistakes_to_practise().is_empty());
        // A later attempt that gets it wrong brings it back, even within the
        // same millisecond as the last right answer.
        let retry = Attempt::new("m", 10, 260);
        p.put_attempt(retry.clone());
        p.answer_attempt(&retry, "q1", Answer::TrueFalse(true), Lang::En);
        p.finish_attempt(&retry.id, &cp, 260);
        assert_eq!(p.mistakes_to_practise(), [("m", "q2")]);
        assert_eq!(p.latest_attempt("m").map(|a| a.id.as_str()), Some("m-260"));
        assert_eq!(p.attempts_of("m").count(), 2);
        assert_eq!(p.attempts_of("other").count(), 0);
    }
}
