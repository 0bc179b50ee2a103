//! The learner's changes and how they reach storage: each change applied to
//! the session, then written a moment later ([`SAVE_DELAY`]), a refused
//! write tried again ([`RETRY_DELAY`]); imports, downloads and preferences.

use super::{now, Learner};
use crate::domain::content::lesson::Checkpoint;
use crate::domain::learner::preferences::Preferences;
use crate::domain::learner::progress::{LessonProgress, Progress};
use crate::domain::learner::quiz::{Attempt, Score};
use crate::domain::learner::scoring::Answer;
use crate::domain::learner::session::{ProgressSession, Touched, RETRY_DELAY, SAVE_DELAY};
use crate::domain::learner::soa::Entry;
use crate::domain::shared::language::Lang;
use crate::domain::shared::store::{DocumentError, StoreError};
use crate::ui::document::log_error;
use leptos::prelude::*;

impl Learner {
    /// Offers the document that could not be used in full as a file; once
    /// downloaded, writing may resume if storage had refused to keep it.
    pub fn download_unreadable(&self) {
        let Some(raw) = self.unreadable_copy() else {
            return;
        };
        match crate::adapters::files::download(
            "savoir-unreadable-progress.json",
            &raw,
            "application/json",
        ) {
            Ok(()) => {
                if self.edit(|s, _| s.set_aside_downloaded()) == Some(true) {
                    self.schedule_save();
                }
            }
            Err(e) => log_error(&std::io::Error::other(e)),
        }
    }

    /// Changes a lesson's entry; saved shortly after.
    pub fn update_lesson(
        &self,
        module: &str,
        lesson: &str,
        change: impl FnOnce(&mut LessonProgress),
    ) {
        let mut change = Some(change);
        // One copy of the code below for every caller's change.
        let change: &mut dyn FnMut(&mut LessonProgress) = &mut |e| {
            if let Some(change) = change.take() {
                change(e);
            }
        };
        self.change(|s| s.update_lesson(module, lesson, now(), change));
    }

    /// Records where the learner is, for "continue where you left off".
    pub fn set_place(&self, module: &str, lesson: &str, position: Option<String>) {
        self.change(|s| s.set_place(module, lesson, position));
    }

    /// Stores a new checkpoint attempt (on retry, so that its seed, and so
    /// the order of its options, survives a reload).
    pub fn start_attempt(&self, attempt: Attempt) {
        self.change(|s| s.start_attempt(attempt));
    }

    /// Records an answer in attempt `fresh.id` (stored as `fresh` if new).
    pub fn answer_attempt(&self, fresh: &Attempt, question: &str, answer: Answer, lang: Lang) {
        self.change(|s| s.answer_attempt(fresh, question, answer, lang));
    }

    /// Finishes an attempt, noting its mistakes. Returns its score.
    pub fn finish_attempt(&self, id: &str, checkpoint: &Checkpoint) -> Option<Score> {
        let mut score = None;
        self.change(|s| {
            let (finished, touched) = s.finish_attempt(id, checkpoint, now());
            score = finished;
            touched
        });
        score
    }

    /// Adds an answer to a question's review log, now.
    pub fn reviewed(
        &self,
        item: &crate::domain::learner::review::Item,
        right: bool,
        context: crate::domain::learner::review::Context,
    ) {
        self.change(|s| s.reviewed(item, right, context, now()));
    }

    /// Notes a question practised, right or wrong.
    pub fn practised(&self, module: &str, question: &str, right: bool) {
        self.change(|s| s.practised(module, question, right, now()));
    }

    /// Changes a control's entry in the Statement of Applicability
    /// workbook; saved shortly after.
    pub fn update_workbook(&self, number: &str, change: &mut dyn FnMut(&mut Entry)) {
        self.change(|s| s.update_workbook(number, now(), change));
    }

    /// Applies a change, and saves a moment later if it changed anything.
    fn change(&self, op: impl FnOnce(&mut ProgressSession) -> Touched) {
        let mut op = Some(op);
        let touched = self.touch(&mut |s| op.take().map_or(Touched::Nothing, |op| op(s)));
        if touched != Touched::Nothing {
            self.schedule_save();
        }
    }

    /// Writes in `delay`, unless something else is written first.
    fn write_in(&self, delay: std::time::Duration) {
        let learner = *self;
        let handle = set_timeout_with_handle(move || learner.save_now(), delay).ok();
        if let Some(Some(previous)) = self
            .pending
            .try_update_value(|p| std::mem::replace(p, handle))
        {
            previous.clear();
        }
    }

    fn schedule_save(&self) {
        self.write_in(SAVE_DELAY);
    }

    /// Writes pending progress now: whatever is not yet in storage, whether
    /// a save was waiting or an earlier one failed (so leaving the page or
    /// reloading for an update never drops a change storage refused).
    pub fn save_now(&self) {
        self.cancel_pending();
        let Some(saved) = self.edit(|s, store| s.save(store, now())) else {
            return;
        };
        self.refresh(&saved.touched);
        if saved.retry {
            self.write_in(RETRY_DELAY);
        }
    }

    fn cancel_pending(&self) {
        if let Some(Some(handle)) = self.pending.try_update_value(Option::take) {
            handle.clear();
        }
    }

    /// Offers the whole progress as a file to download.
    pub fn download(&self) -> Result<(), String> {
        let (name, file) = self.store.with_value(|store| {
            self.session
                .with_value(|s| s.export(store.as_store(), now()))
        });
        crate::adapters::files::download(&name, &file, "application/json")
    }

    /// Applies an imported progress file: replacing everything, or merged
    /// item by item with what is here (and in storage). Written at once.
    ///
    /// Preferences, when given, replace the stored ones (a file brings back
    /// the reading mode and the remembered language with the progress).
    pub fn apply_import(
        &self,
        imported: Progress,
        preferences: Option<Preferences>,
        replace: bool,
    ) -> Result<(), DocumentError> {
        self.cancel_pending();
        let result = self
            .edit(|s, store| s.apply_import(store, imported, replace, now()))
            .unwrap_or_else(|| Err(StoreError::Unavailable("the visit is over".into()).into()));
        self.refresh(&Touched::All);
        if let (Ok(()), Some(prefs)) = (&result, preferences) {
            self.bilingual.set(prefs.bilingual);
            self.retention.set(prefs.retention());
            if let Err(e) = self.store.with_value(|s| prefs.save(s.as_store())) {
                log_error(&e);
            }
        }
        result
    }

    /// Turns the bilingual reading mode on or off, and remembers it.
    pub fn set_bilingual(&self, on: bool) {
        self.bilingual.set(on);
        self.update_preferences(|p| p.bilingual = on);
    }

    /// Changes the desired retention of spaced review (in percent, kept
    /// within `review::RETENTION_RANGE`).
    pub fn set_retention(&self, percent: u8) {
        use crate::domain::learner::review::RETENTION_RANGE;
        let percent = percent.clamp(*RETENTION_RANGE.start(), *RETENTION_RANGE.end());
        self.retention.set(percent);
        self.update_preferences(|p| p.retention = Some(percent));
    }

    /// Changes the stored preferences; the learner is told when they could
    /// not be remembered (the choice still applies in this tab).
    pub fn update_preferences(&self, change: impl FnOnce(&mut Preferences)) {
        if let Some(Err(e)) = self.edit(|s, store| s.update_preferences(store, change)) {
            log_error(&e);
        }
        self.refresh(&Touched::Nothing);
    }
}
