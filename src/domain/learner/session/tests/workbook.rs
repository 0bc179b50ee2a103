//! The Statement of Applicability workbook kept with progress: saved,
//! merged across tabs, kept through refused writes, and erased only by a
//! new generation.

use super::*;
use crate::domain::learner::soa::{Applicability, Implementation};

fn decide(s: &mut ProgressSession, number: &str, now: u64, owner: &str) -> Touched {
    s.update_workbook(number, now, |e| {
        e.applicable = Some(Applicability::Applicable);
        e.owner = owner.into();
    })
}

#[test]
fn a_workbook_change_is_saved_and_says_it_touched_the_workbook_only() {
    let store = Faulty::default();
    let mut s = open(&store);
    assert_eq!(decide(&mut s, "8.15", NOW, "SOC"), Touched::Workbook);
    assert!(s.has_unsaved());
    assert_eq!(decide(&mut s, "8.15", NOW + 1, "SOC"), Touched::Nothing);
    s.save(&store, NOW);
    assert!(!s.has_unsaved());
    let entry = open(&store).progress().workbook.entry("8.15");
    assert_eq!(
        (entry.applicable, entry.owner.as_str(), entry.updated()),
        (Some(Applicability::Applicable), "SOC", NOW)
    );
}

#[test]
fn two_tabs_editing_the_workbook_keep_both_and_the_later_change_to_one_control() {
    let store = Faulty::default();
    let (mut one, mut two) = (open(&store), open(&store));
    decide(&mut one, "5.1", NOW, "CISO");
    decide(&mut one, "8.15", NOW, "first");
    one.save(&store, NOW);
    // The second tab never took the first one's save in.
    decide(&mut two, "7.4", NOW + 5, "facilities");
    decide(&mut two, "8.15", NOW + 5, "second");
    two.save(&store, NOW + 5);
    let p = stored(&store);
    assert_eq!(p.workbook.entry("5.1").owner, "CISO", "not written over");
    assert_eq!(p.workbook.entry("7.4").owner, "facilities");
    assert_eq!(p.workbook.entry("8.15").owner, "second", "changed last");
    // The first tab, hearing of it, shows the same.
    let text = store.get(KEY).unwrap_or_default();
    assert_eq!(one.take_in(&text), Touched::All);
    assert_eq!(one.progress().workbook, p.workbook);
    // An older copy taken in changes nothing.
    let mut old = Progress::default();
    old.workbook
        .set("8.15", NOW - 1, |e| e.owner = "stale".into());
    assert_eq!(one.take_in(&old.encode()), Touched::Nothing);
}

#[test]
fn a_refused_workbook_write_is_kept_retried_and_wins_over_an_older_stored_copy() {
    let store = Faulty::default();
    let mut s = open(&store);
    store.fail_writes(StoreError::QuotaExceeded);
    s.update_workbook("6.3", NOW, |e| {
        e.status = Some(Implementation::Partial);
        e.justification = "Training plan half done".into();
    });
    assert!(s.save(&store, NOW).retry);
    assert_eq!(notices(&s), [Notice::Full]);
    // Meanwhile another tab stores an older decision for the same control.
    let mut other = Progress::default();
    other
        .workbook
        .set("6.3", NOW - 10, |e| e.justification = "older".into());
    store.heal();
    store.put(KEY, &other.encode());
    assert!(!s.save(&store, NOW + 3000).retry);
    let kept = stored(&store).workbook.entry("6.3");
    assert_eq!(kept.justification, "Training plan half done");
    assert_eq!(kept.status, Some(Implementation::Partial));
}

#[test]
fn an_import_that_drops_or_ages_a_workbook_entry_starts_a_new_generation() {
    let store = Faulty::default();
    let mut s = open(&store);
    decide(&mut s, "5.1", NOW, "CISO");
    s.save(&store, NOW);
    // A file with the same entry, as it was, only restores.
    let same = s.progress().clone();
    assert_eq!(s.apply_import(&store, same, true, NOW + 1), Ok(()));
    assert_eq!(stored(&store).generation, 0);
    // A file with an older decision for it erases the newer one.
    let mut older = Progress::default();
    older
        .workbook
        .set("5.1", NOW - 1, |e| e.owner = "old".into());
    assert_eq!(s.apply_import(&store, older, true, NOW + 2), Ok(()));
    let p = stored(&store);
    assert_eq!(p.workbook.entry("5.1").owner, "old");
    assert!(p.generation >= NOW + 2, "a new generation");
}

#[test]
fn workbook_entries_naming_no_control_are_dropped_and_told() {
    let raw = r#"{"schema":3,"workbook":{"entries":{"5.1":{"owner":"kept"},"9.9":{"owner":"x"},"8.2":{"status":"later"}}}}"#;
    let store = Faulty::with(KEY, raw);
    let s = open(&store);
    assert_eq!(s.progress().workbook.entry("5.1").owner, "kept");
    assert_eq!(s.progress().workbook.entries.len(), 1);
    assert_eq!(notices(&s), [Notice::Repaired]);
    assert_eq!(store.get(ASIDE).as_deref(), Some(raw), "the original kept");
}
