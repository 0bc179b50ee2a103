//! True-or-false questions: the answer, `true` or `false`.

use super::Site;
use crate::authoring::raw::RawQuestion;
use crate::domain::content::lesson::QuestionKind;

pub(super) fn check(site: &mut Site, q: &RawQuestion) -> Option<QuestionKind> {
    match q.answer {
        Some(answer) => Some(QuestionKind::TrueFalse { answer }),
        None => {
            site.here(format!(
                "question `{}` has no correct answer (`answer = true` or `false`)",
                site.id
            ));
            None
        }
    }
}
