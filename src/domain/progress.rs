//! What a learner has done in the course, keyed by module and lesson ids
//! (never by displayed text): per lesson, their reflection, whether they
//! skipped it, whether they reached the end and where they were reading; and
//! the last place they were, for "continue where you left off".
//!
//! Stored as one versioned JSON document. Every lesson entry carries the time
//! it last changed, so that copies from two tabs or an imported file can be
//! merged item by item.

use super::catalog::{Catalog, ModuleSummary};
use super::store::{self, DocumentError, KeyValueStore};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The schema version this build writes.
pub const SCHEMA: u32 = 1;

/// Storage key of the progress document.
pub fn storage_key() -> String {
    store::key("progress")
}

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

    /// Takes in what another tab may have stored since this one loaded:
    /// every lesson entry this tab has not changed (`mine`), and the last
    /// place unless this tab moved (`my_place`). Returns whether anything
    /// changed. (Two tabs changing the same lesson is settled in favour of
    /// the one writing; per-field merging belongs to the storage issue.)
    pub fn merge_stored(
        &mut self,
        stored: Progress,
        mine: &BTreeSet<String>,
        my_place: bool,
    ) -> bool {
        let mut changed = false;
        for (key, entry) in stored.lessons {
            if !mine.contains(&key) && self.lessons.get(&key) != Some(&entry) {
                self.lessons.insert(key, entry);
                changed = true;
            }
        }
        if !my_place && stored.last.is_some() && self.last != stored.last {
            self.last = stored.last;
            changed = true;
        }
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
        let progress: Progress =
            serde_json::from_str(text).map_err(|e| DocumentError::Corrupt(e.to_string()))?;
        if progress.schema > SCHEMA {
            return Err(DocumentError::NewerSchema(progress.schema));
        }
        Ok(progress)
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

    #[test]
    fn corrupt_and_newer_documents_are_reported_and_newer_ones_kept() -> Result<(), StoreError> {
        assert!(matches!(
            Progress::decode("{\"lessons\": 3"),
            Err(DocumentError::Corrupt(_))
        ));
        let store = MemoryStore::default();
        let newer = r#"{"schema":2,"lessons":{},"spaced":[]}"#;
        store.write(&storage_key(), newer)?;
        assert_eq!(Progress::load(&store), Err(DocumentError::NewerSchema(2)));
        assert_eq!(
            Progress::default().save(&store),
            Err(DocumentError::NewerSchema(2))
        );
        assert_eq!(store.read(&storage_key())?.as_deref(), Some(newer));
        Ok(())
    }
}
