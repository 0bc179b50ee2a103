//! The learner's state for the whole visit: their progress and reading mode.
//! Read from storage once, kept in signals that pages read, and written back
//! a moment after the last change (typing saves once per pause, not once per
//! key), and at once when the page is being left.

use crate::adapters::storage::AppStore;
use crate::domain::language::Lang;
use crate::domain::lesson::Checkpoint;
use crate::domain::preferences::Preferences;
use crate::domain::progress::{lesson_key, LessonProgress, Progress};
use crate::domain::quiz::{Attempt, Score};
use crate::domain::scoring::Answer;
use crate::domain::store::{backup_key, DocumentError};
use crate::ui::document::log_error;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::time::Duration;

/// How long after the last change progress is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);

#[derive(Clone, Copy)]
pub struct Learner {
    progress: RwSignal<Progress>,
    bilingual: RwSignal<bool>,
    /// Whether a change has not been written yet (or its write failed).
    unsaved: RwSignal<bool>,
    /// Whether writes reach the browser's storage (not memory only).
    persistent: bool,
    store: StoredValue<AppStore, LocalStorage>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// What this tab changed since its last write: lesson keys and attempt
    /// ids, and whether it moved the last place. Everything else is taken from storage then.
    changed: StoredValue<(BTreeSet<String>, bool), LocalStorage>,
}

impl Learner {
    /// Reads what is stored and provides the state to every component below.
    pub fn provide(store: AppStore) -> Learner {
        let progress = Progress::load(store.as_store()).unwrap_or_else(|e| {
            // A document this build cannot read is copied aside before the
            // learner starts afresh, so that nothing is lost for good. (A
            // newer version's document is never overwritten at all.)
            log_error(&e);
            if let DocumentError::Corrupt(_) = e {
                let key = crate::domain::progress::storage_key();
                if let Ok(Some(raw)) = store.as_store().read(&key) {
                    let _ = store.as_store().write(&backup_key(&key), &raw);
                }
            }
            Progress::default()
        });
        let prefs = Preferences::load(store.as_store()).unwrap_or_default();
        let learner = Learner {
            progress: RwSignal::new(progress),
            bilingual: RwSignal::new(prefs.bilingual),
            unsaved: RwSignal::new(false),
            persistent: matches!(store, AppStore::Browser(_)),
            store: StoredValue::new_local(store),
            pending: StoredValue::new_local(None),
            changed: StoredValue::new_local(Default::default()),
        };
        provide_context(learner);
        let leaving = window_event_listener_untyped("pagehide", move |_| learner.save_now());
        on_cleanup(move || leaving.remove());
        learner
    }

    /// Reads the progress (tracked: the caller re-runs when it changes).
    pub fn with<R>(&self, read: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with(read)
    }

    /// A lesson's entry (tracked).
    pub fn lesson(&self, module: &str, lesson: &str) -> LessonProgress {
        self.progress.with(|p| p.lesson(module, lesson))
    }

    /// Changes a lesson's entry; saved shortly after.
    pub fn update_lesson(
        &self,
        module: &str,
        lesson: &str,
        change: impl FnOnce(&mut LessonProgress),
    ) {
        let now = js_sys::Date::now() as u64;
        if self.change(|p| p.update_lesson(module, lesson, now, change)) {
            self.changed
                .update_value(|c| _ = c.0.insert(lesson_key(module, lesson)));
        }
    }

    /// Records where the learner is, for "continue where you left off".
    pub fn set_place(&self, module: &str, lesson: &str, position: Option<String>) {
        if self.change(|p| p.set_place(module, lesson, position)) {
            self.changed.update_value(|c| c.1 = true);
        }
    }

    /// Stores a new checkpoint attempt (on retry, so that its seed, and so
    /// the order of its options, survives a reload).
    pub fn start_attempt(&self, attempt: Attempt) {
        let id = attempt.id.clone();
        self.change_attempt(id, |p| p.put_attempt(attempt));
    }

    /// Records an answer in attempt `fresh.id` (stored as `fresh` if new).
    pub fn answer_attempt(&self, fresh: &Attempt, question: &str, answer: Answer, lang: Lang) {
        self.change_attempt(fresh.id.clone(), |p| {
            p.answer_attempt(fresh, question, answer, lang)
        });
    }

    /// Finishes an attempt, noting its mistakes. Returns its score.
    pub fn finish_attempt(&self, id: &str, checkpoint: &Checkpoint) -> Option<Score> {
        let mut score = None;
        let now = js_sys::Date::now() as u64;
        self.change_attempt(id.to_owned(), |p| {
            score = p.finish_attempt(id, checkpoint, now);
            score.is_some()
        });
        score
    }

    /// Notes a question practised, right or wrong.
    pub fn practised(&self, module: &str, question: &str, right: bool) {
        let now = js_sys::Date::now() as u64;
        self.change(|p| p.practised(module, question, right, now));
    }

    fn change_attempt(&self, id: String, change: impl FnOnce(&mut Progress) -> bool) {
        if self.change(change) {
            self.changed.update_value(|c| _ = c.0.insert(id));
        }
    }

    fn change(&self, change: impl FnOnce(&mut Progress) -> bool) -> bool {
        let mut changed = false;
        self.progress.maybe_update(|p| {
            changed = change(p);
            changed
        });
        if changed {
            self.schedule_save();
        }
        changed
    }

    fn schedule_save(&self) {
        self.unsaved.set(true);
        let learner = *self;
        let handle = set_timeout_with_handle(move || learner.save_now(), SAVE_DELAY).ok();
        if let Some(Some(previous)) = self
            .pending
            .try_update_value(|p| std::mem::replace(p, handle))
        {
            previous.clear();
        }
    }

    /// Writes pending progress now.
    pub fn save_now(&self) {
        let Some(Some(handle)) = self.pending.try_update_value(Option::take) else {
            return;
        };
        handle.clear();
        // Another tab may have written since: keep what it did to other
        // lessons rather than writing this tab's older copy over it.
        let (mine, moved) = self
            .changed
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if let Ok(stored) = self.store.with_value(|s| Progress::load(s.as_store())) {
            self.progress
                .maybe_update(|p| p.merge_stored(stored, &mine, moved));
        }
        let result = self
            .store
            .with_value(|s| self.progress.with_untracked(|p| p.save(s.as_store())));
        match result {
            Ok(()) => self.unsaved.set(false),
            Err(e) => {
                // Still this tab's changes: the next write must not take an
                // older stored copy over them.
                self.changed.update_value(|c| {
                    c.0.extend(mine);
                    c.1 |= moved;
                });
                log_error(&e);
            }
        }
    }

    /// Applies an imported progress file: replacing everything, or merged
    /// item by item with what is here (and in storage). Written at once.
    pub fn apply_import(&self, imported: Progress, replace: bool) -> Result<(), DocumentError> {
        if let Some(Some(handle)) = self.pending.try_update_value(Option::take) {
            handle.clear();
        }
        let stored = self.store.with_value(|s| Progress::load(s.as_store()));
        self.progress.update(|p| {
            if replace {
                *p = imported;
            } else {
                if let Ok(stored) = stored {
                    p.absorb(stored);
                }
                p.absorb(imported);
            }
        });
        self.changed.update_value(|c| *c = Default::default());
        let result = self
            .store
            .with_value(|s| self.progress.with_untracked(|p| p.save(s.as_store())));
        if result.is_ok() {
            self.unsaved.set(false);
        }
        result
    }

    /// The whole progress, untracked (for export).
    pub fn snapshot(&self) -> Progress {
        self.progress.get_untracked()
    }

    /// Every key this app stored, with its size in bytes (UTF-16 code units,
    /// as browsers count them against the quota).
    pub fn stored_sizes(&self) -> Vec<(String, usize)> {
        self.store.with_value(|s| {
            let s = s.as_store();
            s.keys()
                .unwrap_or_default()
                .into_iter()
                .map(|k| {
                    let size = s
                        .read(&k)
                        .ok()
                        .flatten()
                        .map_or(0, |v| v.encode_utf16().count());
                    let size = size + k.encode_utf16().count();
                    (k, size * 2)
                })
                .collect()
        })
    }

    /// Whether every change so far is in the browser's storage (tracked).
    pub fn all_saved(&self) -> bool {
        self.persistent && !self.unsaved.get()
    }

    /// Whether lessons show both languages (tracked).
    pub fn bilingual(&self) -> bool {
        self.bilingual.get()
    }

    /// Turns the bilingual reading mode on or off, and remembers it.
    pub fn set_bilingual(&self, on: bool) {
        self.bilingual.set(on);
        let result = self
            .store
            .with_value(|s| Preferences::update(s.as_store(), |p| p.bilingual = on));
        if let Err(e) = result {
            log_error(&e);
        }
    }
}

/// The learner state provided by the app; outside it (a component mounted
/// alone), a fresh one over memory.
pub fn use_learner() -> Learner {
    use_context::<Learner>()
        .unwrap_or_else(|| Learner::provide(AppStore::Memory(std::sync::Arc::default())))
}
