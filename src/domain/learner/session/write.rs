//! Writing the session's progress: a save merged with what another tab
//! stored, another tab's save taken in, an import, and the preferences.

use super::{Changes, Notice, ProgressSession, Touched};
use crate::domain::learner::preferences::Preferences;
use crate::domain::learner::progress::{self, Progress, SCHEMA};
use crate::domain::learner::transfer;
use crate::domain::shared::calendar;
use crate::domain::shared::store::{DocumentError, KeyValueStore, StoreError};

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// What merging with the stored copy changed here.
    pub touched: Touched,
    /// Whether to try again in [`super::RETRY_DELAY`]: storage refused the
    /// read or the write, and may accept later.
    pub retry: bool,
}

impl Saved {
    pub(super) fn stop(touched: Touched) -> Saved {
        Saved {
            touched,
            retry: false,
        }
    }
}

/// The stored progress, read part by part, with the number of parts this
/// version cannot use and the raw text.
type Stored = (Progress, usize, Option<String>);

impl ProgressSession {
    /// The stored progress, read part by part as at start-up, with the
    /// number of parts this version cannot use (another tab on a newer
    /// version of the course wrote them) and the raw text.
    fn stored(&self, store: &dyn KeyValueStore) -> Result<Stored, DocumentError> {
        match store.read(&progress::storage_key())? {
            None => Ok((Progress::default(), 0, None)),
            Some(text) => {
                Progress::decode_lenient(&text, self.known).map(|(p, n)| (p, n, Some(text)))
            }
        }
    }

    /// Writes whatever is not yet in storage, whether a save was waiting or
    /// an earlier one failed (so leaving the page or reloading for an update
    /// never drops a change storage refused). Another tab may have written
    /// since: what it did is merged in first, never written over.
    pub fn save(&mut self, store: &dyn KeyValueStore, now: u64) -> Saved {
        if !self.unsaved || self.read_only() {
            return Saved::stop(Touched::Nothing);
        }
        let mine = std::mem::take(&mut self.changed);
        let mut touched = Touched::Nothing;
        match self.stored(store) {
            // Parts this version cannot use, other than those already set
            // aside at start-up (with a copy and a notice).
            Ok((_, dropped, raw))
                if dropped > 0 && self.set_aside.as_ref().map(|a| &a.raw) != raw.as_ref() =>
            {
                // Another tab runs a newer version of the course and stored
                // parts this one cannot read: they are never written over.
                self.notice(Notice::NewerParts, true);
                self.changed.restore(mine);
                return Saved::stop(Touched::Nothing);
            }
            Ok((stored, _, _)) => {
                if !self.synced {
                    // This tab never read storage: its work belongs to the
                    // stored generation, not before it.
                    self.progress.generation = stored.generation;
                }
                let both = self.progress.reconcile(&stored, &mine.keys, &self.base);
                let merged = self.progress.merge_stored(stored, &mine.keys, mine.place);
                if merged || !both.is_empty() {
                    touched = Touched::All;
                }
                self.synced = true;
                self.notice(Notice::ReadFailed, false);
                if !both.is_empty() {
                    self.notice(Notice::BothKept, true);
                }
            }
            Err(e @ DocumentError::Store(_)) => {
                // What is stored cannot be known: nothing is written over
                // it. This tab's changes wait for the next try.
                self.errors.push(e);
                self.notice(Notice::ReadFailed, true);
                self.changed.restore(mine);
                return Saved {
                    touched,
                    retry: true,
                };
            }
            Err(e @ DocumentError::Corrupt(_)) => {
                // Damaged since this tab read it: a copy is kept aside
                // before this tab's progress replaces it.
                self.errors.push(e);
                let raw = store.read(&progress::storage_key()).ok().flatten();
                // Unless it is the copy already safe (kept in storage, or
                // downloaded by the learner when storage refused it).
                let safe = self
                    .set_aside
                    .as_ref()
                    .is_some_and(|a| a.kept && Some(&a.raw) == raw.as_ref());
                if let Some(raw) = raw.filter(|_| !safe) {
                    let kept = self.keep_aside(store, raw, now);
                    self.notice(Notice::Unreadable, true);
                    if !kept {
                        // Storage refused the copy: nothing is written
                        // until the learner has downloaded it.
                        self.changed.restore(mine);
                        return Saved::stop(touched);
                    }
                }
            }
            // A newer version's document: the write below refuses it.
            Err(DocumentError::NewerSchema(_)) => {}
        }
        let result = self.progress.save(store);
        self.after_write(&result);
        match result {
            Ok(()) => {
                self.unsaved = false;
                self.base = self.progress.lessons.clone();
                Saved::stop(touched)
            }
            Err(e) => {
                // Still this tab's changes: the next write must not take an
                // older stored copy over them.
                self.changed.restore(mine);
                let retry = !matches!(e, DocumentError::NewerSchema(_));
                self.errors.push(e);
                Saved { touched, retry }
            }
        }
    }

    /// Sets the notices a write's outcome calls for.
    fn after_write(&mut self, result: &Result<(), DocumentError>) {
        let failed = |e: &StoreError| matches!(result, Err(DocumentError::Store(x)) if x == e);
        self.notice(Notice::Full, failed(&StoreError::QuotaExceeded));
        self.notice(Notice::Mismatch, failed(&StoreError::ReadBack));
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

    /// Takes in another tab's save (the text it stored), item by item, at
    /// once. Lessons this tab is changing keep this tab's version until it
    /// writes, when the stored copy is merged in anyway.
    pub fn take_in(&mut self, text: &str) -> Touched {
        let Ok((mut theirs, _)) = Progress::decode_lenient(text, self.known) else {
            return Touched::Nothing;
        };
        theirs.lessons.retain(|k, _| !self.changed.keys.contains(k));
        let taken = theirs.lessons.clone();
        if !self.synced {
            // This tab never read storage: its work belongs to the stored
            // generation, not before it.
            self.progress.generation = theirs.generation;
        }
        let changed = self.progress.absorb(theirs);
        self.synced = true;
        self.base.extend(taken);
        Touched::from_flag(changed, Touched::All)
    }

    /// Applies an imported progress file: replacing everything, or merged
    /// item by item with what is here (and in storage). Written at once; on
    /// failure all of it is this tab's to write next time.
    ///
    /// Erasing something starts a new generation, so that a tab left open
    /// cannot merge it back; a file that only restores (over nothing, or
    /// over the same) leaves the state as the file has it, byte for byte.
    pub fn apply_import(
        &mut self,
        store: &dyn KeyValueStore,
        imported: Progress,
        replace: bool,
        now: u64,
    ) -> Result<(), DocumentError> {
        if self.read_only() {
            return Err(DocumentError::NewerSchema(SCHEMA + 1));
        }
        let stored = self.stored(store);
        let p = &mut self.progress;
        if replace {
            // A tab that never read storage cannot know what it erases: a
            // new generation, so that no other tab brings it back.
            let erases = !self.synced
                || p.lessons.keys().any(|k| !imported.lessons.contains_key(k))
                || p.attempts
                    .keys()
                    .any(|k| !imported.attempts.contains_key(k))
                || p.mistakes
                    .keys()
                    .any(|k| !imported.mistakes.contains_key(k))
                || p.workbook.loses_to(&imported.workbook)
                || p.reviews.iter().any(|(k, log)| {
                    imported
                        .reviews
                        .get(k)
                        .is_none_or(|theirs| log.iter().any(|r| !theirs.contains(r)))
                });
            let generation = p.generation.max(imported.generation);
            *p = imported;
            p.generation = generation;
            if erases {
                p.start_generation(now);
            }
        } else {
            if let Ok((stored, _, _)) = stored {
                p.absorb(stored);
            }
            // Added to what is here, item by item, whenever the file was
            // made.
            let mut imported = imported;
            imported.generation = p.generation;
            p.absorb(imported);
        }
        let result = self.progress.save(store);
        self.after_write(&result);
        if result.is_ok() {
            self.base = self.progress.lessons.clone();
            self.synced = true;
            self.changed = Changes::default();
            self.unsaved = false;
            self.notice(Notice::Repaired, false);
        } else {
            let p = &self.progress;
            self.changed
                .keys
                .extend(p.lessons.keys().chain(p.attempts.keys()).cloned());
            self.changed.place = true;
            self.unsaved = true;
        }
        result
    }

    /// Changes the stored preferences, starting from what is stored; the
    /// learner is told when they could not be remembered (the choice still
    /// applies in this tab).
    pub fn update_preferences(
        &mut self,
        store: &dyn KeyValueStore,
        change: impl FnOnce(&mut Preferences),
    ) -> Result<(), DocumentError> {
        let result = Preferences::update(store, change);
        self.notice(Notice::PreferencesNotSaved, result.is_err());
        result
    }

    /// The whole progress as a file, with the stored preferences, made at
    /// `now`: its name and its text.
    pub fn export(&self, store: &dyn KeyValueStore, now: u64) -> (String, String) {
        let prefs = Preferences::load(store).unwrap_or_default();
        let file = transfer::export(&self.progress, &prefs, now);
        let name = format!("savoir-progress-{}.json", calendar::date_of(now, 0));
        (name, file)
    }
}
