//! The learner's state for the whole visit: their progress and reading mode.
//! Read from storage once, kept in signals that pages read, and written back
//! a moment after the last change (typing saves once per pause, not once per
//! key), and at once when the page is being left.

use crate::adapters::content::catalog;
use crate::adapters::storage::AppStore;
use crate::domain::language::Lang;
use crate::domain::lesson::Checkpoint;
use crate::domain::preferences::Preferences;
use crate::domain::progress::{lesson_key, LessonProgress, Progress};
use crate::domain::quiz::{Attempt, Score};
use crate::domain::scoring::Answer;
use crate::domain::store::{backup_key, DocumentError, StoreError};
use crate::ui::document::log_error;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// How long after the last change progress is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// How long before a failed save is tried again.
const RETRY_DELAY: Duration = Duration::from_secs(3);

/// Something the learner must know about their saved progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Notice {
    /// The stored progress could not be read; a copy was kept aside.
    Unreadable,
    /// Some parts could not be used and were left out; a copy was kept.
    Repaired,
    /// A newer version's progress is stored: nothing is written over it.
    Newer,
    /// Storage is full: the latest changes live in this tab only.
    Full,
    /// A write read back different.
    Mismatch,
    /// Storage refused a write for another reason: the latest changes live
    /// in this tab only.
    WriteFailed,
    /// The stored progress could not be read: nothing is written over it
    /// until it can be, and what is done meanwhile is then merged with it.
    ReadFailed,
    /// The same reflection was changed in two tabs: both texts were kept.
    BothKept,
    /// A choice of language or reading mode applies, but could not be
    /// remembered.
    PreferencesNotSaved,
    /// Another tab, on a newer version of the course, stored progress this
    /// version cannot read in full: this tab writes nothing until reloaded.
    NewerParts,
}

impl Notice {
    /// The interface message that tells the learner.
    pub fn message_id(self) -> &'static str {
        match self {
            Notice::Unreadable => "notice-unreadable",
            Notice::Repaired => "notice-repaired",
            Notice::Newer => "notice-newer",
            Notice::Full => "notice-full",
            Notice::Mismatch => "notice-mismatch",
            Notice::WriteFailed => "notice-write-failed",
            Notice::ReadFailed => "notice-read-failed",
            Notice::BothKept => "notice-both-kept",
            Notice::PreferencesNotSaved => "notice-preferences-not-saved",
            Notice::NewerParts => "notice-newer-parts",
        }
    }
}

#[derive(Clone, Copy)]
pub struct Learner {
    progress: RwSignal<Progress>,
    bilingual: RwSignal<bool>,
    /// Whether a change has not been written yet (or its write failed).
    unsaved: RwSignal<bool>,
    /// What the learner must be told about saving.
    notices: RwSignal<BTreeSet<Notice>>,
    /// Whether the browser agreed to keep storage.
    persisted: RwSignal<Option<bool>>,
    /// Whether writes reach the browser's storage (not memory only).
    persistent: bool,
    store: StoredValue<AppStore, LocalStorage>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The raw text of a stored document that could not be used in full,
    /// and whether storage kept a copy of it (or the learner downloaded it).
    set_aside: StoredValue<Option<(String, bool)>, LocalStorage>,
    /// What this tab changed since its last write: lesson keys and attempt
    /// ids, and whether it moved the last place. Everything else is taken from storage then.
    changed: StoredValue<(BTreeSet<String>, bool), LocalStorage>,
    /// The lessons as this tab last knew them stored (read, written, or
    /// taken from another tab): what tells "the other tab changed it" from
    /// "this tab changed it" when both wrote (`Progress::reconcile`).
    base: StoredValue<BTreeMap<String, LessonProgress>, LocalStorage>,
    /// Whether this tab has read the stored progress at least once. Until it
    /// has, it writes nothing, and its work is merged into what it finds.
    synced: StoredValue<bool, LocalStorage>,
}

impl Learner {
    /// Reads what is stored and provides the state to every component below.
    ///
    /// What cannot be used is never lost silently: an unreadable document
    /// (or one with parts that had to be left out) is copied aside first, and
    /// the learner is told; a newer version's document is never written over.
    pub fn provide(store: AppStore) -> Learner {
        let key = crate::domain::progress::storage_key();
        let mut notices = BTreeSet::new();
        // A read that fails is not "nothing stored": the learner is told, and
        // nothing is written until a read succeeds (see `save_now`).
        let raw = match store.as_store().read(&key) {
            Ok(raw) => raw,
            Err(e) => {
                log_error(&e);
                notices.insert(Notice::ReadFailed);
                None
            }
        };
        let synced = !notices.contains(&Notice::ReadFailed);
        // Set when the raw text of a document that could not be used in
        // full is only in memory: nothing is written until it is saved.
        let mut set_aside = None;
        let progress = match raw.as_deref().map(|r| Progress::decode_lenient(r, &known)) {
            None => Progress::default(),
            Some(Ok((p, 0))) => p,
            Some(result) => {
                let mut keep_aside = || {
                    if let Some(raw) = &raw {
                        set_aside = Some((raw.clone(), keep_copy(store.as_store(), &key, raw)));
                    }
                };
                match result {
                    Ok((p, _)) => {
                        keep_aside();
                        notices.insert(Notice::Repaired);
                        p
                    }
                    Err(DocumentError::NewerSchema(_)) => {
                        notices.insert(Notice::Newer);
                        Progress::default()
                    }
                    Err(e) => {
                        log_error(&e);
                        keep_aside();
                        notices.insert(Notice::Unreadable);
                        Progress::default()
                    }
                }
            }
        };
        let prefs = Preferences::load(store.as_store()).unwrap_or_default();
        let persistent = matches!(store, AppStore::Browser(_));
        let base = progress.lessons.clone();
        let learner = Learner {
            base: StoredValue::new_local(base),
            synced: StoredValue::new_local(synced),
            progress: RwSignal::new(progress),
            bilingual: RwSignal::new(prefs.bilingual),
            unsaved: RwSignal::new(false),
            notices: RwSignal::new(notices),
            set_aside: StoredValue::new_local(set_aside),
            persisted: RwSignal::new(None),
            persistent,
            store: StoredValue::new_local(store),
            pending: StoredValue::new_local(None),
            changed: StoredValue::new_local(Default::default()),
        };
        provide_context(learner);
        let leaving = window_event_listener_untyped("pagehide", move |_| learner.save_now());
        // Another tab saved: take in what it did, item by item, at once.
        // (Lessons this tab is changing keep this tab's version until it
        // writes, when the stored copy is merged in anyway.)
        let other_tab = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().as_deref() != Some(key.as_str()) {
                return;
            }
            if let Some(Ok((mut theirs, _))) =
                e.new_value().map(|v| Progress::decode_lenient(&v, &known))
            {
                learner
                    .changed
                    .with_value(|c| theirs.lessons.retain(|k, _| !c.0.contains(k)));
                let taken = theirs.lessons.clone();
                let first_sight = !learner.synced.get_value();
                learner.progress.maybe_update(|p| {
                    if first_sight {
                        // This tab never read storage: its work belongs to
                        // the stored generation, not before it.
                        p.generation = theirs.generation;
                    }
                    p.absorb(theirs)
                });
                learner.synced.set_value(true);
                learner.base.update_value(|b| b.extend(taken));
            }
        });
        on_cleanup(move || {
            leaving.remove();
            other_tab.remove();
        });
        if persistent {
            learner.ask_to_persist();
        }
        learner
    }

    /// Asks the browser to keep this site's storage even when space runs
    /// low (`navigator.storage.persist()`), and remembers the answer.
    fn ask_to_persist(&self) {
        #[cfg(target_arch = "wasm32")]
        {
            let persisted = self.persisted;
            let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
                return;
            };
            let Ok(promise) = manager.persist() else {
                return;
            };
            leptos::task::spawn_local(async move {
                let granted = wasm_bindgen_futures::JsFuture::from(promise).await;
                persisted.set(granted.ok().and_then(|v| v.as_bool()));
            });
        }
    }

    /// Whether the browser agreed to keep storage (tracked; `None` until it
    /// answers, or where it cannot be asked).
    pub fn persisted(&self) -> Option<bool> {
        self.persisted.get()
    }

    /// What the learner must know about their saved progress (tracked).
    pub fn notices(&self) -> BTreeSet<Notice> {
        self.notices.get()
    }

    /// Turns a notice on or off; only a real change re-renders the banners
    /// (so that screen readers do not hear them again after every save).
    fn notice(&self, notice: Notice, on: bool) {
        self.notices.maybe_update(|n| {
            if on {
                n.insert(notice)
            } else {
                n.remove(&notice)
            }
        });
    }

    /// Whether nothing may be written: a newer version's data is stored, or
    /// a document that could not be used in full is kept only in memory
    /// (storage refused its copy) and has not been downloaded yet.
    fn read_only(&self) -> bool {
        self.notices.with_untracked(|n| n.contains(&Notice::Newer))
            || self.set_aside.with_value(|s| matches!(s, Some((_, false))))
    }

    /// The document that could not be used in full, as it was stored: this
    /// visit's, else an earlier visit's copy kept in storage.
    pub fn unreadable_copy(&self) -> Option<String> {
        let key = backup_key(&crate::domain::progress::storage_key());
        self.set_aside
            .with_value(|s| s.as_ref().map(|(raw, _)| raw.clone()))
            .or_else(|| {
                self.store
                    .with_value(|s| s.as_store().read(&key).ok().flatten())
            })
    }

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
            Ok(()) => self.set_aside_downloaded(),
            Err(e) => log_error(&std::io::Error::other(e)),
        }
    }

    fn set_aside_downloaded(&self) {
        self.set_aside.update_value(|s| {
            if let Some((_, kept)) = s {
                *kept = true;
            }
        });
        if self.unsaved.get_untracked() {
            self.schedule_save();
        }
    }

    /// The stored progress, read part by part as at start-up, with the
    /// number of parts this version cannot use (another tab on a newer
    /// version of the course wrote them) and the raw text.
    fn stored(&self) -> Result<(Progress, usize, Option<String>), DocumentError> {
        let key = crate::domain::progress::storage_key();
        match self.store.with_value(|s| s.as_store().read(&key))? {
            None => Ok((Progress::default(), 0, None)),
            Some(text) => Progress::decode_lenient(&text, &known).map(|(p, n)| (p, n, Some(text))),
        }
    }

    /// Tries again a little later, while a save fails.
    fn retry_later(&self) {
        let learner = *self;
        let handle = set_timeout_with_handle(move || learner.save_now(), RETRY_DELAY).ok();
        if let Some(Some(previous)) = self
            .pending
            .try_update_value(|p| std::mem::replace(p, handle))
        {
            previous.clear();
        }
    }

    /// Whether some of this visit's work is not in the browser's storage
    /// (untracked).
    pub fn has_unsaved(&self) -> bool {
        self.unsaved.get_untracked()
    }

    /// Sets the notices a write's outcome calls for.
    fn after_write(&self, result: &Result<(), DocumentError>) {
        self.notice(
            Notice::Full,
            matches!(result, Err(DocumentError::Store(StoreError::QuotaExceeded))),
        );
        self.notice(
            Notice::Mismatch,
            matches!(result, Err(DocumentError::Store(StoreError::ReadBack))),
        );
        self.notice(
            Notice::WriteFailed,
            matches!(
                result,
                Err(DocumentError::Store(
                    StoreError::Backend(_) | StoreError::Unavailable(_)
                ))
            ),
        );
        if let Err(DocumentError::NewerSchema(_)) = result {
            // A newer version wrote meanwhile, in another tab.
            self.notice(Notice::Newer, true);
        }
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

    /// Writes pending progress now: whatever is not yet in storage, whether
    /// a save was waiting or an earlier one failed (so leaving the page or
    /// reloading for an update never drops a change storage refused).
    pub fn save_now(&self) {
        if let Some(Some(handle)) = self.pending.try_update_value(Option::take) {
            handle.clear();
        }
        if !self.unsaved.get_untracked() || self.read_only() {
            return;
        }
        // Another tab may have written since: keep what it did to other
        // lessons rather than writing this tab's older copy over it.
        let (mine, moved) = self
            .changed
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        match self.stored() {
            // Parts this version cannot use, other than those already set
            // aside at start-up (with a copy and a notice).
            Ok((_, dropped, raw))
                if dropped > 0
                    && self
                        .set_aside
                        .with_value(|a| a.as_ref().map(|(r, _)| r) != raw.as_ref()) =>
            {
                // Another tab runs a newer version of the course and stored
                // parts this one cannot read: they are never written over.
                self.notice(Notice::NewerParts, true);
                self.changed.update_value(|c| {
                    c.0.extend(mine);
                    c.1 |= moved;
                });
                return;
            }
            Ok((stored, _, _)) => {
                let first_sight = !self.synced.get_value();
                let mut both = Vec::new();
                self.base.with_value(|base| {
                    self.progress.maybe_update(|p| {
                        if first_sight {
                            p.generation = stored.generation;
                        }
                        both = p.reconcile(&stored, &mine, base);
                        p.merge_stored(stored, &mine, moved) || !both.is_empty()
                    });
                });
                self.synced.set_value(true);
                self.notice(Notice::ReadFailed, false);
                if !both.is_empty() {
                    self.notice(Notice::BothKept, true);
                }
            }
            Err(DocumentError::Store(e)) => {
                // What is stored cannot be known: nothing is written over
                // it. This tab's changes wait for the next try.
                log_error(&e);
                self.notice(Notice::ReadFailed, true);
                self.changed.update_value(|c| {
                    c.0.extend(mine);
                    c.1 |= moved;
                });
                self.retry_later();
                return;
            }
            Err(DocumentError::Corrupt(e)) => {
                // Damaged since this tab read it: a copy is kept aside
                // before this tab's progress replaces it.
                log_error(&DocumentError::Corrupt(e));
                let key = crate::domain::progress::storage_key();
                let raw = self
                    .store
                    .with_value(|s| s.as_store().read(&key).ok().flatten());
                if let Some(raw) = raw {
                    let kept = self
                        .store
                        .with_value(|s| keep_copy(s.as_store(), &key, &raw));
                    self.set_aside.set_value(Some((raw, kept)));
                    self.notice(Notice::Unreadable, true);
                    if !kept {
                        // Storage refused the copy: nothing is written
                        // until the learner has downloaded it.
                        self.changed.update_value(|c| {
                            c.0.extend(mine);
                            c.1 |= moved;
                        });
                        return;
                    }
                }
            }
            // A newer version's document: the write below refuses it.
            Err(DocumentError::NewerSchema(_)) => {}
        }
        let result = self
            .store
            .with_value(|s| self.progress.with_untracked(|p| p.save(s.as_store())));
        self.after_write(&result);
        match result {
            Ok(()) => {
                self.unsaved.set(false);
                let written = self.progress.with_untracked(|p| p.lessons.clone());
                self.base.set_value(written);
            }
            Err(e) => {
                // Still this tab's changes: the next write must not take an
                // older stored copy over them.
                self.changed.update_value(|c| {
                    c.0.extend(mine);
                    c.1 |= moved;
                });
                log_error(&e);
                if !matches!(e, DocumentError::NewerSchema(_)) {
                    self.retry_later();
                }
            }
        }
    }

    /// Offers the whole progress as a file to download.
    pub fn download(&self) -> Result<(), String> {
        let now = js_sys::Date::now() as u64;
        let prefs = self
            .store
            .with_value(|s| Preferences::load(s.as_store()).unwrap_or_default());
        let file = crate::domain::transfer::export(&self.snapshot(), &prefs, now);
        let date = String::from(
            js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now as f64)).to_iso_string(),
        );
        let name = format!(
            "savoir-progress-{}.json",
            date.get(..10).unwrap_or_default()
        );
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
        if let Some(Some(handle)) = self.pending.try_update_value(Option::take) {
            handle.clear();
        }
        if self.read_only() {
            return Err(DocumentError::NewerSchema(
                crate::domain::progress::SCHEMA + 1,
            ));
        }
        let stored = self.stored();
        self.progress.update(|p| {
            if replace {
                // Erasing something starts a new generation, so that a tab
                // left open cannot merge it back; a file that only restores
                // (over nothing, or over the same) leaves the state as the
                // file has it, byte for byte.
                // A tab that never read storage cannot know what it erases:
                // a new generation, so that no other tab brings it back.
                let erases = !self.synced.get_value()
                    || p.lessons.keys().any(|k| !imported.lessons.contains_key(k))
                    || p.attempts
                        .keys()
                        .any(|k| !imported.attempts.contains_key(k))
                    || p.mistakes
                        .keys()
                        .any(|k| !imported.mistakes.contains_key(k));
                let generation = p.generation.max(imported.generation);
                *p = imported;
                p.generation = generation;
                if erases {
                    p.start_generation(js_sys::Date::now() as u64);
                }
            } else {
                if let Ok((stored, _, _)) = stored {
                    p.absorb(stored);
                }
                // Added to what is here, item by item, whenever the file
                // was made.
                let mut imported = imported;
                imported.generation = p.generation;
                p.absorb(imported);
            }
        });
        let result = self
            .store
            .with_value(|s| self.progress.with_untracked(|p| p.save(s.as_store())));
        self.after_write(&result);
        if let (Ok(()), Some(prefs)) = (&result, preferences) {
            self.bilingual.set(prefs.bilingual);
            if let Err(e) = self.store.with_value(|s| prefs.save(s.as_store())) {
                log_error(&e);
            }
        }
        if result.is_ok() {
            let written = self.progress.with_untracked(|p| p.lessons.clone());
            self.base.set_value(written);
            self.synced.set_value(true);
            self.changed.update_value(|c| *c = Default::default());
            self.unsaved.set(false);
            self.notice(Notice::Repaired, false);
        } else {
            // Not written: all of it is this tab's to write next time, and
            // no older stored copy may win over it.
            self.progress.with_untracked(|p| {
                let keys: Vec<String> =
                    p.lessons.keys().chain(p.attempts.keys()).cloned().collect();
                self.changed.update_value(|c| {
                    c.0.extend(keys);
                    c.1 = true;
                });
            });
            self.unsaved.set(true);
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
        self.update_preferences(|p| p.bilingual = on);
    }

    /// Changes the stored preferences; the learner is told when they could
    /// not be remembered (the choice still applies in this tab).
    pub fn update_preferences(&self, change: impl FnOnce(&mut Preferences)) {
        let result = self
            .store
            .with_value(|s| Preferences::update(s.as_store(), change));
        if let Err(e) = &result {
            log_error(e);
        }
        self.notice(Notice::PreferencesNotSaved, result.is_err());
    }
}

/// Whether the course has a module, or a lesson of it: what stored parts
/// and assignment links may name.
pub fn known(module: &str, lesson: Option<&str>) -> bool {
    catalog()
        .module(module)
        .is_some_and(|s| lesson.is_none_or(|l| s.lessons.iter().any(|x| x.id == l)))
}

/// Copies a document that could not be used in full aside, without writing
/// over an earlier copy that differs (that one may not be downloaded yet).
/// Returns whether storage kept it.
fn keep_copy(store: &dyn crate::domain::store::KeyValueStore, key: &str, raw: &str) -> bool {
    let mut aside = backup_key(key);
    match store.read(&aside) {
        Ok(Some(existing)) if existing != raw => {
            aside = format!("{aside}:{}", js_sys::Date::now() as u64);
        }
        Ok(Some(_)) => return true,
        _ => {}
    }
    store.write(&aside, raw).is_ok() && store.read(&aside).ok().flatten().as_deref() == Some(raw)
}

/// The learner state provided by the app; outside it (a component mounted
/// alone), a fresh one over memory.
pub fn use_learner() -> Learner {
    use_context::<Learner>()
        .unwrap_or_else(|| Learner::provide(AppStore::Memory(std::sync::Arc::default())))
}
