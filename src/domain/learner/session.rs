//! A visit's progress between the learner's changes and browser storage:
//! every rule of keeping it, with no timer, no clock and no browser, so that
//! every storage fault can be tested on the host (`session/tests.rs`; the
//! table of what the learner sees for each fault heads `tests/e2e/faults.rs`,
//! and docs/ARCHITECTURE.md has it in short). `ui::learner::Learner` wraps it
//! in signals, and owns the timers ([`SAVE_DELAY`], [`RETRY_DELAY`]) and the
//! browser's events (`pagehide`, `storage`).
//!
//! The rules, in short:
//! - What is stored is read once, leniently: a document that cannot be used
//!   in full is copied aside first (`savoir:progress:unreadable`), one from
//!   a newer version makes the visit read-only, and a read that fails is not
//!   "nothing stored": nothing is written until a read works (`synced`), and
//!   then this visit's work is merged into what is found.
//! - Each change is noted (`changed`: lesson keys, attempt ids, the place),
//!   and what decides a write is `unsaved`, not a timer. Before each write
//!   the stored copy is read again: `Progress::reconcile` settles, field by
//!   field, lessons both this tab and the stored copy changed since `base`
//!   (the lessons as this tab last knew them stored; a reflection both
//!   changed keeps both texts, with a notice), and `Progress::merge_stored`
//!   takes the rest from storage.
//! - If the stored copy holds parts this version cannot read (another tab,
//!   on a newer version of the course, wrote them), nothing is written and
//!   the learner is told to reload ([`Notice::NewerParts`]). If it became
//!   unreadable during the visit, a copy is set aside before it is replaced;
//!   if storage refuses that copy, nothing is written until the learner has
//!   downloaded it.
//! - A write's outcome turns notices on and off; a refused write is tried
//!   again in [`RETRY_DELAY`] and at the next change.
//! - Another tab's save (the browser's `storage` event) is taken in at once,
//!   item by item (`Progress::absorb`), except lessons this tab is changing.
//! - Erasing (a reset, an import that replaces what is here and drops
//!   something) starts a new generation: copies of different generations do
//!   not merge, the later one wins whole.
//! - While progress is not known in full (a notice that
//!   [`Notice::hides_progress`]), no result file is made from it.
//!
//! The current time (milliseconds since 1970) is always a parameter, and
//! storage is any [`KeyValueStore`].

mod notice;
mod write;

pub use notice::Notice;
pub use write::Saved;

use crate::domain::content::lesson::Checkpoint;
use crate::domain::learner::progress::{self, lesson_key, LessonProgress, Progress};
use crate::domain::learner::quiz::{Attempt, Score};
use crate::domain::learner::scoring::Answer;
use crate::domain::learner::soa::Entry;
use crate::domain::shared::language::Lang;
use crate::domain::shared::store::{backup_key, DocumentError, KeyValueStore, Known};
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// How long after the last change progress is written: typing saves once
/// per pause, not once per key.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

/// How long before a failed save is tried again.
pub const RETRY_DELAY: Duration = Duration::from_secs(3);

/// Which part of the progress an operation changed, so that the interface
/// redraws only what shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    Nothing,
    /// One lesson's entry, by its key (`<module>/<lesson>`).
    Lesson(String),
    /// Something other than lesson entries: the last place, attempts,
    /// mistakes.
    Others,
    /// The workbook only.
    Workbook,
    /// Anything, lessons included: a merge with the stored copy, an import.
    All,
}

impl Touched {
    fn from_flag(changed: bool, what: Touched) -> Touched {
        if changed {
            what
        } else {
            Touched::Nothing
        }
    }
}

/// The raw text of a stored document that could not be used in full, and
/// whether storage kept a copy of it (or the learner downloaded it).
#[derive(Debug, Clone, PartialEq, Eq)]
struct SetAside {
    raw: String,
    kept: bool,
}

/// What this tab changed since its last write. Everything else is taken
/// from storage then.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Changes {
    /// Lesson keys and attempt ids.
    keys: BTreeSet<String>,
    /// Whether this tab moved the last place.
    place: bool,
}

impl Changes {
    /// Puts back changes taken for a write that did not happen: they are
    /// still this tab's, and no older stored copy may win over them.
    fn restore(&mut self, earlier: Changes) {
        self.keys.extend(earlier.keys);
        self.place |= earlier.place;
    }
}

/// The learner's progress for a visit, and what is known of its stored copy.
pub struct ProgressSession {
    progress: Progress,
    notices: BTreeSet<Notice>,
    /// Whether a change has not been written yet (or its write failed).
    unsaved: bool,
    set_aside: Option<SetAside>,
    changed: Changes,
    /// The lessons as this tab last knew them stored (read, written, or
    /// taken from another tab): what tells "the other tab changed it" from
    /// "this tab changed it" when both wrote (`Progress::reconcile`).
    base: BTreeMap<String, LessonProgress>,
    /// Whether this tab has read the stored progress at least once. Until it
    /// has, it writes nothing, and its work is merged into what it finds.
    synced: bool,
    /// What the course has: stored parts naming anything else were written
    /// by a newer version of the course.
    known: &'static Known<'static>,
    /// Errors met on the way, for the interface to log: the learner is told
    /// through the notices, developers through these.
    errors: Vec<DocumentError>,
}

impl ProgressSession {
    /// Reads what is stored under the progress key.
    ///
    /// What cannot be used is never lost silently: an unreadable document
    /// (or one with parts that had to be left out) is copied aside first,
    /// and the learner is told; a newer version's document is never written
    /// over; a read that fails is told, and nothing is written until a read
    /// works.
    pub fn open(
        store: &dyn KeyValueStore,
        known: &'static Known<'static>,
        now: u64,
    ) -> ProgressSession {
        let key = progress::storage_key();
        let mut session = ProgressSession {
            progress: Progress::default(),
            notices: BTreeSet::new(),
            unsaved: false,
            set_aside: None,
            changed: Changes::default(),
            base: BTreeMap::new(),
            synced: true,
            known,
            errors: Vec::new(),
        };
        let raw = match store.read(&key) {
            Ok(raw) => raw,
            Err(e) => {
                session.errors.push(e.into());
                session.notices.insert(Notice::ReadFailed);
                session.synced = false;
                None
            }
        };
        let Some(raw) = raw else {
            return session;
        };
        match Progress::decode_lenient(&raw, known) {
            Ok((p, 0)) => session.progress = p,
            Ok((p, _)) => {
                _ = session.keep_aside(store, raw, now);
                session.notices.insert(Notice::Repaired);
                session.progress = p;
            }
            Err(DocumentError::NewerSchema(_)) => _ = session.notices.insert(Notice::Newer),
            Err(e) => {
                session.errors.push(e);
                _ = session.keep_aside(store, raw, now);
                session.notices.insert(Notice::Unreadable);
            }
        }
        session.base = session.progress.lessons.clone();
        session
    }

    /// Copies the raw text of a document that could not be used in full
    /// aside, in storage if it will keep it, else in memory only (then
    /// nothing is written until the learner has downloaded it). Returns
    /// whether storage kept it.
    fn keep_aside(&mut self, store: &dyn KeyValueStore, raw: String, now: u64) -> bool {
        let kept = keep_copy(store, &progress::storage_key(), &raw, now);
        self.set_aside = Some(SetAside { raw, kept });
        kept
    }

    /// The progress as this tab has it.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// What the learner must know about their saved progress.
    pub fn notices(&self) -> &BTreeSet<Notice> {
        &self.notices
    }

    /// Whether some of this visit's work is not in storage.
    pub fn has_unsaved(&self) -> bool {
        self.unsaved
    }

    /// Takes the errors met since the last call, for logging.
    pub fn take_errors(&mut self) -> Vec<DocumentError> {
        std::mem::take(&mut self.errors)
    }

    /// Turns a notice on or off.
    fn notice(&mut self, notice: Notice, on: bool) {
        if on {
            self.notices.insert(notice);
        } else {
            self.notices.remove(&notice);
        }
    }

    /// Whether nothing may be written: a newer version's data is stored, or
    /// a document that could not be used in full is kept only in memory
    /// (storage refused its copy) and has not been downloaded yet.
    pub fn read_only(&self) -> bool {
        self.notices.contains(&Notice::Newer) || self.set_aside.as_ref().is_some_and(|s| !s.kept)
    }

    /// The document that could not be used in full, as it was stored: this
    /// visit's, else an earlier visit's copy kept in storage.
    pub fn unreadable_copy(&self, store: &dyn KeyValueStore) -> Option<String> {
        self.set_aside.as_ref().map(|s| s.raw.clone()).or_else(|| {
            store
                .read(&backup_key(&progress::storage_key()))
                .ok()
                .flatten()
        })
    }

    /// Notes that the learner downloaded the document set aside: writing
    /// may resume if storage had refused to keep it. Returns whether some
    /// work waits to be written.
    pub fn set_aside_downloaded(&mut self) -> bool {
        if let Some(s) = &mut self.set_aside {
            s.kept = true;
        }
        self.unsaved
    }

    /// Changes a lesson's entry at `now`; written at the next save.
    pub fn update_lesson(
        &mut self,
        module: &str,
        lesson: &str,
        now: u64,
        change: impl FnOnce(&mut LessonProgress),
    ) -> Touched {
        let key = lesson_key(module, lesson);
        let changed = self.progress.update_lesson(module, lesson, now, change);
        self.note(changed, key.clone());
        Touched::from_flag(changed, Touched::Lesson(key))
    }

    /// Records where the learner is, for "continue where you left off".
    pub fn set_place(&mut self, module: &str, lesson: &str, position: Option<String>) -> Touched {
        let changed = self.progress.set_place(module, lesson, position);
        if changed {
            self.changed.place = true;
            self.unsaved = true;
        }
        Touched::from_flag(changed, Touched::Others)
    }

    /// Stores a new checkpoint attempt (on retry, so that its seed, and so
    /// the order of its options, survives a reload).
    pub fn start_attempt(&mut self, attempt: Attempt) -> Touched {
        let id = attempt.id.clone();
        let changed = self.progress.put_attempt(attempt);
        self.note(changed, id);
        Touched::from_flag(changed, Touched::Others)
    }

    /// Records an answer in attempt `fresh.id` (stored as `fresh` if new).
    pub fn answer_attempt(
        &mut self,
        fresh: &Attempt,
        question: &str,
        answer: Answer,
        lang: Lang,
    ) -> Touched {
        let changed = self.progress.answer_attempt(fresh, question, answer, lang);
        self.note(changed, fresh.id.clone());
        Touched::from_flag(changed, Touched::Others)
    }

    /// Finishes an attempt at `now`, noting its mistakes. Returns its score.
    pub fn finish_attempt(
        &mut self,
        id: &str,
        checkpoint: &Checkpoint,
        now: u64,
    ) -> (Option<Score>, Touched) {
        let score = self.progress.finish_attempt(id, checkpoint, now);
        self.note(score.is_some(), id.to_owned());
        (score, Touched::from_flag(score.is_some(), Touched::Others))
    }

    /// Notes a question practised at `now`, right or wrong.
    pub fn practised(&mut self, module: &str, question: &str, right: bool, now: u64) -> Touched {
        let changed = self.progress.practised(module, question, right, now);
        self.unsaved |= changed;
        Touched::from_flag(changed, Touched::Others)
    }

    /// Adds an answer to a question's review log at `now`.
    pub fn reviewed(
        &mut self,
        item: &crate::domain::learner::review::Item,
        right: bool,
        context: crate::domain::learner::review::Context,
        now: u64,
    ) -> Touched {
        let changed = self.progress.reviewed(item, right, context, now);
        self.unsaved |= changed;
        Touched::from_flag(changed, Touched::Others)
    }

    /// Changes a control's entry in the workbook at `now`; written at the
    /// next save. Entries merge by time (the one changed last wins), so
    /// they need no note of whose change it was.
    pub fn update_workbook(
        &mut self,
        number: &str,
        now: u64,
        change: impl FnOnce(&mut Entry),
    ) -> Touched {
        let changed = self.progress.workbook.set(number, now, change);
        self.unsaved |= changed;
        Touched::from_flag(changed, Touched::Workbook)
    }

    /// Notes a change to the item `key` (a lesson or an attempt), if any.
    fn note(&mut self, changed: bool, key: String) {
        if changed {
            self.changed.keys.insert(key);
            self.unsaved = true;
        }
    }
}

/// Copies a document that could not be used in full aside, without writing
/// over an earlier copy that differs (that one may not be downloaded yet):
/// then under a name with `now` in it. Returns whether storage kept it.
fn keep_copy(store: &dyn KeyValueStore, key: &str, raw: &str, now: u64) -> bool {
    let mut aside = backup_key(key);
    match store.read(&aside) {
        Ok(Some(existing)) if existing != raw => aside = format!("{aside}:{now}"),
        Ok(Some(_)) => return true,
        _ => {}
    }
    store.write(&aside, raw).is_ok() && store.read(&aside).ok().flatten().as_deref() == Some(raw)
}

/// Every key this app stored, with its size in bytes (UTF-16 code units,
/// as browsers count them against the quota).
pub fn stored_sizes(store: &dyn KeyValueStore) -> Vec<(String, usize)> {
    store
        .keys()
        .unwrap_or_default()
        .into_iter()
        .map(|k| {
            let size = store
                .read(&k)
                .ok()
                .flatten()
                .map_or(0, |v| v.encode_utf16().count());
            let size = size + k.encode_utf16().count();
            (k, size * 2)
        })
        .collect()
}

#[cfg(test)]
mod tests;
