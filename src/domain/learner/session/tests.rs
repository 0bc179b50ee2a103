//! The storage-fault rules for progress and preferences, on the host: every
//! fault of the table at the top of `tests/e2e/faults.rs`, made by a store
//! whose faults are switched on and off as a test goes, and two tabs as two
//! sessions over one store.

use super::*;
use crate::domain::learner::preferences::{self, Preferences};
use crate::domain::learner::progress::BOTH_KEPT;
use crate::domain::learner::transfer;
use crate::domain::shared::store::{MemoryStore, StoreError};
use std::cell::{Cell, RefCell};

const KEY: &str = "savoir:progress";
const ASIDE: &str = "savoir:progress:unreadable";
const NOW: u64 = 1_800_000_000_000;

/// The course of these tests: module `m`, lessons `a`, `b` and `c`.
fn known(module: &str, lesson: Option<&str>) -> bool {
    module == "m" && lesson.is_none_or(|l| ["a", "b", "c"].contains(&l))
}

/// A store in memory whose faults are switched on and off as a test goes,
/// for one key or for all.
#[derive(Default)]
struct Faulty {
    inner: MemoryStore,
    /// The only key the faults hit; all keys when `None`.
    only: RefCell<Option<String>>,
    /// What every write fails with.
    write: RefCell<Option<StoreError>>,
    /// Whether every read throws.
    read: Cell<bool>,
    /// Whether writes keep something other than what was written.
    lies: Cell<bool>,
    writes: Cell<usize>,
}

impl Faulty {
    fn with(key: &str, text: &str) -> Faulty {
        let store = Faulty::default();
        store.put(key, text);
        store
    }
    /// Puts a document in place, as another tab or version would.
    fn put(&self, key: &str, text: &str) {
        self.inner.write(key, text).ok();
    }
    fn get(&self, key: &str) -> Option<String> {
        self.inner.read(key).ok().flatten()
    }
    fn hits(&self, key: &str) -> bool {
        self.only.borrow().as_deref().is_none_or(|k| k == key)
    }
    fn fail_writes(&self, error: StoreError) {
        *self.write.borrow_mut() = Some(error);
    }
    fn heal(&self) {
        *self.write.borrow_mut() = None;
        self.read.set(false);
        self.lies.set(false);
    }
}

impl KeyValueStore for Faulty {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.read.get() && self.hits(key) {
            return Err(StoreError::Backend("UnknownError".into()));
        }
        self.inner.read(key)
    }
    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.hits(key) {
            if let Some(e) = self.write.borrow().clone() {
                return Err(e);
            }
            if self.lies.get() {
                return self.inner.write(key, &format!("{value} "));
            }
        }
        self.writes.set(self.writes.get() + 1);
        self.inner.write(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

fn open(store: &Faulty) -> ProgressSession {
    ProgressSession::open(store, &known, NOW)
}

fn notices(s: &ProgressSession) -> Vec<Notice> {
    s.notices().iter().copied().collect()
}

fn write(s: &mut ProgressSession, lesson: &str, text: &str) -> Touched {
    s.update_lesson("m", lesson, NOW, |e| e.reflection = text.into())
}

fn reflection(s: &ProgressSession, lesson: &str) -> String {
    s.progress().lesson("m", lesson).reflection
}

/// The stored progress as this version reads it.
fn stored(store: &Faulty) -> Progress {
    let text = store.get(KEY).unwrap_or_default();
    Progress::decode_lenient(&text, &known)
        .map(|(p, _)| p)
        .unwrap_or_default()
}

/// A stored progress document with a reflection for each `(lesson, text)`.
fn document(lessons: &[(&str, &str)]) -> String {
    let mut p = Progress::default();
    for (lesson, text) in lessons {
        p.update_lesson("m", lesson, 1, |e| e.reflection = (*text).into());
    }
    p.encode()
}

#[test]
fn a_change_is_written_once_saved_and_a_second_save_writes_nothing() {
    let store = Faulty::default();
    let mut s = open(&store);
    assert_eq!(notices(&s), []);
    assert_eq!(write(&mut s, "a", "x"), Touched::Lesson("m/a".into()));
    assert!(s.has_unsaved());
    assert_eq!(s.save(&store, NOW), Saved::stop(Touched::Nothing));
    assert!(!s.has_unsaved());
    assert_eq!(reflection(&open(&store), "a"), "x");
    let writes = store.writes.get();
    assert_eq!(s.save(&store, NOW), Saved::stop(Touched::Nothing));
    assert_eq!(
        store.writes.get(),
        writes,
        "nothing waiting, nothing written"
    );
    // The same text again is no change.
    assert_eq!(write(&mut s, "a", "x"), Touched::Nothing);
    assert!(!s.has_unsaved());
}

#[test]
fn a_full_storage_is_told_and_the_change_kept_and_retried() {
    let store = Faulty::with(KEY, &document(&[("a", "before")]));
    let mut s = open(&store);
    store.fail_writes(StoreError::QuotaExceeded);
    write(&mut s, "a", "after");
    let saved = s.save(&store, NOW);
    assert!(saved.retry, "tried again later");
    assert_eq!(notices(&s), [Notice::Full]);
    assert!(s.has_unsaved());
    assert_eq!(reflection(&s, "a"), "after", "kept in the tab");
    assert_eq!(reflection(&open(&store), "a"), "before");
    store.heal();
    assert!(!s.save(&store, NOW).retry);
    assert_eq!(notices(&s), [], "the notice goes once it is kept");
    assert!(!s.has_unsaved());
    assert_eq!(reflection(&open(&store), "a"), "after");
}

#[test]
fn any_other_refused_write_is_told_and_retried() {
    for error in [
        StoreError::Backend("SecurityError".into()),
        StoreError::Unavailable("null".into()),
    ] {
        let store = Faulty::default();
        let mut s = open(&store);
        store.fail_writes(error.clone());
        write(&mut s, "a", "typed");
        assert!(s.save(&store, NOW).retry, "{error}");
        assert_eq!(notices(&s), [Notice::WriteFailed], "{error}");
        assert_eq!(s.take_errors(), [DocumentError::Store(error.clone())]);
        store.heal();
        // Nothing new typed: what failed is still written.
        s.save(&store, NOW);
        assert_eq!(notices(&s), []);
        assert_eq!(reflection(&open(&store), "a"), "typed");
    }
}

#[test]
fn a_write_that_reads_back_different_is_told_and_retried() {
    let store = Faulty::default();
    let mut s = open(&store);
    store.lies.set(true);
    write(&mut s, "a", "typed");
    assert!(s.save(&store, NOW).retry);
    assert_eq!(notices(&s), [Notice::Mismatch]);
    assert!(s.has_unsaved());
    store.heal();
    s.save(&store, NOW);
    assert_eq!(notices(&s), []);
    assert_eq!(reflection(&open(&store), "a"), "typed");
}

#[test]
fn a_failed_read_is_told_never_written_over_then_merged_keeping_both_texts() {
    let before = document(&[("a", "stored text"), ("b", "stored b")]);
    let store = Faulty::with(KEY, &before);
    store.read.set(true);
    let mut s = open(&store);
    assert_eq!(notices(&s), [Notice::ReadFailed]);
    assert_eq!(s.progress(), &Progress::default(), "nothing could be read");
    write(&mut s, "a", "typed meanwhile");
    write(&mut s, "c", "new");
    for _ in 0..2 {
        assert!(s.save(&store, NOW).retry, "tried again while reads fail");
        assert_eq!(store.get(KEY).as_deref(), Some(before.as_str()));
        assert_eq!(notices(&s), [Notice::ReadFailed]);
    }
    store.heal();
    let saved = s.save(&store, NOW);
    assert_eq!(saved, Saved::stop(Touched::All));
    assert_eq!(notices(&s), [Notice::BothKept]);
    let p = stored(&store);
    assert_eq!(
        p.lesson("m", "a").reflection,
        format!("typed meanwhile{BOTH_KEPT}stored text")
    );
    assert_eq!(p.lesson("m", "b").reflection, "stored b");
    assert_eq!(p.lesson("m", "c").reflection, "new");
}

#[test]
fn a_newer_versions_document_is_told_and_never_written_over() {
    let newer = r#"{"schema":99,"lessons":[1,2,3]}"#;
    let store = Faulty::with(KEY, newer);
    let mut s = open(&store);
    assert_eq!(notices(&s), [Notice::Newer]);
    assert!(s.read_only());
    write(&mut s, "a", "typed");
    assert_eq!(s.save(&store, NOW), Saved::stop(Touched::Nothing));
    assert_eq!(
        s.apply_import(&store, Progress::default(), true, NOW),
        Err(DocumentError::NewerSchema(progress::SCHEMA + 1))
    );
    assert_eq!(store.get(KEY).as_deref(), Some(newer));
    assert_eq!(store.writes.get(), 0);
    assert_eq!(s.unreadable_copy(&store), None, "nothing was set aside");
}

#[test]
fn a_newer_version_writing_during_the_visit_stops_every_write() {
    let store = Faulty::default();
    let mut s = open(&store);
    let newer = r#"{"schema":5,"lessons":{}}"#;
    store.put(KEY, newer);
    write(&mut s, "a", "typed");
    assert!(!s.save(&store, NOW).retry, "no use trying again");
    assert_eq!(notices(&s), [Notice::Newer]);
    assert!(s.read_only() && s.has_unsaved());
    write(&mut s, "b", "more");
    s.save(&store, NOW);
    assert_eq!(store.get(KEY).as_deref(), Some(newer));
}

#[test]
fn an_unreadable_document_is_set_aside_and_the_visit_starts_afresh() {
    let damaged = r#"{"schema":2,"lessons":{"m/a":{"refl"#;
    let store = Faulty::with(KEY, damaged);
    let mut s = open(&store);
    assert_eq!(notices(&s), [Notice::Unreadable]);
    assert!(matches!(
        s.take_errors().as_slice(),
        [DocumentError::Corrupt(_)]
    ));
    assert_eq!(store.get(ASIDE).as_deref(), Some(damaged));
    assert_eq!(s.unreadable_copy(&store).as_deref(), Some(damaged));
    assert!(!s.read_only(), "storage kept the copy");
    write(&mut s, "a", "fresh");
    s.save(&store, NOW);
    assert_eq!(reflection(&open(&store), "a"), "fresh");
    assert_eq!(store.get(ASIDE).as_deref(), Some(damaged), "the copy stays");
    // A later visit still offers the copy kept in storage.
    assert_eq!(
        open(&store).unreadable_copy(&store).as_deref(),
        Some(damaged)
    );
}

#[test]
fn an_unreadable_document_storage_would_not_copy_is_kept_until_downloaded() {
    let damaged = "not json";
    let store = Faulty::with(KEY, damaged);
    *store.only.borrow_mut() = Some(ASIDE.into());
    store.fail_writes(StoreError::QuotaExceeded);
    let mut s = open(&store);
    assert_eq!(notices(&s), [Notice::Unreadable]);
    assert!(s.read_only(), "the only copy is in memory");
    assert_eq!(s.unreadable_copy(&store).as_deref(), Some(damaged));
    write(&mut s, "a", "typed");
    s.save(&store, NOW);
    assert_eq!(store.get(KEY).as_deref(), Some(damaged));
    assert!(s.set_aside_downloaded(), "work waits to be written");
    assert!(!s.read_only());
    s.save(&store, NOW);
    assert_eq!(reflection(&open(&store), "a"), "typed");
}

#[test]
fn parts_this_version_cannot_use_are_dropped_told_and_kept_aside() {
    let raw = r#"{"schema":2,"lessons":{"m/a":{"reflection":"kept"},"m/gone":{"reflection":"x"},"m/b":{"skipped":"yes"}}}"#;
    let store = Faulty::with(KEY, raw);
    let mut s = open(&store);
    assert_eq!(notices(&s), [Notice::Repaired]);
    assert_eq!(reflection(&s, "a"), "kept");
    assert_eq!(s.progress().lessons.len(), 1);
    assert_eq!(store.get(ASIDE).as_deref(), Some(raw));
    // Those parts were set aside: this tab writes over them.
    write(&mut s, "c", "typed");
    s.save(&store, NOW);
    assert_eq!(notices(&s), [Notice::Repaired]);
    assert_eq!(stored(&store).lessons.len(), 2);
}

#[test]
fn parts_a_newer_course_stored_during_the_visit_are_never_written_over() {
    let store = Faulty::default();
    let mut s = open(&store);
    let theirs = r#"{"schema":2,"lessons":{"m/new-lesson":{"reflection":"theirs"}}}"#;
    store.put(KEY, theirs);
    write(&mut s, "a", "typed");
    assert_eq!(s.save(&store, NOW), Saved::stop(Touched::Nothing));
    assert_eq!(notices(&s), [Notice::NewerParts]);
    assert!(s.has_unsaved());
    assert_eq!(store.get(KEY).as_deref(), Some(theirs));
}

#[test]
fn a_document_damaged_during_the_visit_is_set_aside_before_it_is_replaced() {
    let store = Faulty::with(ASIDE, "an earlier copy");
    let mut s = open(&store);
    store.put(KEY, "{damaged");
    write(&mut s, "a", "typed");
    s.save(&store, NOW);
    assert_eq!(notices(&s), [Notice::Unreadable]);
    // The earlier copy, not downloaded perhaps, is not written over.
    assert_eq!(store.get(ASIDE).as_deref(), Some("an earlier copy"));
    assert_eq!(
        store.get(&format!("{ASIDE}:{NOW}")).as_deref(),
        Some("{damaged")
    );
    assert_eq!(s.unreadable_copy(&store).as_deref(), Some("{damaged"));
    assert_eq!(reflection(&open(&store), "a"), "typed");
}

#[test]
fn another_tabs_changes_to_other_lessons_are_merged_not_written_over() {
    let store = Faulty::default();
    let (mut one, mut two) = (open(&store), open(&store));
    write(&mut one, "a", "from one");
    one.save(&store, NOW);
    write(&mut two, "b", "from two");
    assert_eq!(two.save(&store, NOW).touched, Touched::All);
    assert_eq!(reflection(&two, "a"), "from one");
    let p = stored(&store);
    assert_eq!(p.lesson("m", "a").reflection, "from one");
    assert_eq!(p.lesson("m", "b").reflection, "from two");
    // Attempts too: each tab's are kept.
    one.start_attempt(Attempt::new("m", 1, 10));
    one.save(&store, NOW);
    assert_eq!(two.start_attempt(Attempt::new("m", 2, 20)), Touched::Others);
    two.save(&store, NOW);
    assert_eq!(stored(&store).attempts.len(), 2);
}

#[test]
fn a_reflection_changed_in_two_tabs_at_once_keeps_both_texts() {
    let store = Faulty::with(KEY, &document(&[("a", "start")]));
    let (mut one, mut two) = (open(&store), open(&store));
    write(&mut one, "a", "start, one");
    one.save(&store, NOW);
    write(&mut two, "a", "start, two");
    two.save(&store, NOW);
    assert_eq!(notices(&two), [Notice::BothKept]);
    let both = format!("start, two{BOTH_KEPT}start, one");
    assert_eq!(reflection(&two, "a"), both);
    assert_eq!(stored(&store).lesson("m", "a").reflection, both);
    // Changed by one tab only since: no second copy of anything.
    let mut three = open(&store);
    write(&mut three, "a", "settled");
    three.save(&store, NOW);
    assert_eq!(notices(&three), []);
    assert_eq!(stored(&store).lesson("m", "a").reflection, "settled");
}

#[test]
fn another_tabs_save_is_taken_in_at_once_except_lessons_this_tab_is_changing() {
    let store = Faulty::default();
    let (mut one, mut two) = (open(&store), open(&store));
    write(&mut one, "a", "one's a");
    write(&mut one, "b", "one's b");
    one.save(&store, NOW);
    write(&mut two, "b", "two's b");
    let text = store.get(KEY).unwrap_or_default();
    assert_eq!(two.take_in(&text), Touched::All);
    assert_eq!(reflection(&two, "a"), "one's a");
    assert_eq!(reflection(&two, "b"), "two's b", "being changed here");
    assert_eq!(two.take_in(&text), Touched::Nothing, "nothing new");
    assert_eq!(two.take_in("{not progress"), Touched::Nothing);
}

#[test]
fn erasing_starts_a_new_generation_that_an_older_tab_cannot_bring_back() {
    let store = Faulty::with(KEY, &document(&[("a", "old work")]));
    let (mut one, mut two) = (open(&store), open(&store));
    assert_eq!(
        one.apply_import(&store, Progress::default(), true, NOW),
        Ok(())
    );
    let erased = stored(&store);
    assert!(erased.lessons.is_empty());
    assert!(erased.generation >= NOW, "a new generation");
    // The other tab, still holding the old work, changes something.
    write(&mut two, "b", "after the reset");
    two.save(&store, NOW);
    let p = stored(&store);
    assert!(
        p.lesson("m", "a").reflection.is_empty(),
        "never brought back"
    );
    assert_eq!(p.generation, erased.generation);
    assert!(reflection(&two, "a").is_empty());
    // Nor by taking the older copy in.
    let mut three = open(&store);
    assert_eq!(
        three.take_in(&document(&[("a", "old work")])),
        Touched::Nothing
    );
}

#[test]
fn a_reset_after_a_failed_read_starts_a_new_generation() {
    let store = Faulty::with(KEY, &document(&[("a", "unseen")]));
    store.read.set(true);
    let mut s = open(&store);
    store.heal();
    // Nothing here to erase, but this tab cannot know what it erases.
    assert_eq!(
        s.apply_import(&store, Progress::default(), true, NOW),
        Ok(())
    );
    assert!(stored(&store).generation >= NOW);
    assert_eq!(notices(&s), [Notice::ReadFailed]);
}

#[test]
fn a_file_that_only_restores_leaves_the_state_as_the_file_has_it() {
    let text = document(&[("a", "restored")]);
    let store = Faulty::with(KEY, &text);
    let mut s = open(&store);
    let file = Progress::decode(&text).unwrap();
    assert_eq!(s.apply_import(&store, file, true, NOW), Ok(()));
    assert_eq!(store.get(KEY), Some(text), "byte for byte, same generation");
}

#[test]
fn a_merging_import_adds_to_what_is_here_and_stored() {
    let store = Faulty::with(KEY, &document(&[("a", "stored")]));
    let mut s = open(&store);
    write(&mut s, "b", "here");
    store.put(KEY, &document(&[("a", "stored"), ("c", "another tab")]));
    let mut file = Progress::default();
    file.update_lesson("m", "a", 0, |e| e.reflection = "older file".into());
    assert_eq!(s.apply_import(&store, file, false, NOW), Ok(()));
    let p = stored(&store);
    assert_eq!(
        p.lesson("m", "a").reflection,
        "stored",
        "the later copy wins"
    );
    assert_eq!(p.lesson("m", "b").reflection, "here");
    assert_eq!(p.lesson("m", "c").reflection, "another tab");
    assert_eq!(p.generation, 0, "nothing erased");
    assert!(!s.has_unsaved());
}

#[test]
fn an_import_storage_refused_is_written_later_and_wins_over_the_stored_copy() {
    let store = Faulty::with(KEY, &document(&[("a", "stored")]));
    let mut s = open(&store);
    store.fail_writes(StoreError::QuotaExceeded);
    let file = Progress::decode(&document(&[("a", "imported")])).unwrap();
    let result = s.apply_import(&store, file, true, NOW);
    assert_eq!(result, Err(DocumentError::Store(StoreError::QuotaExceeded)));
    assert_eq!(notices(&s), [Notice::Full]);
    assert!(s.has_unsaved());
    store.heal();
    s.save(&store, NOW);
    assert_eq!(stored(&store).lesson("m", "a").reflection, "imported");
    assert_eq!(notices(&s), []);
}

#[test]
fn a_successful_import_clears_the_notice_of_parts_left_out() {
    let raw = r#"{"schema":2,"lessons":{"m/gone":{}}}"#;
    let store = Faulty::with(KEY, raw);
    let mut s = open(&store);
    assert_eq!(notices(&s), [Notice::Repaired]);
    assert_eq!(
        s.apply_import(&store, Progress::default(), true, NOW),
        Ok(())
    );
    assert_eq!(notices(&s), []);
}

#[test]
fn each_kind_of_change_says_what_it_touched() {
    let store = Faulty::default();
    let mut s = open(&store);
    assert_eq!(s.set_place("m", "a", None), Touched::Others);
    assert_eq!(s.set_place("m", "a", None), Touched::Nothing);
    assert_eq!(s.practised("m", "q1", false, NOW), Touched::Others);
    let attempt = Attempt::new("m", 7, NOW);
    let answer = Answer::TrueFalse(true);
    assert_eq!(
        s.answer_attempt(&attempt, "q1", answer.clone(), Lang::En),
        Touched::Others
    );
    assert_eq!(
        s.answer_attempt(&attempt, "q1", answer, Lang::En),
        Touched::Nothing
    );
    assert!(s.has_unsaved());
    s.save(&store, NOW);
    let p = stored(&store);
    assert_eq!(p.last.as_ref().map(|l| l.lesson.as_str()), Some("a"));
    assert_eq!(p.attempts.len(), 1);
    assert_eq!(p.mistakes_to_practise(), [("m", "q1")]);
}

#[test]
fn only_notices_about_unread_progress_stop_a_results_file() {
    let hiding: Vec<Notice> = [
        Notice::Unreadable,
        Notice::Repaired,
        Notice::Newer,
        Notice::Full,
        Notice::Mismatch,
        Notice::WriteFailed,
        Notice::ReadFailed,
        Notice::BothKept,
        Notice::PreferencesNotSaved,
        Notice::NewerParts,
    ]
    .into_iter()
    .filter(|n| n.hides_progress())
    .collect();
    assert_eq!(
        hiding,
        [
            Notice::Unreadable,
            Notice::Newer,
            Notice::ReadFailed,
            Notice::NewerParts
        ]
    );
}

#[test]
fn the_export_is_a_progress_file_named_by_its_date() {
    let store = Faulty::default();
    Preferences {
        lang: None,
        bilingual: true,
        retention: None,
    }
    .save(&store)
    .ok();
    let mut s = open(&store);
    write(&mut s, "a", "exported");
    let (name, file) = s.export(&store, NOW);
    assert_eq!(name, "savoir-progress-2027-01-15.json");
    let back = transfer::import(&file, &known).unwrap();
    assert_eq!(back.progress.lesson("m", "a").reflection, "exported");
    assert!(back.preferences.bilingual);
    assert_eq!(back.exported, NOW);
}

#[test]
fn stored_sizes_count_utf16_units_of_keys_and_values() {
    let store = Faulty::with(KEY, "é€");
    store.put("other:key", "ignored");
    assert_eq!(stored_sizes(&store), [(KEY.to_owned(), (15 + 2) * 2)]);
}

/// The preferences column: a choice that cannot be remembered still
/// applies, the learner is told, and a stored copy that cannot be read is
/// never written over.
mod preferences_faults {
    use super::*;

    const PREFS: &str = "savoir:preferences";

    fn choose_bilingual(s: &mut ProgressSession, store: &Faulty) -> bool {
        s.update_preferences(store, |p| p.bilingual = true).is_ok()
    }

    fn stored_prefs(store: &Faulty) -> Option<String> {
        store.get(PREFS)
    }

    fn french() -> String {
        Preferences {
            lang: Some(Lang::Fr),
            bilingual: false,
            retention: None,
        }
        .encode()
    }

    #[test]
    fn a_refused_write_is_told_and_the_stored_copy_left_as_it_was() {
        for error in [
            StoreError::QuotaExceeded,
            StoreError::Backend("Error: disk".into()),
        ] {
            let store = Faulty::with(PREFS, &french());
            let mut s = open(&store);
            *store.only.borrow_mut() = Some(PREFS.into());
            store.fail_writes(error);
            assert!(!choose_bilingual(&mut s, &store));
            assert_eq!(notices(&s), [Notice::PreferencesNotSaved]);
            assert_eq!(stored_prefs(&store), Some(french()));
            store.heal();
            assert!(choose_bilingual(&mut s, &store));
            assert_eq!(notices(&s), [], "told no more once remembered");
        }
    }

    #[test]
    fn a_write_that_reads_back_different_is_told() {
        let store = Faulty::default();
        let mut s = open(&store);
        store.lies.set(true);
        assert!(!choose_bilingual(&mut s, &store));
        assert_eq!(notices(&s), [Notice::PreferencesNotSaved]);
    }

    #[test]
    fn a_read_that_throws_is_told_and_nothing_written() {
        let store = Faulty::with(PREFS, &french());
        let mut s = open(&store);
        *store.only.borrow_mut() = Some(PREFS.into());
        store.read.set(true);
        assert!(!choose_bilingual(&mut s, &store));
        assert_eq!(notices(&s), [Notice::PreferencesNotSaved]);
        assert_eq!(stored_prefs(&store), Some(french()), "French stays");
        assert_eq!(store.writes.get(), 0);
    }

    #[test]
    fn a_newer_versions_choices_are_never_written_over() {
        let newer = r#"{"schema":9,"choices":[]}"#;
        let store = Faulty::with(PREFS, newer);
        let mut s = open(&store);
        assert!(!choose_bilingual(&mut s, &store));
        assert_eq!(notices(&s), [Notice::PreferencesNotSaved]);
        assert_eq!(stored_prefs(&store).as_deref(), Some(newer));
    }

    #[test]
    fn unreadable_choices_are_replaced_from_the_defaults_without_a_notice() {
        let store = Faulty::with(PREFS, "{broken");
        let mut s = open(&store);
        assert!(choose_bilingual(&mut s, &store));
        assert_eq!(notices(&s), []);
        let prefs = Preferences::load(&store).ok();
        assert_eq!(
            prefs,
            Some(Preferences {
                lang: None,
                bilingual: true,
                retention: None,
            })
        );
        assert_eq!(preferences::storage_key(), PREFS);
    }
}

mod workbook;
