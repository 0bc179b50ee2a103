//! Results as xAPI 1.0.3 statements, so that an organisation can feed a
//! learner's result file to any Learning Record Store.
//!
//! For each assigned module, each attempt gives:
//! - `attempted` the checkpoint (at its start);
//! - `answered` for each question answered: a `cmi.interaction` activity
//!   with its choices in English and French, the learner's response in the
//!   interaction's format, and its credit as the scaled score;
//! - `passed` or `failed` once finished, against the assignment's pass mark,
//!   with the score, success, completion and duration.
//!
//! Each lesson completed gives `completed`. Every statement carries the
//! assignment: its id as the registration (when it is a UUID, as the
//! trainer's page makes them) and in an extension, and the assignment as a
//! grouping activity. Activity ids live under the site's origin.

mod builder;
mod model;

/// Where an extension's IRI ends (under `<origin>/xapi/`): the checkpoint
/// attempt a statement belongs to (context), the questions it drew
/// (result, on `passed` or `failed`), and that an answer was practice in
/// spaced review (context, `review`).
pub const ATTEMPT_EXTENSION: &str = "extensions/attempt";
pub const ASKED_EXTENSION: &str = "extensions/asked";
pub const CONTEXT_EXTENSION: &str = "extensions/context";

use crate::domain::content::catalog::Catalog;
use crate::domain::content::lesson::Checkpoint;
use crate::domain::shared::language::Lang;
use crate::domain::trainer::results::Results;

use builder::Builder;
pub use model::Statement;
use model::{localized, LangMap, Outcome, VerbKind};

/// A UUID in version 4 layout from 128 bits (random ones make a version 4
/// UUID proper: the trainer's page makes assignment ids so).
pub fn uuid(hi: u64, lo: u64) -> String {
    let hi = (hi & !0xf000) | 0x4000;
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

/// Whether `text` is a UUID as xAPI writes them (lower-case hex).
pub fn is_uuid(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit() && !c.is_ascii_uppercase(),
        })
}

/// Everything the statements are made from.
pub struct Sources<'a> {
    pub catalog: &'a Catalog,
    /// A module's checkpoint, when it could be loaded.
    pub checkpoint: &'a dyn Fn(&str) -> Option<Checkpoint>,
    /// A module's checkpoint text: `(module, language, message id)`.
    pub text: &'a dyn Fn(&str, Lang, &str) -> Option<String>,
    /// The site's origin, such as `https://savoir.example.org`.
    pub origin: &'a str,
}

/// The statements for a learner's results.
pub fn statements(results: &Results, sources: &Sources) -> Vec<Statement> {
    let builder = Builder { sources, results };
    let mut out = Vec::new();
    for module in &results.modules {
        for attempt in &module.attempts {
            builder.attempt(&module.module, attempt, &mut out);
        }
        builder.reviews(&module.module, &module.reviews, &mut out);
    }
    for lesson in results
        .lessons
        .iter()
        .filter(|l| l.status == crate::domain::trainer::assigned::Status::Completed)
    {
        let title = sources
            .catalog
            .module(&lesson.module)
            .and_then(|m| m.lessons.iter().find(|l| l.id == lesson.lesson))
            .map(|l| localized(&l.title))
            .unwrap_or_default();
        let activity = builder.activity(
            &format!("modules/{}/lessons/{}", lesson.module, lesson.lesson),
            "lesson",
            title,
            LangMap::default(),
        );
        let result = Outcome {
            completion: Some(true),
            ..Outcome::default()
        };
        out.push(builder.statement(
            VerbKind::Completed,
            activity,
            Some(result),
            builder.context(None, None),
            lesson.updated,
        ));
    }
    out
}

/// The statements as JSON, for [`Results::to_file`].
pub fn statements_json(results: &Results, sources: &Sources) -> String {
    serde_json::to_string(&statements(results, sources)).unwrap_or_else(|_| "[]".into())
}
