//! Questions, in a checkpoint's pool or as a lesson's exercise: one checker
//! per kind (in `questions/`), and what every kind shares: a `kind`, and no
//! field that only another kind uses.

#[path = "questions/categorising.rs"]
mod categorising;
#[path = "questions/choice.rs"]
mod choice;
#[path = "questions/matching.rs"]
mod matching;
#[path = "questions/ordering.rs"]
mod ordering;
#[path = "questions/short_text.rs"]
mod short_text;
#[path = "questions/true_false.rs"]
mod true_false;

use crate::authoring::fluent::Origins;
use crate::authoring::manifest::{check_ids, Ctx};
use crate::authoring::raw::RawQuestion;
use crate::authoring::report::Report;
use crate::domain::content::lesson::{Question, QuestionKind};
use std::ops::Range;
use toml::Spanned;

/// A question being checked: where it is written, and where its mistakes
/// and the lines of its ids go. Each kind's checker gets one.
struct Site<'a, 'c> {
    report: &'a mut Report,
    ctx: &'a Ctx<'c>,
    origins: &'a mut Origins,
    /// The question's id, as mistakes name it.
    id: &'a str,
    /// The question's first line, blamed for what is missing.
    at: usize,
}

impl Site<'_, '_> {
    /// A mistake on the question's first line.
    fn here(&mut self, cause: impl Into<String>) {
        self.report.add(self.ctx.path, self.at, cause);
    }

    /// A mistake on the line where `span` starts.
    fn on(&mut self, span: Range<usize>, cause: impl Into<String>) {
        let line = self.ctx.line(span);
        self.report.add(self.ctx.path, line, cause);
    }

    /// Checks a list of ids (valid, none twice) and notes where each was
    /// written, so that a missing text points at it.
    fn ids(&mut self, ids: &[Spanned<String>], what: &str) -> Vec<String> {
        self.origins.note_all(ids, self.ctx.source);
        check_ids(self.report, self.ctx, ids, what)
    }
}

/// The fields a question may carry, and whether this one does.
fn fields(q: &RawQuestion) -> [(&'static str, bool); 7] {
    [
        ("options", q.options.is_some()),
        ("correct", q.correct.is_some()),
        ("answer", q.answer.is_some()),
        ("accept", q.accept.is_some()),
        ("pairs", q.pairs.is_some()),
        ("items", q.items.is_some()),
        ("categories", q.categories.is_some()),
    ]
}

/// Checks a question of any kind; `None` when it cannot be compiled.
pub(super) fn check_question(
    report: &mut Report,
    ctx: &Ctx,
    raw: &Spanned<RawQuestion>,
    id: String,
    origins: &mut Origins,
) -> Option<Question> {
    let at = ctx.line(raw.span());
    let q = raw.get_ref();
    let Some(kind) = &q.kind else {
        report.add(ctx.path, at, format!("question `{id}` has no `kind`"));
        return None;
    };
    let mut site = Site {
        report,
        ctx,
        origins,
        id: &id,
        at,
    };
    let (used, checked): (&[&str], Option<QuestionKind>) = match kind.get_ref().as_str() {
        "single-choice" => (&["options", "correct"], choice::single(&mut site, q)),
        "multiple-choice" => (&["options", "correct"], choice::multiple(&mut site, q)),
        "true-false" => (&["answer"], true_false::check(&mut site, q)),
        "short-text" => (&["accept"], short_text::check(&mut site, q)),
        "matching" => (&["pairs"], matching::check(&mut site, q)),
        "ordering" => (&["items"], ordering::check(&mut site, q)),
        "categorising" => (&["categories", "items"], categorising::check(&mut site, q)),
        other => {
            site.on(
                kind.span(),
                format!("unknown question kind `{other}`: use single-choice, multiple-choice, true-false, short-text, matching, ordering or categorising"),
            );
            return None;
        }
    };
    if checked.is_some() {
        for (field, present) in fields(q) {
            if present && !used.contains(&field) {
                site.here(format!(
                    "`{field}` is not used by {} questions (question `{id}`)",
                    kind.get_ref()
                ));
            }
        }
    }
    checked.map(|kind| Question { id, kind })
}
