//! The progress document as stored (`savoir:progress`): its schemas, the
//! strict reader (for what this build wrote itself) and the part-by-part
//! reader that storage and imported files go through.

use super::{LessonProgress, Mistake, Place, Progress};
use crate::domain::content::controls;
use crate::domain::learner::quiz::Attempt;
use crate::domain::learner::review::{self, Context, Item, Review};
use crate::domain::learner::soa::Entry;
use crate::domain::shared::store::{self, Document, DocumentError, KeyValueStore, Known};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The schema version this build writes.
///
/// - 1: lessons (reflection, skipped, end reached, position) and last place.
/// - 2: adds exercise answers, checkpoint attempts and mistakes. A version 1
///   document reads as a version 2 one with none of them.
/// - 3: adds the Statement of Applicability workbook (`workbook`), entries
///   by control number. Older documents read with an empty workbook.
/// - 4: adds each question's answers for spaced review (`reviews`). An
///   older document's are taken from its mistakes (the last wrong and the
///   last right answer of each checkpoint question): all it knew.
pub const SCHEMA: u32 = 4;

/// Storage key of the progress document.
pub fn storage_key() -> String {
    store::key("progress")
}

impl Progress {
    /// Reads a stored document strictly: any part this build cannot read
    /// makes the whole unreadable. For what this build wrote itself; what
    /// storage or a file holds goes through [`Progress::decode_lenient`].
    pub fn decode(text: &str) -> Result<Progress, DocumentError> {
        store::decode_with::<Progress, _>(text, |text| {
            let progress: Progress = serde_json::from_str(text).map_err(|e| e.to_string())?;
            // Every older version reads as this one: their fields are a subset.
            let mut progress = Progress {
                schema: SCHEMA,
                ..progress
            };
            for log in progress.reviews.values_mut() {
                *log = review::normalised(std::mem::take(log));
            }
            progress.reviews.retain(|_, log| !log.is_empty());
            if older(text) {
                progress.seed_reviews();
            }
            Ok(progress)
        })
    }

    /// Reads a stored document part by part: a lesson, attempt or mistake
    /// whose values have the wrong type or are out of range, or that names a
    /// lesson or module the course does not have (`known`), is left out and
    /// counted; the rest is kept. Fails only when the document as a whole
    /// is unreadable or from a newer version.
    pub fn decode_lenient(
        text: &str,
        known: &Known<'_>,
    ) -> Result<(Progress, usize), DocumentError> {
        store::decode::<Progress>(text, known)
    }

    /// The document to store.
    pub fn encode(&self) -> String {
        Document::encode(self)
    }

    /// Loads the progress strictly (see [`Progress::decode`]); nothing
    /// stored yet is an empty record.
    pub fn load(store: &dyn KeyValueStore) -> Result<Progress, DocumentError> {
        store::load_with::<Progress, _>(store, Progress::decode)
    }

    /// Saves the progress, unless a newer version's document is stored.
    pub fn save(&self, store: &dyn KeyValueStore) -> Result<(), DocumentError> {
        store::save(store, self)
    }
}

/// Whether a document predates spaced review (schema 4).
fn older(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Version {
        #[serde(default)]
        schema: u32,
    }
    serde_json::from_str::<Version>(text).is_ok_and(|v| v.schema < 4)
}

impl Progress {
    /// Gives every checkpoint question an older document marked right or
    /// wrong the answers its mistake entry remembers, so that review starts
    /// from what the learner had already done.
    fn seed_reviews(&mut self) {
        for (key, mistake) in &self.mistakes {
            if Item::parse(key).is_none_or(|i| !matches!(i, Item::Checkpoint { .. })) {
                continue;
            }
            let answers = [(mistake.wrong, false), (mistake.right, true)];
            let log = self.reviews.entry(key.clone()).or_default();
            for (at, right) in answers.into_iter().filter(|(at, _)| *at > 0) {
                review::record(
                    log,
                    Review {
                        at,
                        right,
                        context: Context::Checkpoint,
                    },
                );
            }
        }
        self.reviews.retain(|_, log| !log.is_empty());
    }
}

impl Document for Progress {
    const SCHEMA: u32 = SCHEMA;
    type Context<'c> = Known<'c>;
    /// The progress, and how many parts were left out.
    type Read = (Progress, usize);

    fn key() -> String {
        storage_key()
    }

    fn parse(text: &str, known: &Known<'_>) -> Result<(Progress, usize), String> {
        use serde_json::value::RawValue;
        #[derive(Deserialize)]
        struct Loose<'a> {
            /// Whether it is newer was read first, whatever the structure:
            /// here only its type is checked (a number).
            #[serde(default)]
            schema: u32,
            #[serde(default, borrow)]
            lessons: BTreeMap<String, &'a RawValue>,
            #[serde(default, borrow)]
            last: Option<&'a RawValue>,
            #[serde(default, borrow)]
            attempts: BTreeMap<String, &'a RawValue>,
            #[serde(default, borrow)]
            mistakes: BTreeMap<String, &'a RawValue>,
            #[serde(default)]
            generation: u64,
            #[serde(default, borrow)]
            workbook: Option<&'a RawValue>,
            #[serde(default, borrow)]
            reviews: BTreeMap<String, &'a RawValue>,
        }
        #[derive(Deserialize, Default)]
        struct LooseWorkbook<'a> {
            #[serde(default, borrow)]
            entries: BTreeMap<String, &'a RawValue>,
        }
        let loose: Loose = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut dropped = 0;
        let mut keep = |ok: bool| {
            dropped += usize::from(!ok);
            ok
        };
        let mut progress = Progress {
            schema: SCHEMA,
            generation: loose.generation,
            ..Progress::default()
        };
        for (key, raw) in loose.lessons {
            let entry = serde_json::from_str::<LessonProgress>(raw.get());
            let place = key.split_once('/');
            if let (Ok(entry), Some((m, l))) = (entry, place) {
                if keep(known(m, Some(l))) {
                    progress.lessons.insert(key, entry);
                }
            } else {
                keep(false);
            }
        }
        if let Some(raw) = loose.last {
            match serde_json::from_str::<Option<Place>>(raw.get()) {
                Ok(place) => {
                    progress.last = place.filter(|p| keep(known(&p.module, Some(&p.lesson))));
                }
                Err(_) => _ = keep(false),
            }
        }
        for (id, raw) in loose.attempts {
            let attempt = serde_json::from_str::<Attempt>(raw.get()).ok().filter(|a| {
                a.id == id && a.percent.is_none_or(|p| p <= 100) && known(&a.module, None)
            });
            if let Some(a) = attempt {
                progress.attempts.insert(id, a);
            } else {
                keep(false);
            }
        }
        for (key, raw) in loose.mistakes {
            let mistake = serde_json::from_str::<Mistake>(raw.get()).ok();
            match (mistake, key.split_once('/')) {
                (Some(m), Some((module, _))) if known(module, None) => {
                    progress.mistakes.insert(key, m);
                }
                _ => _ = keep(false),
            }
        }
        // A workbook entry is kept if it reads and names one of the 93
        // controls: the numbering is the edition's, not the course's.
        // A workbook of the wrong shape is one part left out, not the
        // whole document.
        let workbook = match loose
            .workbook
            .map(|raw| serde_json::from_str::<LooseWorkbook>(raw.get()))
        {
            None => LooseWorkbook::default(),
            Some(Ok(w)) => w,
            Some(Err(_)) => {
                keep(false);
                LooseWorkbook::default()
            }
        };
        for (number, raw) in workbook.entries {
            match serde_json::from_str::<Entry>(raw.get()) {
                Ok(entry) if controls::exists(&number) => {
                    progress.workbook.entries.insert(number, entry);
                }
                _ => _ = keep(false),
            }
        }
        for (key, raw) in loose.reviews {
            // A log left empty once answers out of range are dropped is
            // dropped whole, as the next read would.
            let log = serde_json::from_str::<Vec<Review>>(raw.get())
                .ok()
                .map(review::normalised);
            match (log, Item::parse(&key)) {
                (Some(log), Some(item)) if known(item.module(), None) && !log.is_empty() => {
                    progress.reviews.insert(key, log);
                }
                _ => _ = keep(false),
            }
        }
        if loose.schema < 4 {
            progress.seed_reviews();
        }
        Ok((progress, dropped))
    }

    fn encode(&self) -> String {
        let stored = Progress {
            schema: SCHEMA,
            ..self.clone()
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::learner::soa::{Applicability, Implementation};
    use crate::domain::shared::language::Lang;
    use crate::domain::shared::store::{MemoryStore, StoreError};

    #[test]
    fn round_trips_through_storage() -> Result<(), DocumentError> {
        let store = MemoryStore::default();
        assert_eq!(Progress::load(&store)?, Progress::default());
        let mut progress = Progress::default();
        progress.update_lesson("m", "l", 7, |l| {
            l.reflection = "« Oui », dit-elle.\nLine two".into();
            l.position = Some("block-scope".into());
        });
        progress.set_place("m", "l", Some("block-scope".into()));
        progress.save(&store)?;
        let loaded = Progress::load(&store)?;
        assert_eq!(loaded.lessons, progress.lessons);
        assert_eq!(loaded.last, progress.last);
        Ok(())
    }

    #[test]
    fn the_first_released_document_reads() -> Result<(), DocumentError> {
        let v1 = r#"{"schema":1,"lessons":{"m/l":{"reflection":"x","skipped":false,"reached_end":true,"position":"block-a","updated":5}},"last":{"module":"m","lesson":"l","position":"block-a"}}"#;
        let p = Progress::decode(v1)?;
        assert!(p.lesson("m", "l").is_complete());
        assert_eq!(p.last.map(|l| l.position), Some(Some("block-a".into())));
        Ok(())
    }

    #[test]
    fn a_version_1_document_migrates_to_version_2() -> Result<(), DocumentError> {
        let v1 = r#"{"schema":1,"lessons":{"m/l":{"reflection":"x","skipped":false,"reached_end":true,"position":"block-a","updated":5}},"last":null}"#;
        let p = Progress::decode(v1)?;
        assert!(p.attempts.is_empty() && p.mistakes.is_empty());
        assert_eq!(p.lesson("m", "l").exercise, None);
        assert!(p.encode().starts_with(&format!("{{\"schema\":{SCHEMA},")));
        assert_eq!(Progress::decode(&p.encode())?, p);
        Ok(())
    }

    #[test]
    fn every_released_document_migrates_to_this_schema() -> Result<(), DocumentError> {
        // tests/fixtures/storage holds one document per released schema,
        // exactly as that version wrote it.
        let v1 = Progress::decode(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/storage/progress-v1.json"
        )))?;
        assert!(v1.lesson("foundations", "what-is-27002").is_complete());
        assert!(v1.lesson("foundations", "cia-and-controls").skipped);
        assert_eq!(
            v1.last.as_ref().map(|p| p.lesson.as_str()),
            Some("cia-and-controls")
        );
        let v2 = Progress::decode(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/storage/progress-v2.json"
        )))?;
        let attempt = &v2.attempts["foundations-1763900100000"];
        assert_eq!(
            (attempt.seed, attempt.percent, attempt.answers.len()),
            (12345, Some(31), 4)
        );
        assert_eq!(attempt.languages, [Lang::En, Lang::Fr]);
        assert_eq!(
            v2.mistakes_to_practise(),
            [("foundations", "q-certification")]
        );
        assert!(v2.lesson("foundations", "what-is-27002").exercise.is_some());
        assert!(v2.workbook.is_empty(), "version 2 had no workbook");
        let v3_text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/storage/progress-v3.json"
        ));
        let v3 = Progress::decode(v3_text)?;
        assert_eq!(
            v3.encode(),
            v3_text.trim_end().replace("\"schema\":3", "\"schema\":4"),
            "nothing but the schema changes"
        );
        let logging = v3.workbook.entry("8.15");
        assert_eq!(
            (logging.applicable, logging.status, logging.owner.as_str()),
            (
                Some(Applicability::Applicable),
                Some(Implementation::Partial),
                "SOC"
            )
        );
        assert_eq!(
            v3.workbook.entry("7.4").applicable,
            Some(Applicability::Excluded)
        );
        assert_eq!(v3.workbook.entries.len(), 3);
        // Version 2's mistakes start the review logs: q-certification
        // answered wrong, q-nature right; version 3 had none.
        let logs: Vec<(&str, Vec<bool>)> = v2
            .reviews
            .iter()
            .map(|(k, log)| (k.as_str(), log.iter().map(|r| r.right).collect()))
            .collect();
        assert_eq!(
            logs,
            [
                ("foundations/q-certification", vec![false]),
                ("foundations/q-nature", vec![true])
            ]
        );
        assert!(v3.reviews.is_empty());
        let v4_text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/storage/progress-v4.json"
        ));
        let v4 = Progress::decode(v4_text)?;
        assert_eq!(v4.encode(), v4_text.trim_end(), "as this version writes it");
        assert_eq!(v4.reviews.len(), 3);
        assert_eq!(
            v4.reviews["foundations/q-scope"][1].context,
            crate::domain::learner::review::Context::Review
        );
        for doc in [v1, v2, v3, v4] {
            assert!(doc.encode().starts_with(&format!("{{\"schema\":{SCHEMA},")));
            assert_eq!(Progress::decode(&doc.encode())?, doc);
            // The lenient reader agrees on every released document.
            let (lenient, dropped) = Progress::decode_lenient(&doc.encode(), &|_, _| true)?;
            assert_eq!((lenient, dropped), (doc, 0));
        }
        Ok(())
    }

    #[test]
    fn review_logs_are_read_part_by_part() -> Result<(), DocumentError> {
        let known = |m: &str, _: Option<&str>| m == "m";
        let text = r#"{"schema":4,"reviews":{
            "m/q1":[{"at":20,"right":true},{"at":10,"right":false,"context":"review"},{"at":20,"right":true}],
            "m/l/exercise":[{"at":5,"right":false,"context":"exercise"}],
            "gone/q":[{"at":1,"right":true}],
            "m/q2":[{"at":"soon","right":true}],
            "m/q3":[{"at":1,"right":true,"context":"dream"}],
            "m/q4":[],
            "m/q5":{"at":1},
            "not-a-key":[{"at":1,"right":true}]
        }}"#;
        let (p, dropped) = Progress::decode_lenient(text, &known)?;
        assert_eq!(dropped, 6);
        // A log whose every answer is past the year 9999 is dropped whole,
        // by both readers, and counted.
        let forged = r#"{"schema":4,"reviews":{"m/q":[{"at":253402300800000,"right":true}]}}"#;
        let (lenient, dropped) = Progress::decode_lenient(forged, &known)?;
        assert!(lenient.reviews.is_empty() && dropped == 1);
        assert!(Progress::decode(forged)?.reviews.is_empty());
        // In time order, each answer once.
        let q1: Vec<(u64, bool)> = p.reviews["m/q1"].iter().map(|r| (r.at, r.right)).collect();
        assert_eq!(q1, [(10, false), (20, true)]);
        assert!(p.reviews.contains_key("m/l/exercise"));
        // A version 3 document with the same key is not read for reviews:
        // its mistakes are.
        let old = r#"{"schema":3,"mistakes":{"m/q":{"wrong":7,"right":3}},"reviews":{"m/x":[{"at":1,"right":true}]}}"#;
        let (p, _) = Progress::decode_lenient(old, &known)?;
        let q: Vec<(u64, bool)> = p.reviews["m/q"].iter().map(|r| (r.at, r.right)).collect();
        assert_eq!(q, [(3, true), (7, false)]);
        Ok(())
    }

    #[test]
    fn bad_parts_are_dropped_and_counted_and_good_parts_kept() -> Result<(), DocumentError> {
        let known = |m: &str, l: Option<&str>| m == "m" && l.is_none_or(|l| l != "gone");
        let text = r#"{"schema":2,
            "lessons":{
                "m/good":{"reflection":"kept","reached_end":true,"updated":3},
                "m/typed":{"reflection":5},
                "m/gone":{"reflection":"unknown lesson"},
                "nokey":{"reflection":"no module"}},
            "last":{"module":"m","lesson":"gone"},
            "attempts":{
                "m-1":{"id":"m-1","module":"m","seed":1,"started":1,"answers":{"q":{"single":"a"}}},
                "m-2":{"id":"m-2","module":"m","seed":1,"started":2,"percent":999},
                "x-3":{"id":"x-3","module":"x","seed":1,"started":3},
                "m-4":{"id":"m-4","module":"m","seed":"one","started":4}},
            "mistakes":{"m/q":{"wrong":5,"right":1},"m/r":{"wrong":"often"},"x/q":{"wrong":1}},
            "workbook":{"entries":{
                "8.15":{"applicable":"applicable","owner":"SOC","changed":[4,0,0,4]},
                "8.35":{"applicable":"applicable"},
                "A.12.4.1":{"owner":"x"},
                "5.1":{"status":"done"}}}}"#;
        let (p, dropped) = Progress::decode_lenient(text, &known)?;
        assert_eq!(p.lesson("m", "good").reflection, "kept");
        assert_eq!(p.lessons.len(), 1);
        assert_eq!(p.last, None);
        assert_eq!(p.attempts.keys().collect::<Vec<_>>(), ["m-1"]);
        assert_eq!(p.mistakes_to_practise(), [("m", "q")]);
        assert_eq!(p.workbook.entry("8.15").owner, "SOC");
        // A workbook of the wrong shape costs itself only.
        let shapeless =
            r#"{"schema":3,"lessons":{"m/good":{"reflection":"kept"}},"workbook":[1,2]}"#;
        let (kept, lost) = Progress::decode_lenient(shapeless, &known)?;
        assert_eq!(
            (kept.lesson("m", "good").reflection.as_str(), lost),
            ("kept", 1)
        );
        let (_, lost) = Progress::decode_lenient(r#"{"workbook":{"entries":[1]}}"#, &known)?;
        assert_eq!(lost, 1);
        assert_eq!(p.workbook.entries.len(), 1);
        assert_eq!(dropped, 3 + 1 + 3 + 2 + 3);
        // A sound document loses nothing.
        let (same, none) = Progress::decode_lenient(&p.encode(), &known)?;
        assert_eq!((same, none), (p, 0));
        assert!(matches!(
            Progress::decode_lenient("[1,2]", &known),
            Err(DocumentError::Corrupt(_))
        ));
        assert_eq!(
            Progress::decode_lenient(r#"{"schema":7}"#, &known),
            Err(DocumentError::NewerSchema(7))
        );
        assert_eq!(
            Progress::decode_lenient(r#"{"schema":7,"lessons":[1,2]}"#, &known),
            Err(DocumentError::NewerSchema(7)),
            "a newer structure is newer, not unreadable"
        );
        Ok(())
    }

    #[test]
    fn corrupt_and_newer_documents_are_reported_and_newer_ones_kept() -> Result<(), StoreError> {
        assert!(matches!(
            Progress::decode("{\"lessons\": 3"),
            Err(DocumentError::Corrupt(_))
        ));
        let store = MemoryStore::default();
        let newer = r#"{"schema":5,"lessons":{},"spaced":[]}"#;
        store.write(&storage_key(), newer)?;
        assert_eq!(Progress::load(&store), Err(DocumentError::NewerSchema(5)));
        assert_eq!(
            Progress::default().save(&store),
            Err(DocumentError::NewerSchema(5))
        );
        assert_eq!(store.read(&storage_key())?.as_deref(), Some(newer));
        Ok(())
    }
}
