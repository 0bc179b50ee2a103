//! Progress files: how a learner keeps their work beyond the browser's
//! storage (which a browser may clear) and brings it back, on this device or
//! another.
//!
//! A file is JSON: a `format` name, the `schema` of the progress inside, when
//! it was exported, a `checksum`, the progress document itself and the
//! learner's preferences. The checksum (FNV-1a over the progress and the
//! preferences as this app writes them) catches a file that was damaged or
//! edited by hand; it is not a signature, and a file says nothing a learner
//! did not choose to save.
//!
//! [`import`] checks everything before anything changes, and tells apart a
//! file that is not JSON, cut short, not a progress file, holding invalid
//! values, edited after export, or from a newer version ([`ImportError`]).
//! The data page (`ui/pages/settings.rs`) then shows what the file holds
//! ([`Summary`]) and replaces what is here, or merges it (`Progress::absorb`:
//! per lesson the copy changed last, attempts answer by answer, mistakes by
//! the later time).

use crate::domain::learner::preferences::Preferences;
use crate::domain::learner::progress::{Progress, SCHEMA};
use crate::domain::learner::quiz::fnv1a;
use crate::domain::shared::language::Lang;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The latest date JavaScript can represent, in milliseconds since 1970.
pub const MAX_DATE: u64 = 8_640_000_000_000_000;

/// The largest progress file read, in bytes: far more than a whole course's
/// progress; a larger file is something else, and is not even read.
pub const MAX_FILE: u64 = 20 * 1024 * 1024;

/// What every progress file says it is.
pub const FORMAT: &str = "savoir-progress";

/// Why a file cannot be imported. Nothing is changed when import fails.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is not JSON: {0}")]
    NotJson(String),
    #[error("the file is cut short")]
    Truncated,
    #[error("the file is not a Savoir progress file")]
    Foreign,
    #[error("the file's contents are not valid: {0}")]
    Invalid(String),
    #[error("the file was changed after it was exported")]
    Tampered,
    #[error("the file was written by a newer version (schema {0})")]
    NewerSchema(u32),
}

impl ImportError {
    /// The interface message that explains this error to a learner.
    pub fn message_id(&self) -> &'static str {
        match self {
            ImportError::NotJson(_) => "import-error-not-json",
            ImportError::Truncated => "import-error-truncated",
            ImportError::Foreign => "import-error-foreign",
            ImportError::Invalid(_) => "import-error-invalid",
            ImportError::Tampered => "import-error-tampered",
            ImportError::NewerSchema(_) => "import-error-newer",
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    schema: u32,
    exported: u64,
    checksum: String,
    progress: &'a Progress,
    preferences: PreferencesFile,
}

/// The learner's preferences as a file carries them.
#[derive(Serialize, Deserialize)]
struct PreferencesFile {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    bilingual: bool,
    /// The desired retention of spaced review; a value out of range, or
    /// not a whole number, reads as the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retention: Option<serde_json::Value>,
}

impl PreferencesFile {
    fn of(p: &Preferences) -> PreferencesFile {
        PreferencesFile {
            lang: p.lang.map(|l| l.tag().to_owned()),
            bilingual: p.bilingual,
            retention: p.retention.map(serde_json::Value::from),
        }
    }

    fn read(&self) -> Preferences {
        use crate::domain::learner::review::RETENTION_RANGE;
        Preferences {
            lang: self.lang.as_deref().and_then(Lang::from_tag),
            bilingual: self.bilingual,
            retention: self
                .retention
                .as_ref()
                .and_then(serde_json::Value::as_u64)
                .and_then(|n| u8::try_from(n).ok())
                .filter(|n| RETENTION_RANGE.contains(n)),
        }
    }
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: String,
}

#[derive(Deserialize)]
struct FileIn {
    schema: u32,
    #[serde(default)]
    exported: u64,
    checksum: String,
    progress: Progress,
    #[serde(default)]
    preferences: Option<PreferencesFile>,
}

fn checksum(progress: &Progress, preferences: &Preferences) -> String {
    checksum_of(&progress.encode(), preferences)
}

fn checksum_of(progress: &str, preferences: &Preferences) -> String {
    let text = format!("{progress}\n{}", preferences.encode());
    format!("{:016x}", fnv1a(&text))
}

/// The progress as a build writing `schema` encoded it: this build's text
/// with that schema number. The fields each schema added are left out when
/// empty, so an older file's progress, read into this build's types,
/// encodes as it was written, and its checksum still holds.
fn as_written(progress: &Progress, schema: u32) -> String {
    progress.encode().replacen(
        &format!("{{\"schema\":{SCHEMA},"),
        &format!("{{\"schema\":{schema},"),
        1,
    )
}

/// The file for a learner's progress and preferences, exported at `now`.
pub fn export(progress: &Progress, preferences: &Preferences, now: u64) -> String {
    let normalised = Progress::decode(&progress.encode()).unwrap_or_else(|_| progress.clone());
    let file = FileOut {
        format: FORMAT,
        schema: SCHEMA,
        exported: now,
        checksum: checksum(&normalised, preferences),
        progress: &normalised,
        preferences: PreferencesFile::of(preferences),
    };
    // Compact: a pretty printer would compile every serialiser a second time.
    serde_json::to_string(&file).unwrap_or_default()
}

/// A file that passed every check, ready to preview and to apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub progress: Progress,
    pub preferences: Preferences,
    /// When it was exported (milliseconds since 1970).
    pub exported: u64,
    /// Parts of the file this version of the course cannot use (a lesson or
    /// module it lacks, an impossible score), left out by the same rules as
    /// stored progress, so that nothing is imported that the next start
    /// would drop.
    pub dropped: usize,
}

/// What a file holds, for the learner to see before applying it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub lessons_started: usize,
    pub lessons_completed: usize,
    pub reflections: usize,
    pub attempts_finished: usize,
    /// Questions with answers kept for spaced review.
    pub reviewed: usize,
    /// Controls with a decision in the workbook.
    pub controls_decided: usize,
}

impl Summary {
    pub fn of(progress: &Progress) -> Summary {
        let lessons = progress.lessons.values();
        Summary {
            lessons_started: lessons.clone().count(),
            lessons_completed: lessons.clone().filter(|l| l.is_complete()).count(),
            reflections: lessons.filter(|l| l.has_reflection()).count(),
            attempts_finished: progress
                .attempts
                .values()
                .filter(|a| a.finished.is_some())
                .count(),
            reviewed: progress.reviews.len(),
            controls_decided: progress.workbook.decided(),
        }
    }
}

/// Reads a progress file: never panics, whatever the input; every check
/// passes or nothing is returned. What this version of the course cannot
/// use (`known`, as for stored progress) is left out and counted.
pub fn import(
    text: &str,
    known: &dyn Fn(&str, Option<&str>) -> bool,
) -> Result<Imported, ImportError> {
    let describe = |e: serde_json::Error| {
        if crate::domain::shared::json::cut_short(text, &e) {
            ImportError::Truncated
        } else {
            ImportError::NotJson(e.to_string())
        }
    };
    let head: Head = match serde_json::from_str(text) {
        Ok(head) => head,
        Err(e) if e.is_data() => return Err(ImportError::Foreign),
        Err(e) => return Err(describe(e)),
    };
    if head.format != FORMAT {
        return Err(ImportError::Foreign);
    }
    let file: FileIn = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ImportError::Invalid(e.to_string())
        } else {
            describe(e)
        }
    })?;
    if file.schema > SCHEMA {
        return Err(ImportError::NewerSchema(file.schema));
    }
    // A date no browser can show is no export of ours.
    if file.exported > MAX_DATE {
        return Err(ImportError::Invalid(format!(
            "exported at {}",
            file.exported
        )));
    }
    // Checked as the exporting build wrote it, whatever schema the file
    // claims: a changed number must not let a changed document through.
    let stated = as_written(&file.progress, file.schema);
    let preferences = file
        .preferences
        .as_ref()
        .map(PreferencesFile::read)
        .unwrap_or_default();
    Progress::decode(&stated).map_err(|e| ImportError::Invalid(e.to_string()))?;
    if checksum_of(&stated, &preferences) != file.checksum {
        return Err(ImportError::Tampered);
    }
    // The loader's own rules (and its migrations: an older file's mistakes
    // start its review logs), so that the next start keeps all of it.
    let (progress, dropped) = Progress::decode_lenient(&stated, known)
        .map_err(|e| ImportError::Invalid(e.to_string()))?;
    Ok(Imported {
        progress,
        preferences,
        exported: file.exported,
        dropped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::learner::quiz::Attempt;
    use crate::domain::learner::scoring::Answer;
    use crate::domain::shared::language::Lang;

    fn sample() -> Progress {
        let mut p = Progress::default();
        p.update_lesson("m", "a", 10, |l| {
            l.reflection = "« Oui », dit-elle.\n\"quoted\"".into();
            l.reached_end = true;
            l.exercise = Some(Answer::Ordering(vec!["x".into(), "y".into()]));
        });
        p.update_lesson("m", "b", 11, |l| l.skipped = true);
        p.set_place("m", "a", Some("block-scope".into()));
        let fresh = Attempt::new("m", 42, 100);
        p.answer_attempt(&fresh, "q1", Answer::Text("SMSI".into()), Lang::En);
        p.practised("m", "q2", false, 120);
        p.reviewed(
            &crate::domain::learner::review::Item::Checkpoint {
                module: "m".into(),
                question: "q2".into(),
            },
            false,
            crate::domain::learner::review::Context::Checkpoint,
            120,
        );
        p.workbook.set("8.15", 130, |e| {
            e.applicable = Some(crate::domain::learner::soa::Applicability::Applicable);
            e.owner = "SOC".into();
        });
        p
    }

    #[test]
    fn an_import_leaves_out_what_the_loader_would_drop_and_says_how_much() -> Result<(), ImportError>
    {
        // A genuine file (its checksum right) from another version of the
        // course: a lesson this one lacks, and a score no checkpoint gives.
        let mut p = sample();
        p.update_lesson("retired", "gone", 12, |l| l.reached_end = true);
        let mut odd = Attempt::new("m", 7, 130);
        odd.percent = Some(255);
        p.put_attempt(odd);
        let file = export(&p, &Preferences::default(), 1_700_000_000_000);
        let known = |module: &str, _: Option<&str>| module == "m";
        let back = import(&file, &known)?;
        assert_eq!(back.dropped, 2);
        assert!(!back.progress.lessons.contains_key("retired/gone"));
        assert!(back
            .progress
            .attempts
            .values()
            .all(|a| a.percent.is_none_or(|x| x <= 100)));
        assert_eq!(back.progress.lessons.len(), 2, "the rest is kept");
        // What is imported is what the next start reads, whole.
        let (again, dropped) = Progress::decode_lenient(&back.progress.encode(), &known)
            .map_err(|e| ImportError::Invalid(e.to_string()))?;
        assert_eq!((again, dropped), (back.progress, 0));
        Ok(())
    }

    #[test]
    fn export_then_import_gives_the_same_state_byte_for_byte() -> Result<(), ImportError> {
        let p = sample();
        let prefs = Preferences {
            lang: Some(Lang::Fr),
            bilingual: true,
            retention: None,
        };
        let file = export(&p, &prefs, 1_700_000_000_000);
        let back = import(&file, &|_, _| true)?;
        assert_eq!(back.preferences, prefs);
        assert_eq!(back.exported, 1_700_000_000_000);
        assert_eq!(back.progress.encode(), p.encode());
        assert_eq!(
            export(&back.progress, &back.preferences, 1_700_000_000_000),
            file
        );
        let summary = Summary::of(&back.progress);
        assert_eq!(
            (
                summary.lessons_started,
                summary.reflections,
                summary.reviewed,
                summary.controls_decided
            ),
            (2, 1, 1, 1)
        );
        Ok(())
    }

    #[test]
    fn a_file_from_the_previous_schema_still_imports_and_migrates() -> Result<(), ImportError> {
        // Schema 3 wrote the same text as this build for a progress with no
        // review logs, but with its own number, and summed it so.
        let mut p = sample();
        p.reviews.clear();
        let prefs = Preferences::default();
        let stated = as_written(&p, 3);
        assert!(stated.starts_with("{\"schema\":3,"));
        let file = format!(
            "{{\"format\":\"{FORMAT}\",\"schema\":3,\"exported\":5,\"checksum\":\"{}\",\"progress\":{stated},\"preferences\":{{\"lang\":null,\"bilingual\":false}}}}",
            checksum_of(&stated, &prefs)
        );
        let imported = import(&file, &|_, _| true)?;
        // Its mistake (q2 wrong) starts a review log.
        let logs: Vec<&String> = imported.progress.reviews.keys().collect();
        assert_eq!(logs, ["m/q2"]);
        // The same file with a changed answer is still refused.
        let changed = file.replacen("SMSI", "ISMS", 1);
        assert_eq!(import(&changed, &|_, _| true), Err(ImportError::Tampered));
        // And one claiming this schema with the old sum.
        let renumbered = file.replace("\"schema\":3,", &format!("\"schema\":{SCHEMA},"));
        assert_eq!(
            import(&renumbered, &|_, _| true),
            Err(ImportError::Tampered)
        );
        // The desired retention travels with the file; an odd value is no
        // crash and no unreadable file: it reads as the default, so the sum
        // no longer holds.
        let chosen = Preferences {
            retention: Some(80),
            ..Preferences::default()
        };
        let file = export(&sample(), &chosen, 5);
        assert_eq!(import(&file, &|_, _| true)?.preferences.retention, Some(80));
        for odd in ["300", "\"80\"", "80.5"] {
            let forged = file.replace("\"retention\":80", &format!("\"retention\":{odd}"));
            assert_eq!(
                import(&forged, &|_, _| true),
                Err(ImportError::Tampered),
                "{odd}"
            );
        }
        Ok(())
    }

    #[test]
    fn broken_foreign_and_tampered_files_are_refused() {
        let file = export(&sample(), &Preferences::default(), 5);
        let this_schema = format!("\"schema\":{SCHEMA},\"exported\"");
        assert!(file.contains(&this_schema));
        type Expect = fn(&ImportError) -> bool;
        let cases: Vec<(String, Expect)> = vec![
            ("".into(), |e| matches!(e, ImportError::Truncated)),
            (file[..file.len() / 2].into(), |e| {
                matches!(e, ImportError::Truncated)
            }),
            ("not json at all".into(), |e| {
                matches!(e, ImportError::NotJson(_))
            }),
            ("[1, 2, 3]".into(), |e| matches!(e, ImportError::Foreign)),
            (r#"{"name": "a spreadsheet"}"#.into(), |e| {
                matches!(e, ImportError::Foreign)
            }),
            (file.replace(FORMAT, "other-app"), |e| {
                matches!(e, ImportError::Foreign)
            }),
            (file.replace("SMSI", "ISMS"), |e| {
                matches!(e, ImportError::Tampered)
            }),
            (
                file.replace("\"owner\":\"SOC\"", "\"owner\":\"Eve\""),
                |e| matches!(e, ImportError::Tampered),
            ),
            (file.replace("\"skipped\":true", "\"skipped\":false"), |e| {
                matches!(e, ImportError::Tampered)
            }),
            (
                file.replace(&this_schema, "\"schema\":9,\"exported\""),
                |e| matches!(e, ImportError::NewerSchema(9)),
            ),
            (
                file.replace("\"bilingual\":false", "\"bilingual\":true"),
                |e| matches!(e, ImportError::Tampered),
            ),
            (
                file.replace("\"reached_end\":true", "\"reached_end\":\"yes\""),
                |e| matches!(e, ImportError::Invalid(_)),
            ),
            (
                file.replace(&this_schema, "\"schema\":1,\"exported\"")
                    .replace("SMSI", "ISMS"),
                |e| matches!(e, ImportError::Tampered),
            ),
            (
                file.replace("\"exported\":5,", "\"exported\":9000000000000000000,"),
                |e| matches!(e, ImportError::Invalid(_)),
            ),
        ];
        for (text, expected) in cases {
            let result = import(&text, &|_, _| true);
            assert!(
                matches!(&result, Err(e) if expected(e)),
                "{result:?} for {}",
                &text[..text.len().min(60)]
            );
        }
    }
}
