//! Spaced review: every question a learner has answered comes back when
//! they are about to forget it, by FSRS (the scheduler Anki uses), through
//! the `rs-fsrs` crate.
//!
//! What is stored is not the scheduler's state but each question's log:
//! when it was answered, right or wrong, and where (`Review`). The card is
//! replayed from the log whenever it is needed. So two tabs, or a file
//! and this browser, merge by taking the union of their logs: no answer is
//! lost and no state can disagree with the answers behind it. A changed
//! desired retention reschedules everything at once, as a learner who
//! changes it expects.
//!
//! A wrong answer is "again", a right one "good". The long-term scheduler
//! is used (intervals in whole days, no same-day steps: a course is not
//! studied minute by minute) without fuzz, so that a due date follows from
//! the log alone, the same in every tab and in tests.

use chrono::{DateTime, Utc};
use rs_fsrs::{Card, Parameters, Rating, FSRS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The desired retention a learner starts with, in percent.
pub const DEFAULT_RETENTION: u8 = 90;
/// The lowest and highest desired retention a learner may choose, in
/// percent: lower forgets too much to call it review, higher asks for
/// reviews every few days for ever.
pub const RETENTION_RANGE: std::ops::RangeInclusive<u8> = 70..=97;
/// The most answers kept per question: the oldest go first. FSRS weighs
/// recent answers most; 64 is years of reviews.
pub const LOG_LIMIT: usize = 64;

/// One day in milliseconds.
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;
/// The latest answer time kept: the last millisecond of the year 9999.
/// A later one (a forged file) is left out, so that the scheduler's date
/// arithmetic never leaves its range.
pub const LATEST: u64 = 253_402_300_799_999;

/// Where an answer was given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Context {
    /// In a checkpoint attempt.
    #[default]
    Checkpoint,
    /// A lesson's exercise.
    Exercise,
    /// On the review page (or in practice).
    Review,
}

/// One answer to a question: when (milliseconds since 1970), whether it was
/// right, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Review {
    pub at: u64,
    pub right: bool,
    #[serde(default)]
    pub context: Context,
}

/// A question that can be reviewed, by stable ids.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Item {
    /// A question of a module's checkpoint (or its pool).
    Checkpoint { module: String, question: String },
    /// A lesson's exercise.
    Exercise { module: String, lesson: String },
}

/// The key suffix of a lesson's exercise.
const EXERCISE: &str = "/exercise";

impl Item {
    /// The item's key in progress: `<module>/<question>` for a checkpoint
    /// question (the key mistakes use), `<module>/<lesson>/exercise` for an
    /// exercise.
    pub fn key(&self) -> String {
        match self {
            Item::Checkpoint { module, question } => format!("{module}/{question}"),
            Item::Exercise { module, lesson } => format!("{module}/{lesson}{EXERCISE}"),
        }
    }

    /// Reads a key written by [`Item::key`]; anything else is `None`.
    pub fn parse(key: &str) -> Option<Item> {
        let valid = |s: &str| !s.is_empty() && !s.contains('/');
        if let Some(rest) = key.strip_suffix(EXERCISE) {
            let (module, lesson) = rest.split_once('/')?;
            return (valid(module) && valid(lesson)).then(|| Item::Exercise {
                module: module.to_owned(),
                lesson: lesson.to_owned(),
            });
        }
        let (module, question) = key.split_once('/')?;
        (valid(module) && valid(question)).then(|| Item::Checkpoint {
            module: module.to_owned(),
            question: question.to_owned(),
        })
    }

    /// The module the item belongs to.
    pub fn module(&self) -> &str {
        match self {
            Item::Checkpoint { module, .. } | Item::Exercise { module, .. } => module,
        }
    }
}

/// Adds an answer to a log, in time order, once (the same answer from two
/// copies is one answer), keeping the newest [`LOG_LIMIT`]; an answer after
/// [`LATEST`] is left out. Returns whether the log changed.
pub fn record(log: &mut Vec<Review>, review: Review) -> bool {
    if review.at > LATEST {
        return false;
    }
    match log.binary_search(&review) {
        Ok(_) => false,
        Err(at) => {
            log.insert(at, review);
            if log.len() > LOG_LIMIT {
                log.drain(..log.len() - LOG_LIMIT);
            }
            true
        }
    }
}

/// Takes every answer of `theirs` into `mine` (see [`record`]). Returns
/// whether `mine` changed.
pub fn merge(mine: &mut Vec<Review>, theirs: &[Review]) -> bool {
    theirs
        .iter()
        .fold(false, |changed, r| record(mine, *r) | changed)
}

/// A log as read from storage or a file: in order, without repeats, at
/// most [`LOG_LIMIT`] long.
pub fn normalised(log: Vec<Review>) -> Vec<Review> {
    let mut out = Vec::with_capacity(log.len().min(LOG_LIMIT));
    merge(&mut out, &log);
    out
}

/// The scheduler for a desired retention in percent (clamped to
/// [`RETENTION_RANGE`]).
fn scheduler(retention: u8) -> FSRS {
    let retention = retention.clamp(*RETENTION_RANGE.start(), *RETENTION_RANGE.end());
    FSRS::new(Parameters {
        request_retention: f64::from(retention) / 100.0,
        enable_short_term: false,
        enable_fuzz: false,
        ..Parameters::default()
    })
}

fn time(ms: u64) -> DateTime<Utc> {
    i64::try_from(ms)
        .ok()
        .and_then(DateTime::from_timestamp_millis)
        .unwrap_or_default()
}

fn millis(t: DateTime<Utc>) -> u64 {
    u64::try_from(t.timestamp_millis()).unwrap_or(0)
}

/// Where a question stands after the answers of its log.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Schedule {
    /// When it is next due, in milliseconds since 1970.
    pub due: u64,
    /// FSRS's stability: the days after which recall falls to 90 %.
    pub stability: f64,
    /// How many answers were replayed.
    pub reps: usize,
}

/// Replays a log (in time order) and says when the question is due; `None`
/// for an empty log (never answered: nothing to review).
pub fn schedule(log: &[Review], retention: u8) -> Option<Schedule> {
    let fsrs = scheduler(retention);
    let mut card = Card::default();
    for review in log {
        let rating = if review.right {
            Rating::Good
        } else {
            Rating::Again
        };
        card = fsrs.next(card, time(review.at), rating).card;
    }
    (!log.is_empty()).then(|| Schedule {
        due: millis(card.due),
        stability: card.stability,
        reps: log.len(),
    })
}

/// What the review page offers at a time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Queue {
    /// The questions due, interleaved across modules: the most overdue of
    /// each module in turn.
    pub due: Vec<Item>,
    /// When the next question not yet due falls due, if any.
    pub next: Option<u64>,
    /// How many questions are scheduled in all.
    pub scheduled: usize,
}

/// The review queue at `now` over every logged question that `exists`
/// (questions the course no longer has drop out).
pub fn queue(
    logs: &BTreeMap<String, Vec<Review>>,
    now: u64,
    retention: u8,
    exists: impl Fn(&Item) -> bool,
) -> Queue {
    let mut by_module: BTreeMap<String, Vec<(u64, Item)>> = BTreeMap::new();
    let mut queue = Queue::default();
    for (key, log) in logs {
        let Some(item) = Item::parse(key).filter(|i| exists(i)) else {
            continue;
        };
        let Some(schedule) = schedule(log, retention) else {
            continue;
        };
        queue.scheduled += 1;
        if schedule.due <= now {
            by_module
                .entry(item.module().to_owned())
                .or_default()
                .push((schedule.due, item));
        } else {
            queue.next = Some(queue.next.map_or(schedule.due, |n| n.min(schedule.due)));
        }
    }
    let mut lists: Vec<std::vec::IntoIter<(u64, Item)>> = by_module
        .into_values()
        .map(|mut items| {
            items.sort();
            items.into_iter()
        })
        .collect();
    // Round robin over the modules, so that one module's backlog does not
    // fill the page.
    while !lists.is_empty() {
        lists.retain_mut(|items| match items.next() {
            Some((_, item)) => {
                queue.due.push(item);
                true
            }
            None => false,
        });
    }
    queue
}

#[cfg(test)]
mod tests;
