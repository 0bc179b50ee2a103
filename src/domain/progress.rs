//! What a learner has done in the course, keyed by module and lesson ids
//! (never by displayed text): per lesson, their reflection, whether they
//! skipped it, whether they reached the end and where they were reading; and
//! the last place they were, for "continue where you left off"; their
//! answer to each lesson's exercise; their checkpoint attempts; and the
//! questions they got wrong, for "practise my mistakes".
//!
//! Stored as one versioned JSON document. Every lesson entry carries the time
//! it last changed, so that copies from two tabs or an imported file can be
//! merged item by item.

use super::catalog::{Catalog, ModuleSummary};
use super::language::Lang;
use super::lesson::Checkpoint;
use super::quiz::{Attempt, Score};
use super::scoring::{is_correct, Answer};
use super::store::{self, DocumentError, KeyValueStore};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The schema version this build writes.
///
/// - 1: lessons (reflection, skipped, end reached, position) and last place.
/// - 2: adds exercise answers, checkpoint attempts and mistakes. A version 1
///   document reads as a version 2 one with none of them.
pub const SCHEMA: u32 = 2;

/// Storage key of the progress document.
pub fn storage_key() -> String {
    store::key("progress")
}

/// What stands between two versions of a reflection written at the same
/// time in two tabs, when both are kept.
pub const BOTH_KEPT: &str = "\n\n— — —\n\n";

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
    /// Takes in another copy of this entry, field by field, so that neither
    /// copy's work is lost: a reflection or exercise answer that only one
    /// copy has is kept; where both have one, the copy changed last wins (as
    /// it does for the reading position); reaching the end and skipping
    /// stay done once done. Returns whether anything changed.
    pub fn merge(&mut self, other: &LessonProgress) -> bool {
        let before = self.clone();
        let theirs_newer = other.updated > self.updated;
        if other.has_reflection() && (!self.has_reflection() || theirs_newer) {
            self.reflection.clone_from(&other.reflection);
        }
        if other.exercise.is_some() && (self.exercise.is_none() || theirs_newer) {
            self.exercise.clone_from(&other.exercise);
        }
        if other.position.is_some() && (self.position.is_none() || theirs_newer) {
            self.position.clone_from(&other.position);
        }
        self.skipped |= other.skipped;
        self.reached_end |= other.reached_end;
        self.updated = self.updated.max(other.updated);
        *self != before
    }

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

    /// Settles a merge with a copy of another generation: a later one
    /// replaces this copy, an earlier one is ignored. `None` for the same
    /// generation (merge item by item).
    fn across_generations(&mut self, other: &Progress) -> Option<bool> {
        match other.generation.cmp(&self.generation) {
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Less => Some(false),
            std::cmp::Ordering::Greater => {
                *self = other.clone();
                Some(true)
            }
        }
    }

    /// Starts a new generation at `now` with this content (after a reset
    /// or a replacing import).
    pub fn start_generation(&mut self, now: u64) {
        self.generation = now.max(self.generation + 1);
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
        }
        Some(score)
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

    /// Takes in what another tab may have stored since this one loaded:
    /// every lesson entry this tab has not changed (`mine`: lesson keys), the
    /// last place unless this tab moved (`my_place`), every attempt (merged
    /// answer by answer; a finished copy wins), and every mistake, the later
    /// time of each copy winning.
    /// Returns whether anything changed. (Two tabs changing the same lesson
    /// is settled in favour of the one writing; per-field merging belongs to
    /// the storage issue.)
    pub fn merge_stored(
        &mut self,
        stored: Progress,
        mine: &BTreeSet<String>,
        my_place: bool,
    ) -> bool {
        if let Some(changed) = self.across_generations(&stored) {
            return changed;
        }
        let mut changed = false;
        for (key, entry) in stored.lessons {
            if !mine.contains(&key) && self.lessons.get(&key) != Some(&entry) {
                self.lessons.insert(key, entry);
                changed = true;
            }
        }
        for (id, attempt) in stored.attempts {
            match self.attempts.get_mut(&id) {
                Some(own) => changed |= own.merge(&attempt),
                None => {
                    self.attempts.insert(id, attempt);
                    changed = true;
                }
            }
        }
        for (key, theirs) in stored.mistakes {
            let entry = self.mistakes.entry(key).or_default();
            let merged = Mistake {
                wrong: entry.wrong.max(theirs.wrong),
                right: entry.right.max(theirs.right),
            };
            changed |= merged != *entry;
            *entry = merged;
        }
        if !my_place && stored.last.is_some() && self.last != stored.last {
            self.last = stored.last;
            changed = true;
        }
        changed
    }

    /// Settles the lessons this tab changed (`mine`) that the stored copy
    /// also changed since `base`, the lessons as this tab last knew them
    /// stored (read, written, or taken from another tab). Field by field,
    /// so that neither copy's work is lost: a reflection only one side
    /// changed is that side's; one both changed to different texts keeps
    /// both, this tab's first, then the other's after [`BOTH_KEPT`]; the
    /// rest merges as [`LessonProgress::merge`] does. Returns the keys of
    /// the lessons whose reflection now holds both texts, so that the
    /// learner can be told.
    pub fn reconcile(
        &mut self,
        stored: &Progress,
        mine: &BTreeSet<String>,
        base: &BTreeMap<String, LessonProgress>,
    ) -> Vec<String> {
        let mut both = Vec::new();
        if stored.generation != self.generation {
            return both;
        }
        for key in mine {
            let (Some(theirs), Some(own)) = (stored.lessons.get(key), self.lessons.get_mut(key))
            else {
                continue;
            };
            let before = base.get(key).cloned().unwrap_or_default();
            if *theirs == before {
                continue; // only this tab changed it
            }
            let their_text = theirs.reflection != before.reflection;
            let my_text = own.reflection != before.reflection;
            let reflection = if their_text && !my_text {
                theirs.reflection.clone()
            } else if their_text && my_text && own.reflection.trim() != theirs.reflection.trim() {
                if !theirs.has_reflection() {
                    own.reflection.clone()
                } else if !own.has_reflection() {
                    theirs.reflection.clone()
                } else {
                    both.push(key.clone());
                    format!(
                        "{}{BOTH_KEPT}{}",
                        own.reflection.trim_end(),
                        theirs.reflection.trim_start()
                    )
                }
            } else {
                own.reflection.clone()
            };
            own.merge(theirs);
            own.reflection = reflection;
        }
        both
    }

    /// Takes in another copy of the learner's progress (an imported file, or
    /// another tab's save), item by item: each lesson field by field (see
    /// [`LessonProgress::merge`]), every
    /// attempt (merged answer by answer; a finished copy wins), every
    /// mistake at the later time of each copy; the last place stays this
    /// copy's unless it has none. Returns whether anything changed.
    pub fn absorb(&mut self, other: Progress) -> bool {
        if let Some(changed) = self.across_generations(&other) {
            return changed;
        }
        let mut changed = false;
        for (key, theirs) in other.lessons {
            match self.lessons.get_mut(&key) {
                Some(mine) => changed |= mine.merge(&theirs),
                None => {
                    self.lessons.insert(key, theirs);
                    changed = true;
                }
            }
        }
        let keep: BTreeSet<String> = self.lessons.keys().cloned().collect();
        let other_rest = Progress {
            lessons: BTreeMap::new(),
            ..other
        };
        let had_place = self.last.is_some();
        changed |= self.merge_stored(other_rest, &keep, had_place);
        changed
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

    /// Reads a stored document.
    pub fn decode(text: &str) -> Result<Progress, DocumentError> {
        let mut progress: Progress =
            serde_json::from_str(text).map_err(|e| DocumentError::Corrupt(e.to_string()))?;
        if progress.schema > SCHEMA {
            return Err(DocumentError::NewerSchema(progress.schema));
        }
        // Every older version reads as this one: their fields are a subset.
        progress.schema = SCHEMA;
        Ok(progress)
    }

    /// Reads a stored document part by part: a lesson, attempt or mistake
    /// whose values have the wrong type or are out of range, or that names a
    /// lesson or module the course does not have (`known`), is left out and
    /// counted; the rest is kept. Fails only when the document as a whole
    /// is unreadable or from a newer version.
    pub fn decode_lenient(
        text: &str,
        known: &dyn Fn(&str, Option<&str>) -> bool,
    ) -> Result<(Progress, usize), DocumentError> {
        use serde_json::value::RawValue;
        #[derive(Deserialize)]
        struct Loose<'a> {
            #[serde(default)]
            schema: u32,
            #[serde(default, borrow)]
            lessons: BTreeMap<String, &'a RawValue>,
            #[serde(default, borrow)]
            last: Option<&'a RawValue>,
            #[serde(default, borrow)]
            attempts: BTreeMap<String, &'a RawValue>,
            #[serde(default, borrow)]
            mistakes: BTreeMap<String, &'a RawValue>,
            #[serde(default)]
            generation: u64,
        }
        // A newer version may have changed the structure: its number first.
        if let Some(newer) = store::schema_of(text).filter(|s| *s > SCHEMA) {
            return Err(DocumentError::NewerSchema(newer));
        }
        let loose: Loose =
            serde_json::from_str(text).map_err(|e| DocumentError::Corrupt(e.to_string()))?;
        if loose.schema > SCHEMA {
            return Err(DocumentError::NewerSchema(loose.schema));
        }
        let mut dropped = 0;
        let mut keep = |ok: bool| {
            dropped += usize::from(!ok);
            ok
        };
        let mut progress = Progress {
            schema: SCHEMA,
            generation: loose.generation,
            ..Progress::default()
        };
        for (key, raw) in loose.lessons {
            let entry = serde_json::from_str::<LessonProgress>(raw.get());
            let place = key.split_once('/');
            if let (Ok(entry), Some((m, l))) = (entry, place) {
                if keep(known(m, Some(l))) {
                    progress.lessons.insert(key, entry);
                }
            } else {
                keep(false);
            }
        }
        if let Some(raw) = loose.last {
            match serde_json::from_str::<Option<Place>>(raw.get()) {
                Ok(place) => {
                    progress.last = place.filter(|p| keep(known(&p.module, Some(&p.lesson))));
                }
                Err(_) => _ = keep(false),
            }
        }
        for (id, raw) in loose.attempts {
            let attempt = serde_json::from_str::<Attempt>(raw.get()).ok().filter(|a| {
                a.id == id && a.percent.is_none_or(|p| p <= 100) && known(&a.module, None)
            });
            if let Some(a) = attempt {
                progress.attempts.insert(id, a);
            } else {
                keep(false);
            }
        }
        for (key, raw) in loose.mistakes {
            let mistake = serde_json::from_str::<Mistake>(raw.get()).ok();
            match (mistake, key.split_once('/')) {
                (Some(m), Some((module, _))) if known(module, None) => {
                    progress.mistakes.insert(key, m);
                }
                _ => _ = keep(false),
            }
        }
        Ok((progress, dropped))
    }

    /// The document to store.
    pub fn encode(&self) -> String {
        let mut stored = self.clone();
        stored.schema = SCHEMA;
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Loads the progress; nothing stored yet is an empty record.
    pub fn load(store: &dyn KeyValueStore) -> Result<Progress, DocumentError> {
        match store.read(&storage_key())? {
            None => Ok(Progress::default()),
            Some(text) => Progress::decode(&text),
        }
    }

    /// Saves the progress, unless a newer version's document is stored.
    pub fn save(&self, store: &dyn KeyValueStore) -> Result<(), DocumentError> {
        store::save_document(store, &storage_key(), SCHEMA, &self.encode())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{LessonSummary, Level, Localized};
    use crate::domain::store::{MemoryStore, StoreError};

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

    #[test]
    fn a_save_keeps_what_another_tab_stored_meanwhile() {
        let mut this_tab = Progress::default();
        this_tab.update_lesson("m", "a", 1, |l| l.reflection = "mine".into());
        this_tab.update_lesson("m", "b", 1, |l| l.reflection = "old".into());
        let mut other_tab = this_tab.clone();
        other_tab.update_lesson("m", "b", 2, |l| l.reflection = "theirs".into());
        other_tab.update_lesson("m", "c", 2, |l| l.skipped = true);
        other_tab.set_place("m", "c", None);
        this_tab.update_lesson("m", "a", 3, |l| l.reflection = "mine, longer".into());

        let mine: BTreeSet<String> = [lesson_key("m", "a")].into();
        assert!(this_tab.merge_stored(other_tab.clone(), &mine, false));
        assert_eq!(this_tab.lesson("m", "a").reflection, "mine, longer");
        assert_eq!(this_tab.lesson("m", "b").reflection, "theirs");
        assert!(this_tab.lesson("m", "c").skipped);
        assert_eq!(this_tab.last.as_ref().map(|p| p.lesson.as_str()), Some("c"));
        assert!(
            !this_tab.merge_stored(other_tab, &mine, false),
            "nothing new"
        );

        // Where this tab moved, its own place stands.
        let mut moved = Progress::default();
        moved.set_place("m", "a", None);
        let mut stored = Progress::default();
        stored.set_place("m", "z", None);
        moved.merge_stored(stored, &BTreeSet::new(), true);
        assert_eq!(moved.last.map(|p| p.lesson), Some("a".into()));
    }

    #[test]
    fn round_trips_through_storage() -> Result<(), DocumentError> {
        let store = MemoryStore::default();
        assert_eq!(Progress::load(&store)?, Progress::default());
        let mut progress = Progress::default();
        progress.update_lesson("m", "l", 7, |l| {
            l.reflection = "« Oui », dit-elle.\nLine two".into();
            l.position = Some("block-scope".into());
        });
        progress.set_place("m", "l", Some("block-scope".into()));
        progress.save(&store)?;
        let loaded = Progress::load(&store)?;
        assert_eq!(loaded.lessons, progress.lessons);
        assert_eq!(loaded.last, progress.last);
        Ok(())
    }

    #[test]
    fn the_first_released_document_reads() -> Result<(), DocumentError> {
        let v1 = r#"{"schema":1,"lessons":{"m/l":{"reflection":"x","skipped":false,"reached_end":true,"position":"block-a","updated":5}},"last":{"module":"m","lesson":"l","position":"block-a"}}"#;
        let p = Progress::decode(v1)?;
        assert!(p.lesson("m", "l").is_complete());
        assert_eq!(p.last.map(|l| l.position), Some(Some("block-a".into())));
        Ok(())
    }

    fn checkpoint() -> Checkpoint {
        use crate::domain::lesson::{Question, QuestionKind};
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

    #[test]
    fn merging_keeps_every_tab_s_attempts_and_the_latest_answer_to_each_mistake() {
        let cp = checkpoint();
        let mut this_tab = Progress::default();
        let mine = Attempt::new("m", 1, 10);
        this_tab.answer_attempt(&mine, "q1", Answer::TrueFalse(false), Lang::En);
        this_tab.finish_attempt("m-10", &cp, 20);
        let mut other_tab = Progress::default();
        let theirs = Attempt::new("m", 2, 15);
        other_tab.answer_attempt(&theirs, "q1", Answer::TrueFalse(true), Lang::Fr);
        other_tab.finish_attempt("m-15", &cp, 30);

        let changed: BTreeSet<String> = ["m-10".to_owned()].into();
        assert!(this_tab.merge_stored(other_tab.clone(), &changed, false));
        assert_eq!(this_tab.attempts.len(), 2);

        // The same attempt open in two tabs: answers from both are kept, and
        // once one tab finishes it, the other's unfinished copy cannot undo it.
        let shared = Attempt::new("m", 3, 40);
        let mut a = Progress::default();
        a.answer_attempt(&shared, "q1", Answer::TrueFalse(true), Lang::En);
        let mut b = Progress::default();
        b.answer_attempt(&shared, "q2", Answer::TrueFalse(true), Lang::Fr);
        assert!(a.merge_stored(b.clone(), &changed, false));
        assert_eq!(a.attempts["m-40"].answers.len(), 2);
        assert_eq!(a.attempts["m-40"].languages, vec![Lang::En, Lang::Fr]);
        b.merge_stored(a.clone(), &BTreeSet::new(), false);
        b.finish_attempt("m-40", &cp, 50);
        a.answer_attempt(&shared, "q2", Answer::TrueFalse(false), Lang::En);
        assert!(a.merge_stored(b.clone(), &changed, false));
        assert_eq!(
            a.attempts["m-40"].percent,
            Some(100),
            "finished in the other tab"
        );
        assert!(!a.answer_attempt(&shared, "q1", Answer::TrueFalse(false), Lang::En));
        // q1: wrong here at 20, right there at 30: put right. q2: wrong in both.
        assert_eq!(this_tab.mistakes_to_practise(), [("m", "q2")]);
        assert!(
            !this_tab.merge_stored(other_tab, &changed, false),
            "nothing new"
        );
    }

    #[test]
    fn a_version_1_document_migrates_to_version_2() -> Result<(), DocumentError> {
        let v1 = r#"{"schema":1,"lessons":{"m/l":{"reflection":"x","skipped":false,"reached_end":true,"position":"block-a","updated":5}},"last":null}"#;
        let p = Progress::decode(v1)?;
        assert!(p.attempts.is_empty() && p.mistakes.is_empty());
        assert_eq!(p.lesson("m", "l").exercise, None);
        assert!(p.encode().starts_with(r#"{"schema":2,"#));
        assert_eq!(Progress::decode(&p.encode())?, p);
        Ok(())
    }

    #[test]
    fn a_reset_in_one_tab_is_not_undone_by_another() {
        let mut old_tab = Progress::default();
        old_tab.update_lesson("m", "a", 5, |l| l.reflection = "erased".into());
        let mut reset = Progress::default();
        reset.start_generation(100);
        // The old tab takes the reset in whole; the reset tab ignores the old copy.
        let mut other = old_tab.clone();
        assert!(other.absorb(reset.clone()));
        assert_eq!(other, reset);
        let mut again = reset.clone();
        assert!(!again.merge_stored(old_tab.clone(), &BTreeSet::new(), false));
        assert!(!again.absorb(old_tab));
        assert!(again.lessons.is_empty());
    }

    #[test]
    fn lesson_copies_merge_field_by_field() {
        let mut reading = LessonProgress {
            position: Some("block-b".into()),
            updated: 50,
            ..LessonProgress::default()
        };
        let writing = LessonProgress {
            reflection: "Mine".into(),
            reached_end: true,
            updated: 10,
            ..LessonProgress::default()
        };
        // Newer reading activity does not drop an older reflection.
        assert!(reading.merge(&writing));
        assert_eq!(reading.reflection, "Mine");
        assert!(reading.reached_end);
        assert_eq!(
            (reading.position.as_deref(), reading.updated),
            (Some("block-b"), 50)
        );
        // Where both wrote, the later copy wins.
        let later = LessonProgress {
            reflection: "Rewritten".into(),
            updated: 60,
            ..LessonProgress::default()
        };
        assert!(reading.merge(&later));
        assert_eq!(reading.reflection, "Rewritten");
        assert!(!reading.clone().merge(&reading), "nothing new");
    }

    #[test]
    fn every_released_document_migrates_to_this_schema() -> Result<(), DocumentError> {
        // tests/fixtures/storage holds one document per released schema,
        // exactly as that version wrote it.
        let v1 = Progress::decode(include_str!(
            "../../tests/fixtures/storage/progress-v1.json"
        ))?;
        assert!(v1.lesson("foundations", "what-is-27002").is_complete());
        assert!(v1.lesson("foundations", "cia-and-controls").skipped);
        assert_eq!(
            v1.last.as_ref().map(|p| p.lesson.as_str()),
            Some("cia-and-controls")
        );
        let v2 = Progress::decode(include_str!(
            "../../tests/fixtures/storage/progress-v2.json"
        ))?;
        let attempt = &v2.attempts["foundations-1763900100000"];
        assert_eq!(
            (attempt.seed, attempt.percent, attempt.answers.len()),
            (12345, Some(31), 4)
        );
        assert_eq!(attempt.languages, [Lang::En, Lang::Fr]);
        assert_eq!(
            v2.mistakes_to_practise(),
            [("foundations", "q-certification")]
        );
        assert!(v2.lesson("foundations", "what-is-27002").exercise.is_some());
        for doc in [v1, v2] {
            assert!(doc.encode().starts_with(&format!("{{\"schema\":{SCHEMA},")));
            assert_eq!(Progress::decode(&doc.encode())?, doc);
            // The lenient reader agrees on every released document.
            let (lenient, dropped) = Progress::decode_lenient(&doc.encode(), &|_, _| true)?;
            assert_eq!((lenient, dropped), (doc, 0));
        }
        Ok(())
    }

    #[test]
    fn bad_parts_are_dropped_and_counted_and_good_parts_kept() -> Result<(), DocumentError> {
        let known = |m: &str, l: Option<&str>| m == "m" && l.is_none_or(|l| l != "gone");
        let text = r#"{"schema":2,
            "lessons":{
                "m/good":{"reflection":"kept","reached_end":true,"updated":3},
                "m/typed":{"reflection":5},
                "m/gone":{"reflection":"unknown lesson"},
                "nokey":{"reflection":"no module"}},
            "last":{"module":"m","lesson":"gone"},
            "attempts":{
                "m-1":{"id":"m-1","module":"m","seed":1,"started":1,"answers":{"q":{"single":"a"}}},
                "m-2":{"id":"m-2","module":"m","seed":1,"started":2,"percent":999},
                "x-3":{"id":"x-3","module":"x","seed":1,"started":3},
                "m-4":{"id":"m-4","module":"m","seed":"one","started":4}},
            "mistakes":{"m/q":{"wrong":5,"right":1},"m/r":{"wrong":"often"},"x/q":{"wrong":1}}}"#;
        let (p, dropped) = Progress::decode_lenient(text, &known)?;
        assert_eq!(p.lesson("m", "good").reflection, "kept");
        assert_eq!(p.lessons.len(), 1);
        assert_eq!(p.last, None);
        assert_eq!(p.attempts.keys().collect::<Vec<_>>(), ["m-1"]);
        assert_eq!(p.mistakes_to_practise(), [("m", "q")]);
        assert_eq!(dropped, 3 + 1 + 3 + 2);
        // A sound document loses nothing.
        let (same, none) = Progress::decode_lenient(&p.encode(), &known)?;
        assert_eq!((same, none), (p, 0));
        assert!(matches!(
            Progress::decode_lenient("[1,2]", &known),
            Err(DocumentError::Corrupt(_))
        ));
        assert_eq!(
            Progress::decode_lenient(r#"{"schema":7}"#, &known),
            Err(DocumentError::NewerSchema(7))
        );
        assert_eq!(
            Progress::decode_lenient(r#"{"schema":7,"lessons":[1,2]}"#, &known),
            Err(DocumentError::NewerSchema(7)),
            "a newer structure is newer, not unreadable"
        );
        Ok(())
    }

    #[test]
    fn corrupt_and_newer_documents_are_reported_and_newer_ones_kept() -> Result<(), StoreError> {
        assert!(matches!(
            Progress::decode("{\"lessons\": 3"),
            Err(DocumentError::Corrupt(_))
        ));
        let store = MemoryStore::default();
        let newer = r#"{"schema":3,"lessons":{},"spaced":[]}"#;
        store.write(&storage_key(), newer)?;
        assert_eq!(Progress::load(&store), Err(DocumentError::NewerSchema(3)));
        assert_eq!(
            Progress::default().save(&store),
            Err(DocumentError::NewerSchema(3))
        );
        assert_eq!(store.read(&storage_key())?.as_deref(), Some(newer));
        Ok(())
    }

    fn with_reflection(text: &str, updated: u64) -> LessonProgress {
        LessonProgress {
            reflection: text.into(),
            updated,
            ..LessonProgress::default()
        }
    }

    #[test]
    fn a_reflection_changed_in_two_tabs_keeps_both_and_says_so() {
        let key = lesson_key("m", "l");
        let base: BTreeMap<String, LessonProgress> =
            [(key.clone(), with_reflection("A draft.", 1))].into();
        let mine: BTreeSet<String> = [key.clone()].into();
        // Only the other tab changed it: theirs.
        let mut here = Progress::default();
        here.lessons
            .insert(key.clone(), with_reflection("A draft.", 1));
        let mut stored = Progress::default();
        stored
            .lessons
            .insert(key.clone(), with_reflection("A draft. B paragraph.", 2));
        assert!(here.reconcile(&stored, &mine, &base).is_empty());
        assert_eq!(here.lessons[&key].reflection, "A draft. B paragraph.");
        // Only this tab changed it: this tab's, even if the other is later.
        let mut here = Progress::default();
        here.lessons
            .insert(key.clone(), with_reflection("A draft!", 1));
        let mut stored_same = Progress::default();
        stored_same.lessons.insert(
            key.clone(),
            LessonProgress {
                reached_end: true,
                ..with_reflection("A draft.", 5)
            },
        );
        assert!(here.reconcile(&stored_same, &mine, &base).is_empty());
        assert_eq!(here.lessons[&key].reflection, "A draft!");
        assert!(here.lessons[&key].reached_end, "the other fields merge");
        // Both changed it: both texts, this tab's first, and the key told.
        let conflicts = here.reconcile(&stored, &mine, &base);
        assert_eq!(conflicts, vec![key.clone()]);
        assert_eq!(
            here.lessons[&key].reflection,
            format!("A draft!{BOTH_KEPT}A draft. B paragraph.")
        );
        // A lesson this tab did not change is left to the ordinary merge.
        let mut here = Progress::default();
        here.lessons.insert(key.clone(), with_reflection("Mine", 1));
        assert!(here.reconcile(&stored, &BTreeSet::new(), &base).is_empty());
        assert_eq!(here.lessons[&key].reflection, "Mine");
    }

    #[test]
    fn typing_after_a_failed_read_never_replaces_what_was_stored() {
        // Start-up could not read storage: this tab knew nothing (empty base)
        // and the learner typed into an empty box.
        let key = lesson_key("m", "l");
        let mut here = Progress::default();
        here.lessons
            .insert(key.clone(), with_reflection("Typed after", 9));
        let mut stored = Progress::default();
        stored
            .lessons
            .insert(key.clone(), with_reflection("Written before", 1));
        let mine: BTreeSet<String> = [key.clone()].into();
        let both = here.reconcile(&stored, &mine, &BTreeMap::new());
        assert_eq!(both, vec![key.clone()]);
        let text = &here.lessons[&key].reflection;
        assert!(
            text.contains("Typed after") && text.contains("Written before"),
            "{text}"
        );
    }
}
