use super::*;

const T0: u64 = 1_780_000_000_000;

fn answer(at: u64, right: bool) -> Review {
    Review {
        at,
        right,
        context: Context::Checkpoint,
    }
}

fn due_days(log: &[Review], retention: u8) -> Option<u64> {
    let last = log.last()?.at;
    schedule(log, retention).map(|s| (s.due - last) / DAY_MS)
}

#[test]
fn a_first_answer_is_due_after_the_interval_fsrs_gives() {
    // FSRS-5's default weights: a first "again" has stability 0.41 days,
    // a first "good" 3.13. At 90 % retention the interval is the
    // stability in whole days, at least one day, and "good" comes at
    // least a day after "hard" (1.18 days, so 2).
    assert_eq!(due_days(&[answer(T0, false)], 90), Some(1));
    assert_eq!(due_days(&[answer(T0, true)], 90), Some(3));
    // At 80 % the interval grows by (0.8^-2 - 1) / (0.9^-2 - 1) = 2.40:
    // 3.13 x 2.40 = 7.5, rounded to 7.
    assert_eq!(due_days(&[answer(T0, true)], 80), Some(7));
    // The same time of day: whole days are added to the answer's time.
    assert_eq!(
        schedule(&[answer(T0, true)], 90).map(|s| s.due),
        Some(T0 + 3 * DAY_MS)
    );
    assert_eq!(schedule(&[], 90), None, "never answered: never due");
}

#[test]
fn a_right_answer_moves_a_card_further_out_and_a_wrong_one_back() {
    let wrong = vec![answer(T0, false)];
    let first = schedule(&wrong, 90).map(|s| s.due).unwrap_or(0);
    // Answered right when it fell due: further out than the first interval.
    let mut log = wrong.clone();
    record(&mut log, answer(first, true));
    let second = due_days(&log, 90).unwrap_or(0);
    assert!(second > 1, "right after a day: {second} days");
    let due = schedule(&log, 90).map(|s| s.due).unwrap_or(0);
    record(&mut log, answer(due, true));
    let third = due_days(&log, 90).unwrap_or(0);
    assert!(third > second, "right again: {third} > {second} days");
    // A lapse brings it back within days.
    let due = schedule(&log, 90).map(|s| s.due).unwrap_or(0);
    record(&mut log, answer(due, false));
    let lapse = due_days(&log, 90).unwrap_or(u64::MAX);
    assert!(lapse < third, "wrong after {third} days: back in {lapse}");
    // A higher desired retention asks for earlier reviews.
    assert!(due_days(&log, 97) <= due_days(&log, 90));
    assert!(due_days(&log[..3], 97) < due_days(&log[..3], 80));
}

#[test]
fn retention_is_kept_within_its_range() {
    let log = [answer(T0, true)];
    assert_eq!(schedule(&log, 10), schedule(&log, 70));
    assert_eq!(schedule(&log, 255), schedule(&log, 97));
}

#[test]
fn logs_merge_as_a_union_in_time_order() {
    let mut mine = vec![answer(T0, false), answer(T0 + 3 * DAY_MS, true)];
    let theirs = vec![answer(T0 + DAY_MS, true), answer(T0, false)];
    assert!(merge(&mut mine, &theirs));
    assert_eq!(
        mine.iter().map(|r| r.at).collect::<Vec<_>>(),
        [T0, T0 + DAY_MS, T0 + 3 * DAY_MS]
    );
    assert!(
        !merge(&mut mine, &theirs),
        "the same answers twice: no change"
    );
    // Merging is order-free: both sides end with the same schedule.
    let mut other = normalised(theirs.clone());
    merge(&mut other, &[answer(T0 + 3 * DAY_MS, true)]);
    assert_eq!(schedule(&other, 90), schedule(&mine, 90));
    // An answer dated past the year 9999 (a forged file) is left out, and
    // the last one allowed still schedules without overflow.
    let mut forged = vec![answer(T0, true)];
    assert!(!record(&mut forged, answer(u64::MAX, true)));
    assert!(!record(&mut forged, answer(LATEST + 1, false)));
    assert!(record(&mut forged, answer(LATEST, true)));
    assert!(schedule(&forged, 97).is_some_and(|s| s.due > LATEST));
    // The log keeps its newest answers only.
    let long: Vec<Review> = (0..100)
        .rev()
        .map(|d| answer(T0 + d * DAY_MS, true))
        .collect();
    let kept = normalised(long);
    assert_eq!(kept.len(), LOG_LIMIT);
    assert_eq!(kept.first().map(|r| r.at), Some(T0 + 36 * DAY_MS));
}

#[test]
fn keys_name_checkpoint_questions_and_exercises() {
    let q = Item::Checkpoint {
        module: "foundations".into(),
        question: "q-scope".into(),
    };
    let e = Item::Exercise {
        module: "foundations".into(),
        lesson: "what-is-27002".into(),
    };
    assert_eq!(q.key(), "foundations/q-scope");
    assert_eq!(e.key(), "foundations/what-is-27002/exercise");
    assert_eq!(Item::parse(&q.key()), Some(q));
    assert_eq!(Item::parse(&e.key()), Some(e));
    for bad in [
        "",
        "m",
        "/q",
        "m/",
        "m/l/x",
        "m//exercise",
        "a/b/c/exercise",
    ] {
        assert_eq!(Item::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn the_queue_interleaves_modules_and_says_when_the_next_falls_due() {
    let mut logs = BTreeMap::new();
    // Module a: two questions wrong on day 0 (due day 1); b: one wrong on
    // day 0 and one right on day 0 (due day 3); an exercise wrong on day 1.
    logs.insert("a/q1".to_owned(), vec![answer(T0, false)]);
    logs.insert("a/q2".to_owned(), vec![answer(T0 - 1, false)]);
    logs.insert("b/q1".to_owned(), vec![answer(T0, false)]);
    logs.insert("b/q2".to_owned(), vec![answer(T0, true)]);
    logs.insert("b/l1/exercise".to_owned(), vec![answer(T0 + DAY_MS, false)]);
    logs.insert("gone/q".to_owned(), vec![answer(T0, false)]);
    logs.insert("not a key".to_owned(), vec![answer(T0, false)]);
    let exists = |i: &Item| i.module() != "gone";

    let before = queue(&logs, T0 + DAY_MS - 2, 90, exists);
    assert!(before.due.is_empty());
    assert_eq!(before.next, Some(T0 - 1 + DAY_MS));
    assert_eq!(before.scheduled, 5, "the removed module's question is not");

    let day1 = queue(&logs, T0 + DAY_MS, 90, exists);
    let keys: Vec<String> = day1.due.iter().map(Item::key).collect();
    assert_eq!(
        keys,
        ["a/q2", "b/q1", "a/q1"],
        "most overdue first, by turns"
    );
    assert_eq!(day1.next, Some(T0 + 2 * DAY_MS), "the exercise, next");

    let day3 = queue(&logs, T0 + 3 * DAY_MS, 90, exists);
    assert_eq!(day3.due.len(), 5);
    assert_eq!(day3.next, None);
}
