//! The assignments a learner has accepted, and where each one stands. They
//! are one stored document (`savoir:assignments`), apart from progress: an
//! assignment says what to do, progress says what was done, and the status
//! is always computed from both, never stored.

use crate::domain::content::catalog::Catalog;
use crate::domain::learner::progress::Progress;
use crate::domain::learner::quiz::best_and_last;
use crate::domain::shared::store::{self, key, Document, DocumentError, KeyValueStore, Known};
use crate::domain::trainer::assignment::Assignment;
use serde::{Deserialize, Serialize};

/// The document's current schema. 2 added an assignment's LRS and the
/// learner's consent to it: a tab of an earlier version, which would drop
/// both when it saves, takes a schema 2 document as a newer one and never
/// writes over it.
pub const SCHEMA: u32 = 2;

/// Where the document is kept.
pub fn storage_key() -> String {
    key("assignments")
}

/// An assignment the learner accepted, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    pub assignment: Assignment,
    /// Milliseconds since 1970.
    pub accepted: u64,
    /// For an assignment with an LRS: whether the learner consented to
    /// their statements being sent to it (`Some(false)`: declined, result
    /// files only). Nothing is sent unless it is `Some(true)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lrs: Option<bool>,
    /// When the learner last changed their mind about it, milliseconds since
    /// 1970 (0: when they accepted): of two tabs' copies, the later wins.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lrs_changed: u64,
}

impl Accepted {
    /// Whether its statements go to an LRS: it has one, and the learner
    /// consented.
    pub fn sends(&self) -> bool {
        self.assignment.lrs.is_some() && self.lrs == Some(true)
    }
}

/// The learner as they sign their result files: an id made on this device
/// (so that a trainer's dashboard tells two learners of the same name apart)
/// and the name they typed. Nothing else about them is ever kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// When the name was last typed, milliseconds since 1970 (0 in copies
    /// made before it was kept): of two tabs' copies, the later name wins.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub named: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Every accepted assignment, in the order accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assigned {
    pub schema: u32,
    #[serde(default)]
    pub items: Vec<Accepted>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
}

impl Default for Assigned {
    fn default() -> Assigned {
        Assigned {
            schema: SCHEMA,
            items: Vec::new(),
            signature: None,
        }
    }
}

/// Where an assignment, or one of its modules or lessons, stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    /// Lessons read to the end (an assignment of lessons only).
    Completed,
    /// Every checkpoint at or above the pass mark, every lesson completed.
    Passed,
    /// Tried, but below the pass mark (and not yet overdue).
    Failed,
    /// The due date has gone by and it is not done.
    Overdue,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Completed => "completed",
            Status::Passed => "passed",
            Status::Failed => "failed",
            Status::Overdue => "overdue",
        }
    }

    /// The interface message that names it.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::NotStarted => "assigned-status-not-started",
            Status::InProgress => "assigned-status-in-progress",
            Status::Completed => "assigned-status-completed",
            Status::Passed => "assigned-status-passed",
            Status::Failed => "assigned-status-failed",
            Status::Overdue => "assigned-status-overdue",
        }
    }

    pub fn done(self) -> bool {
        matches!(self, Status::Passed | Status::Completed)
    }
}

/// One thing an assignment asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A whole module: its checkpoint at the assignment's pass mark.
    Module(String),
    /// One lesson, read to the end.
    Lesson { module: String, lesson: String },
}

impl Assignment {
    /// What it asks for: its modules, then its single lessons.
    pub fn items(&self) -> Vec<Item> {
        let modules = self.modules.iter().cloned().map(Item::Module);
        let lessons = self.lessons.iter().filter_map(|key| {
            let (m, l) = key.split_once('/')?;
            Some(Item::Lesson {
                module: m.to_owned(),
                lesson: l.to_owned(),
            })
        });
        modules.chain(lessons).collect()
    }

    /// Whether the due date is past on `today` (`YYYY-MM-DD`, the learner's).
    pub fn overdue_on(&self, today: &str) -> bool {
        today > self.due.as_str()
    }

    /// Where one item stands, with the module's best checkpoint score.
    pub fn item_status(
        &self,
        item: &Item,
        progress: &Progress,
        catalog: &Catalog,
        today: &str,
    ) -> (Status, Option<u8>) {
        let overdue = self.overdue_on(today);
        match item {
            Item::Module(module) => {
                let (best, _) = best_and_last(progress.attempts_of(module));
                let best = best.and_then(|a| a.percent);
                let started = progress.attempts_of(module).next().is_some()
                    || catalog.module(module).is_some_and(|m| {
                        m.lessons
                            .iter()
                            .any(|l| progress.lessons.contains_key(&format!("{module}/{}", l.id)))
                    });
                let status = match best {
                    Some(p) if p >= self.pass_mark => Status::Passed,
                    _ if overdue => Status::Overdue,
                    Some(_) => Status::Failed,
                    None if started => Status::InProgress,
                    None => Status::NotStarted,
                };
                (status, best)
            }
            Item::Lesson { module, lesson } => {
                let status = match progress.lesson(module, lesson) {
                    l if l.is_complete() => Status::Completed,
                    _ if overdue => Status::Overdue,
                    l if l == Default::default() => Status::NotStarted,
                    _ => Status::InProgress,
                };
                (status, None)
            }
        }
    }

    /// Where the whole assignment stands: passed (or completed, when it asks
    /// only for lessons) once every item is done; overdue past the due date;
    /// failed once every item has been tried and a checkpoint is below the
    /// pass mark; else not started or in progress.
    pub fn status(&self, progress: &Progress, catalog: &Catalog, today: &str) -> Status {
        let items: Vec<Status> = self
            .items()
            .iter()
            .map(|i| self.item_status(i, progress, catalog, today).0)
            .collect();
        combine(&items, self.modules.is_empty())
    }
}

/// Where a whole assignment stands, from where each of its items stands
/// (see [`Assignment::status`]); `lessons_only` when it asks for no module.
pub fn combine(items: &[Status], lessons_only: bool) -> Status {
    if items.iter().all(|s| s.done()) {
        return if lessons_only {
            Status::Completed
        } else {
            Status::Passed
        };
    }
    if items.contains(&Status::Overdue) {
        Status::Overdue
    } else if items.iter().all(|s| s.done() || *s == Status::Failed) {
        Status::Failed
    } else if items.iter().all(|s| *s == Status::NotStarted) {
        Status::NotStarted
    } else {
        Status::InProgress
    }
}

impl Assigned {
    /// Adds an assignment; `false` if it was accepted already.
    /// `lrs` is the learner's answer about sending statements to the
    /// assignment's LRS (`None` when it has none).
    pub fn accept(&mut self, assignment: Assignment, now: u64, lrs: Option<bool>) -> bool {
        if self.get(&assignment.id).is_some() {
            return false;
        }
        let lrs = assignment.lrs.as_ref().and(lrs);
        self.items.push(Accepted {
            assignment,
            accepted: now,
            lrs_changed: if lrs.is_some() { now } else { 0 },
            lrs,
        });
        true
    }

    /// The learner starts or stops sending an assignment's statements to
    /// its LRS. Returns whether anything changed.
    pub fn set_sending(&mut self, id: &str, send: bool, now: u64) -> bool {
        let Some(item) = self.items.iter_mut().find(|a| a.assignment.id == id) else {
            return false;
        };
        if item.assignment.lrs.is_none() || item.lrs == Some(send) {
            return false;
        }
        item.lrs = Some(send);
        item.lrs_changed = now;
        true
    }

    pub fn get(&self, id: &str) -> Option<&Accepted> {
        self.items.iter().find(|a| a.assignment.id == id)
    }

    /// Takes in another copy (another tab's): every assignment either has,
    /// and the other's signature if this one has none or its name was typed
    /// later. Returns whether anything changed.
    pub fn merge(&mut self, other: &Assigned) -> bool {
        let mut changed = false;
        for item in &other.items {
            match self
                .items
                .iter_mut()
                .find(|a| a.assignment.id == item.assignment.id)
            {
                None => {
                    self.items.push(item.clone());
                    changed = true;
                }
                // The learner's later answer about the LRS, from either tab;
                // of two given at the same time, not sending wins.
                Some(mine)
                    if item.lrs_changed > mine.lrs_changed
                        || (item.lrs_changed == mine.lrs_changed
                            && item.lrs == Some(false)
                            && mine.lrs == Some(true)) =>
                {
                    mine.lrs = item.lrs;
                    mine.lrs_changed = item.lrs_changed;
                    changed = true;
                }
                Some(_) => {}
            }
        }
        let newer = match (&self.signature, &other.signature) {
            (None, Some(_)) => true,
            (Some(mine), Some(theirs)) => theirs.named > mine.named && theirs != mine,
            _ => false,
        };
        if newer {
            self.signature.clone_from(&other.signature);
            changed = true;
        }
        changed
    }

    /// Reads a stored document, keeping every assignment that is still
    /// valid for this course (`known`, as for links) and dropping the rest.
    pub fn decode(text: &str, known: &Known<'_>) -> Result<Assigned, DocumentError> {
        store::decode::<Assigned>(text, known)
    }

    /// The document to store.
    pub fn encode(&self) -> String {
        Document::encode(self)
    }

    /// Reads the stored document; an empty one when there is none.
    pub fn load(store: &dyn KeyValueStore, known: &Known<'_>) -> Result<Assigned, DocumentError> {
        store::load::<Assigned>(store, known)
    }

    /// Saves after taking in what another tab stored meanwhile; what cannot
    /// be read is never written over.
    pub fn save(
        &mut self,
        store: &dyn KeyValueStore,
        known: &Known<'_>,
    ) -> Result<(), DocumentError> {
        store::save_merged(store, self, known, |mine, stored| {
            mine.merge(&stored);
        })
    }
}

impl Document for Assigned {
    const SCHEMA: u32 = SCHEMA;
    type Context<'c> = Known<'c>;
    type Read = Assigned;

    fn key() -> String {
        storage_key()
    }

    fn parse(text: &str, known: &Known<'_>) -> Result<Assigned, String> {
        let mut doc: Assigned = serde_json::from_str(text).map_err(|e| e.to_string())?;
        // Every older schema reads as this one.
        doc.schema = SCHEMA;
        doc.items.retain(|a| a.assignment.validate(known).is_ok());
        Ok(doc)
    }

    fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::catalog::{LessonSummary, Level, Localized, ModuleSummary};
    use crate::domain::content::lesson::{Checkpoint, Question, QuestionKind};
    use crate::domain::learner::quiz::Attempt;
    use crate::domain::learner::scoring::Answer;
    use crate::domain::shared::language::Lang;
    use crate::domain::shared::store::MemoryStore;

    fn catalog() -> Catalog {
        let lesson = |id: &str| LessonSummary {
            id: id.into(),
            title: Localized::default(),
            level: Level::Introductory,
            duration_minutes: 5,
        };
        Catalog {
            course_id: "c".into(),
            title: Localized::default(),
            summary: Localized::default(),
            tracks: Vec::new(),
            modules: vec![ModuleSummary {
                id: "basics".into(),
                title: Localized {
                    en: "Basics".into(),
                    fr: "Bases".into(),
                },
                summary: Localized::default(),
                level: Level::Introductory,
                duration_minutes: 10,
                question_count: 4,
                pass_mark: 50,
                lessons: vec![lesson("one"), lesson("two")],
                questions: Vec::new(),
            }],
        }
    }

    fn known(m: &str, l: Option<&str>) -> bool {
        m == "basics" && l.is_none_or(|l| l == "one" || l == "two")
    }

    fn assignment(id: &str, modules: &[&str], lessons: &[&str]) -> Assignment {
        Assignment {
            id: id.into(),
            modules: modules.iter().map(|m| (*m).to_owned()).collect(),
            lessons: lessons.iter().map(|l| (*l).to_owned()).collect(),
            due: "2026-12-01".into(),
            pass_mark: 75,
            ..Default::default()
        }
    }

    fn checkpoint() -> Checkpoint {
        let q = |id: &str| Question {
            id: id.into(),
            kind: QuestionKind::TrueFalse { answer: true },
        };
        Checkpoint {
            pass_mark: 50,
            questions: vec![q("q1"), q("q2"), q("q3"), q("q4")],
            draw: None,
        }
    }

    fn finish(progress: &mut Progress, started: u64, right: usize) {
        let mut attempt = Attempt::new("basics", 1, started);
        for (i, q) in ["q1", "q2", "q3", "q4"].iter().enumerate() {
            attempt.answer(q, Answer::TrueFalse(i < right), Lang::En);
        }
        attempt.finish(&checkpoint(), started + 60_000);
        progress.put_attempt(attempt);
    }

    #[test]
    fn status_follows_progress_the_pass_mark_and_the_due_date() {
        let c = catalog();
        let a = assignment("a", &["basics"], &[]);
        let mut p = Progress::default();
        let on = "2026-11-30";
        assert_eq!(a.status(&p, &c, on), Status::NotStarted);
        assert_eq!(a.status(&p, &c, "2026-12-02"), Status::Overdue);
        p.update_lesson("basics", "one", 1, |l| l.position = Some("b1".into()));
        assert_eq!(a.status(&p, &c, on), Status::InProgress);
        // 50 %: the module's own pass mark, but below the assignment's 75.
        finish(&mut p, 1000, 2);
        assert_eq!(a.status(&p, &c, on), Status::Failed);
        assert_eq!(a.status(&p, &c, "2026-12-02"), Status::Overdue);
        finish(&mut p, 2000, 3);
        assert_eq!(a.status(&p, &c, on), Status::Passed);
        assert_eq!(
            a.item_status(&Item::Module("basics".into()), &p, &c, on),
            (Status::Passed, Some(75))
        );
        // Done in time stays done after the due date.
        assert_eq!(a.status(&p, &c, "2027-01-01"), Status::Passed);
    }

    #[test]
    fn the_name_typed_last_wins_a_merge_of_two_tabs() {
        let signed = |name: &str, named: u64| Assigned {
            signature: Some(Signature {
                id: "me".into(),
                name: name.into(),
                named,
            }),
            ..Assigned::default()
        };
        // A stale tab that saves after another tab renamed the learner takes
        // the new name in, and the other tab keeps it.
        let mut stale = signed("Old Name", 1_000);
        assert!(stale.merge(&signed("New Name", 2_000)));
        assert_eq!(
            stale.signature.as_ref().map(|s| s.name.as_str()),
            Some("New Name")
        );
        let mut fresh = signed("New Name", 2_000);
        assert!(!fresh.merge(&signed("Old Name", 1_000)));
        assert_eq!(
            fresh.signature.as_ref().map(|s| s.name.as_str()),
            Some("New Name")
        );
        // A copy without a time (an older build's) never wins over a timed one.
        let mut timed = signed("New Name", 2_000);
        assert!(!timed.merge(&signed("Older Build", 0)));
        let mut none = Assigned::default();
        assert!(none.merge(&signed("Any", 0)));
    }

    #[test]
    fn an_assignment_of_lessons_is_completed_when_they_are_read() {
        let c = catalog();
        let a = assignment("b", &[], &["basics/one", "basics/two"]);
        let mut p = Progress::default();
        let on = "2026-11-30";
        p.update_lesson("basics", "one", 1, |l| {
            l.reached_end = true;
            l.skipped = true;
        });
        assert_eq!(a.status(&p, &c, on), Status::InProgress);
        p.update_lesson("basics", "two", 2, |l| {
            l.reached_end = true;
            l.reflection = "noted".into();
        });
        assert_eq!(a.status(&p, &c, on), Status::Completed);
        let mixed = assignment("c", &["basics"], &["basics/one"]);
        finish(&mut p, 1000, 1);
        assert_eq!(mixed.status(&p, &c, on), Status::Failed);
    }

    #[test]
    fn accepted_assignments_are_kept_merged_and_checked_on_reading() {
        let store = MemoryStore::default();
        let mut mine = Assigned::default();
        assert!(mine.accept(assignment("a", &["basics"], &[]), 10, None));
        assert!(!mine.accept(assignment("a", &["basics"], &[]), 11, None));
        mine.save(&store, &known).ok();
        let mut other_tab = Assigned::default();
        other_tab.accept(assignment("b", &[], &["basics/two"]), 12, None);
        other_tab.signature = Some(Signature {
            id: "l1".into(),
            name: "Ana".into(),
            ..Default::default()
        });
        assert_eq!(other_tab.save(&store, &known), Ok(()));
        let stored = Assigned::load(&store, &known).unwrap_or_default();
        let ids: Vec<&str> = stored
            .items
            .iter()
            .map(|a| a.assignment.id.as_str())
            .collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!(stored.signature.map(|s| s.name), Some("Ana".into()));

        // A module the course no longer has drops that assignment only.
        let text = stored_with_unknown_module();
        let read = Assigned::decode(&text, &known).unwrap_or_default();
        assert_eq!(read.items.len(), 1);
        assert!(matches!(
            Assigned::decode(r#"{"schema":9,"items":[]}"#, &known),
            Err(DocumentError::NewerSchema(9))
        ));
        assert!(matches!(
            Assigned::decode("{", &known),
            Err(DocumentError::Corrupt(_))
        ));
    }

    #[test]
    fn consent_to_an_lrs_is_kept_changed_and_merged_by_time() {
        use crate::domain::trainer::lrs::Lrs;
        let mut with_lrs = assignment("0f8fad5b-d9cb-469f-a165-70867728950e", &["basics"], &[]);
        with_lrs.lrs = Lrs::new("https://lrs.example.org/xAPI/", "d3JpdGVyOnB3").ok();
        let mut mine = Assigned::default();
        assert!(mine.accept(with_lrs.clone(), 10, Some(true)));
        let id = with_lrs.id.as_str();
        assert!(mine.get(id).is_some_and(Accepted::sends));
        // Without an LRS, a consent means nothing.
        assert!(mine.accept(assignment("plain", &["basics"], &[]), 10, Some(true)));
        assert_eq!(
            mine.get("plain").map(|a| (a.lrs, a.sends())),
            Some((None, false))
        );
        assert!(!mine.set_sending("plain", true, 11));

        let mut other_tab = mine.clone();
        assert!(other_tab.set_sending(id, false, 20));
        assert!(!other_tab.set_sending(id, false, 21), "no change");
        assert!(mine.merge(&other_tab));
        assert!(mine.get(id).is_some_and(|a| !a.sends()));
        // An older answer does not undo a later one.
        let mut stale = Assigned::default();
        stale.accept(with_lrs.clone(), 10, Some(true));
        assert!(!mine.merge(&stale));
        assert_eq!(mine.get(id).map(|a| a.lrs), Some(Some(false)));
        // Two tabs answering differently at the same moment: not sending wins.
        let mut yes = Assigned::default();
        yes.accept(with_lrs_of(&mine, id), 30, Some(true));
        let mut no = Assigned::default();
        no.accept(with_lrs_of(&mine, id), 30, Some(false));
        assert!(yes.merge(&no));
        assert!(!no.merge(&yes));
        assert_eq!(yes.get(id).map(|a| a.lrs), Some(Some(false)));
    }

    fn with_lrs_of(doc: &Assigned, id: &str) -> Assignment {
        doc.get(id)
            .map(|a| a.assignment.clone())
            .unwrap_or_default()
    }

    fn stored_with_unknown_module() -> String {
        let mut doc = Assigned::default();
        doc.accept(assignment("a", &["basics"], &[]), 1, None);
        doc.accept(assignment("gone", &["retired"], &[]), 2, None);
        doc.encode()
    }

    #[test]
    fn an_accepted_assignment_never_changes_and_what_cannot_be_read_is_never_written_over() {
        let store = MemoryStore::default();
        let mut mine = Assigned::default();
        assert!(mine.accept(assignment("a", &["basics"], &[]), 10, None));
        assert_eq!(mine.save(&store, &known), Ok(()));
        // The same id with other content: refused, the first one stays.
        let mut forged = assignment("a", &["basics"], &[]);
        forged.pass_mark = 1;
        assert!(!mine.accept(forged, 11, None));
        assert_eq!(mine.get("a").map(|x| x.assignment.pass_mark), Some(75));

        // A newer version's document, whatever its structure, is newer.
        let newer = r#"{"schema":9,"items":{"a":[1]}}"#;
        assert_eq!(
            Assigned::decode(newer, &known),
            Err(DocumentError::NewerSchema(9))
        );
        // Neither it nor an unreadable one is ever written over.
        for stored in [newer, "{not json"] {
            store.write(&storage_key(), stored).ok();
            let mut next = Assigned::default();
            next.accept(assignment("b", &["basics"], &[]), 12, None);
            assert!(next.save(&store, &known).is_err(), "{stored}");
            assert_eq!(
                store.read(&storage_key()).ok().flatten().as_deref(),
                Some(stored)
            );
        }
    }

    #[test]
    fn the_first_released_document_still_reads() -> Result<(), DocumentError> {
        // As the first version with assignments wrote it (see
        // tests/fixtures/storage/README.md).
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/storage/assignments-v1.json"
        ));
        let known = |m: &str, l: Option<&str>| {
            m == "foundations"
                && l.is_none_or(|l| ["what-is-27002", "cia-and-controls"].contains(&l))
        };
        let doc = Assigned::decode(text, &known)?;
        let ids: Vec<&str> = doc.items.iter().map(|a| a.assignment.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "0b6f3c1e-7d2a-4f7e-9a51-3c8e2d4b6a10",
                "5d1e9a77-2c4b-4e0f-8b3a-9f6d1c2e7b44"
            ]
        );
        let first = &doc.items[0];
        assert_eq!(
            (
                first.accepted,
                first.assignment.pass_mark,
                first.assignment.due.as_str()
            ),
            (1_764_050_000_000, 80, "2025-12-19")
        );
        assert_eq!(first.assignment.note.fr, "Avant l'audit.");
        assert_eq!(
            doc.items[1].assignment.lessons,
            ["foundations/cia-and-controls"]
        );
        assert_eq!(
            doc.signature.as_ref().map(|s| s.name.as_str()),
            Some("Ana Lopes")
        );
        // Written back in this schema, it reads the same.
        assert_eq!(Assigned::decode(&doc.encode(), &known)?, doc);
        Ok(())
    }
}
