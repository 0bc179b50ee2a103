//! Short-text questions: accepted answers in each language (trimmed, blank
//! ones dropped), so a learner may answer in either.

use super::Site;
use crate::authoring::raw::RawQuestion;
use crate::domain::content::lesson::{Accepted, QuestionKind};

pub(super) fn check(site: &mut Site, q: &RawQuestion) -> Option<QuestionKind> {
    let mut accepted = Accepted::default();
    for (lang, list, slot) in [
        (
            "English",
            q.accept.as_ref().and_then(|a| a.en.as_ref()),
            &mut accepted.en,
        ),
        (
            "French",
            q.accept.as_ref().and_then(|a| a.fr.as_ref()),
            &mut accepted.fr,
        ),
    ] {
        let answers: Vec<String> = list
            .map(|l| {
                l.iter()
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if answers.is_empty() {
            site.here(format!(
                "short-text question `{}` has no accepted {lang} answer",
                site.id
            ));
        }
        *slot = answers;
    }
    Some(QuestionKind::ShortText { accept: accepted })
}
