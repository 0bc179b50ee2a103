//! The statements on their way to a Learning Record Store, kept in their
//! own document (`savoir:outbox`) so that a reload, a night offline or a
//! closed tab loses none of them.
//!
//! Each statement is an entry under its id: waiting, sent (the statement
//! itself is then dropped; its id stays, so it is never queued again), or
//! refused (kept, with the LRS's reason, for the learner to see). Two tabs
//! may both hold the outbox: [`Outbox::merge`] takes in the other's copy,
//! entry by entry, and a state only ever moves forward (waiting, then
//! refused or sent), so neither tab undoes what the other did. Should both
//! send the same statement, the LRS keeps it once: its id derives from what
//! it says.

use crate::domain::shared::store::{key, Document};
use crate::domain::trainer::lrs::check::problems;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The document's current schema.
pub const SCHEMA: u32 = 1;

/// The most statements sent in one request.
pub const BATCH: usize = 25;

/// The longest wait between two tries, in milliseconds (10 minutes).
pub const MAX_WAIT: u64 = 600_000;

/// The longest reason kept from an LRS's answer, in characters.
pub const MAX_REASON: usize = 300;

/// Where an entry stands, in the only order it can move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Waiting,
    Refused,
    Sent,
}

/// One statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub assignment: String,
    pub state: State,
    /// The statement as sent, while it waits or after it was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<Value>,
    /// When it was queued, milliseconds since 1970: the oldest go first.
    #[serde(default)]
    pub queued: u64,
    /// Failed tries so far.
    #[serde(default)]
    pub tries: u32,
    /// Not to be tried before this, milliseconds since 1970.
    #[serde(default)]
    pub next: u64,
    /// Why the last try failed, or why it was refused.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// To be sent on its own: a batch holding it was refused, and each
    /// statement of it is sent alone to find which one the LRS refuses.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub alone: bool,
    /// How many times the learner asked for it to be tried again after a
    /// refusal: a later round wins over an earlier one when tabs merge.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub round: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Every statement queued on this device, by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outbox {
    pub schema: u32,
    #[serde(default)]
    pub entries: BTreeMap<String, Entry>,
}

impl Default for Outbox {
    fn default() -> Outbox {
        Outbox {
            schema: SCHEMA,
            entries: BTreeMap::new(),
        }
    }
}

/// Statements to send in one request.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    pub assignment: String,
    pub ids: Vec<String>,
    pub statements: Vec<Value>,
}

/// How an assignment's statements stand, for the learner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub waiting: usize,
    pub sent: usize,
    pub refused: usize,
    /// Why the last try of a waiting statement failed, if it did.
    pub last_failure: Option<String>,
}

/// The wait before try number `tries + 1`: 5 s, doubled each time, at most
/// [`MAX_WAIT`].
pub fn backoff(tries: u32) -> u64 {
    5_000u64
        .saturating_mul(1u64 << tries.saturating_sub(1).min(20))
        .min(MAX_WAIT)
}

fn short(reason: &str) -> String {
    reason.trim().chars().take(MAX_REASON).collect()
}

impl Outbox {
    /// Queues the statements not seen before, for `assignment`. One that is
    /// not valid xAPI is never sent: it is kept as refused, with its
    /// problems as the reason. Returns how many were queued.
    pub fn enqueue(&mut self, assignment: &str, statements: Vec<Value>, now: u64) -> usize {
        let mut added = 0;
        for statement in statements {
            let Some(id) = statement
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_owned)
            else {
                continue;
            };
            if self.entries.contains_key(&id) {
                continue;
            }
            let found = problems(&statement);
            let (state, reason) = if found.is_empty() {
                (State::Waiting, String::new())
            } else {
                (
                    State::Refused,
                    short(&format!("xAPI 1.0.3: {}", found.join("; "))),
                )
            };
            self.entries.insert(
                id,
                Entry {
                    assignment: assignment.to_owned(),
                    state,
                    statement: Some(statement),
                    queued: now,
                    tries: 0,
                    next: 0,
                    reason,
                    alone: false,
                    round: 0,
                },
            );
            added += 1;
        }
        added
    }

    /// The next statements to send at `now`: the oldest waiting ones that
    /// are due, of one assignment, at most [`BATCH`] (one, if it is to go
    /// alone).
    pub fn due(&self, now: u64, sendable: &dyn Fn(&str) -> bool) -> Option<Batch> {
        let mut waiting: Vec<(&String, &Entry)> = self
            .entries
            .iter()
            .filter(|(_, e)| e.state == State::Waiting && e.next <= now && sendable(&e.assignment))
            .collect();
        waiting.sort_by_key(|(id, e)| (e.queued, *id));
        let (_, first) = waiting.first()?;
        let assignment = first.assignment.clone();
        let limit = if first.alone { 1 } else { BATCH };
        let chosen: Vec<(&String, &Entry)> = waiting
            .into_iter()
            .filter(|(_, e)| e.assignment == assignment && (limit == 1 || !e.alone))
            .take(limit)
            .collect();
        Some(Batch {
            assignment,
            ids: chosen.iter().map(|(id, _)| (*id).clone()).collect(),
            statements: chosen
                .iter()
                .filter_map(|(_, e)| e.statement.clone())
                .collect(),
        })
    }

    /// When the next waiting statement is due, if any waits.
    pub fn next_due(&self, sendable: &dyn Fn(&str) -> bool) -> Option<u64> {
        self.entries
            .values()
            .filter(|e| e.state == State::Waiting && sendable(&e.assignment))
            .map(|e| e.next)
            .min()
    }

    fn each(&mut self, ids: &[String], mut change: impl FnMut(&mut Entry)) {
        for id in ids {
            if let Some(e) = self.entries.get_mut(id) {
                if e.state == State::Waiting {
                    change(e);
                }
            }
        }
    }

    /// The LRS took them (or already held them).
    pub fn delivered(&mut self, ids: &[String]) {
        self.each(ids, |e| {
            e.state = State::Sent;
            e.statement = None;
            e.reason.clear();
            e.alone = false;
        });
    }

    /// They could not be sent now (offline, the LRS down or refusing the
    /// key): tried again later, ever less often.
    pub fn failed(&mut self, ids: &[String], reason: &str, now: u64) {
        let reason = short(reason);
        self.each(ids, |e| {
            e.tries = e.tries.saturating_add(1);
            e.next = now.saturating_add(backoff(e.tries));
            e.reason = reason.clone();
        });
    }

    /// The LRS refused them as statements. A batch is split: each is sent
    /// on its own next, so that only the statement at fault is kept back.
    /// A statement refused on its own is kept, with the LRS's reason.
    pub fn refused(&mut self, ids: &[String], reason: &str) {
        let reason = short(reason);
        let alone = ids.len() == 1;
        self.each(ids, |e| {
            if alone {
                e.state = State::Refused;
                e.reason = reason.clone();
            } else {
                e.alone = true;
                e.next = 0;
            }
        });
    }

    /// The refused statements of `assignment` wait again, to be sent one
    /// by one (the learner asks, once the trainer fixed what the LRS
    /// refused). Statements this build finds invalid stay refused. Returns
    /// how many wait again.
    pub fn retry_refused(&mut self, assignment: &str) -> usize {
        let mut n = 0;
        for e in self
            .entries
            .values_mut()
            .filter(|e| e.assignment == assignment && e.state == State::Refused)
        {
            let valid = e.statement.as_ref().is_some_and(|s| problems(s).is_empty());
            if valid {
                e.state = State::Waiting;
                e.alone = true;
                e.tries = 0;
                e.next = 0;
                e.reason.clear();
                e.round = e.round.saturating_add(1);
                n += 1;
            }
        }
        n
    }

    /// Everything waiting is due now (the browser is back online, or the
    /// learner asked).
    pub fn retry_now(&mut self) {
        for e in self
            .entries
            .values_mut()
            .filter(|e| e.state == State::Waiting)
        {
            e.next = 0;
        }
    }

    /// Takes in another tab's copy: each entry the further along of the two
    /// (in the latest round of tries, then waiting < refused < sent).
    pub fn merge(&mut self, other: Outbox) {
        for (id, theirs) in other.entries {
            match self.entries.get_mut(&id) {
                None => {
                    self.entries.insert(id, theirs);
                }
                Some(mine) => {
                    let further = (theirs.round, theirs.state, theirs.tries)
                        > (mine.round, mine.state, mine.tries);
                    if further {
                        *mine = theirs;
                    }
                }
            }
        }
    }

    /// How `assignment`'s statements stand.
    pub fn counts(&self, assignment: &str) -> Counts {
        let mut counts = Counts::default();
        let mut last: Option<(u64, &str)> = None;
        for e in self.entries.values().filter(|e| e.assignment == assignment) {
            match e.state {
                State::Waiting => {
                    counts.waiting += 1;
                    if !e.reason.is_empty() && last.is_none_or(|(n, _)| e.next > n) {
                        last = Some((e.next, &e.reason));
                    }
                }
                State::Sent => counts.sent += 1,
                State::Refused => counts.refused += 1,
            }
        }
        counts.last_failure = last.map(|(_, r)| r.to_owned());
        counts
    }

    /// The refused statements of `assignment`, with their reasons.
    pub fn refused_of(&self, assignment: &str) -> Vec<(&str, &Entry)> {
        self.entries
            .iter()
            .filter(|(_, e)| e.assignment == assignment && e.state == State::Refused)
            .map(|(id, e)| (id.as_str(), e))
            .collect()
    }
}

impl Document for Outbox {
    const SCHEMA: u32 = SCHEMA;
    type Context<'c> = ();
    type Read = Outbox;

    fn key() -> String {
        key("outbox")
    }

    fn parse(text: &str, _: &()) -> Result<Outbox, String> {
        let mut doc: Outbox = serde_json::from_str(text).map_err(|e| e.to_string())?;
        doc.schema = SCHEMA;
        // A waiting entry without its statement (a document edited by
        // hand) could never be sent: it is said, not sent as nothing.
        for e in doc.entries.values_mut() {
            if e.state == State::Waiting && e.statement.is_none() {
                e.state = State::Refused;
                e.reason = "no statement kept".into();
            }
        }
        Ok(doc)
    }

    fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn statement(n: u32) -> Value {
        json!({
            "id": format!("00000000-0000-4000-8000-{n:012}"),
            "actor": {"account": {"homePage": "https://s.example/", "name": "l"}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
            "object": {"id": "https://s.example/xapi/activities/course"}
        })
    }

    fn id(n: u32) -> String {
        format!("00000000-0000-4000-8000-{n:012}")
    }

    const ANY: &dyn Fn(&str) -> bool = &|_| true;

    #[test]
    fn statements_are_queued_once_and_sent_in_batches_oldest_first() {
        let mut o = Outbox::default();
        assert_eq!(o.enqueue("a", (0..30).map(statement).collect(), 10), 30);
        assert_eq!(o.enqueue("a", (25..32).map(statement).collect(), 20), 2);
        let batch = o.due(100, ANY).expect("due");
        assert_eq!(batch.ids.len(), BATCH);
        assert_eq!(batch.ids[0], id(0));
        assert_eq!(batch.statements.len(), BATCH);
        o.delivered(&batch.ids);
        assert_eq!(o.entries[&id(0)].statement, None);
        // Sent is for good: the same statement is never queued again.
        assert_eq!(o.enqueue("a", vec![statement(0)], 30), 0);
        let rest = o.due(100, ANY).expect("due");
        assert_eq!(rest.ids.len(), 7);
        o.delivered(&rest.ids);
        assert_eq!(o.due(100, ANY), None);
        let c = o.counts("a");
        assert_eq!((c.waiting, c.sent, c.refused), (0, 32, 0));
    }

    #[test]
    fn failures_back_off_and_coming_online_retries_at_once() {
        assert_eq!(
            (backoff(1), backoff(2), backoff(3)),
            (5_000, 10_000, 20_000)
        );
        assert_eq!(backoff(40), MAX_WAIT);
        let mut o = Outbox::default();
        o.enqueue("a", vec![statement(1)], 0);
        o.failed(&[id(1)], "offline", 1_000);
        assert_eq!(o.due(5_999, ANY), None);
        assert!(o.due(6_000, ANY).is_some());
        o.failed(&[id(1)], "HTTP 503", 6_000);
        assert_eq!(o.next_due(ANY), Some(16_000));
        assert_eq!(o.counts("a").last_failure.as_deref(), Some("HTTP 503"));
        o.retry_now();
        assert!(o.due(6_001, ANY).is_some());
        // An assignment the learner no longer sends for is left alone.
        assert_eq!(o.due(6_001, &|a| a != "a"), None);
    }

    #[test]
    fn a_refused_batch_is_split_and_only_the_bad_statement_is_kept() {
        let mut o = Outbox::default();
        o.enqueue("a", (0..3).map(statement).collect(), 0);
        let batch = o.due(0, ANY).expect("due");
        o.refused(&batch.ids, "HTTP 400");
        // One at a time now, to find the one at fault.
        for n in 0..3 {
            let one = o.due(0, ANY).expect("due");
            assert_eq!(one.ids, vec![id(n)]);
            if n == 1 {
                o.refused(&one.ids, "HTTP 400: bad verb");
            } else {
                o.delivered(&one.ids);
            }
        }
        let c = o.counts("a");
        assert_eq!((c.waiting, c.sent, c.refused), (0, 2, 1));
        let refused = o.refused_of("a");
        assert_eq!(refused[0].0, id(1));
        assert_eq!(refused[0].1.reason, "HTTP 400: bad verb");
        assert!(
            refused[0].1.statement.is_some(),
            "a refused statement is kept"
        );
    }

    #[test]
    fn an_invalid_statement_is_never_sent_and_says_why() {
        let mut o = Outbox::default();
        let mut bad = statement(9);
        bad["verb"]["display"] = json!({"en_US": "x"});
        o.enqueue("a", vec![bad], 0);
        assert_eq!(o.due(0, ANY), None);
        let refused = o.refused_of("a");
        assert_eq!(
            refused[0].1.reason,
            "xAPI 1.0.3: verb.display.en_US: not a language tag"
        );
    }

    #[test]
    fn two_tabs_copies_merge_forward_only() {
        let mut one = Outbox::default();
        one.enqueue("a", (0..3).map(statement).collect(), 0);
        let mut two = one.clone();
        one.delivered(&[id(0)]);
        two.failed(&[id(0), id(1)], "offline", 0);
        two.enqueue("a", vec![statement(5)], 1);
        let mut merged = two.clone();
        merged.merge(one.clone());
        one.merge(two);
        assert_eq!(merged, one, "merging is the same either way");
        assert_eq!(one.entries[&id(0)].state, State::Sent);
        assert_eq!(one.entries[&id(1)].tries, 1);
        assert!(one.entries.contains_key(&id(5)));
    }

    #[test]
    fn refused_statements_can_be_tried_again_unless_they_are_invalid() {
        let mut o = Outbox::default();
        let mut bad = statement(9);
        bad["verb"]["id"] = json!("not an iri");
        o.enqueue("a", vec![statement(1), bad], 0);
        o.refused(&[id(1)], "HTTP 400: proxy says no");
        assert_eq!(o.counts("a").refused, 2);
        let before = o.clone();
        assert_eq!(o.retry_refused("a"), 1, "the invalid one stays refused");
        // Another tab's older copy, still refused, does not undo it.
        o.merge(before);
        assert_eq!(o.entries[&id(1)].state, State::Waiting);
        let again = o.due(0, ANY).expect("due");
        assert_eq!(again.ids, vec![id(1)]);
        assert_eq!(o.counts("a").refused, 1);
        // A waiting entry that lost its statement is said, never "sent".
        let text = r#"{"schema":1,"entries":{"x":{"assignment":"a","state":"waiting"}}}"#;
        let read = Outbox::parse(text, &()).expect("reads");
        assert_eq!(read.entries["x"].state, State::Refused);
    }

    #[test]
    fn the_document_round_trips() -> Result<(), String> {
        let mut o = Outbox::default();
        o.enqueue("a", vec![statement(1), statement(2)], 3);
        o.delivered(&[id(1)]);
        assert_eq!(Outbox::parse(&o.encode(), &())?, o);
        Ok(())
    }
}
