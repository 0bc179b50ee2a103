//! Single- and multiple-choice questions: at least two options, and correct
//! answers among them; a single-choice question has exactly one.

use super::Site;
use crate::authoring::raw::RawQuestion;
use crate::domain::content::lesson::QuestionKind;

pub(super) fn single(site: &mut Site, q: &RawQuestion) -> Option<QuestionKind> {
    let (options, correct) = options_and_correct(site, q);
    if correct.len() > 1 {
        site.here(format!(
            "single-choice question `{}` has {} correct answers; use multiple-choice",
            site.id,
            correct.len()
        ));
    }
    Some(QuestionKind::SingleChoice {
        options,
        correct: correct.into_iter().next().unwrap_or_default(),
    })
}

pub(super) fn multiple(site: &mut Site, q: &RawQuestion) -> Option<QuestionKind> {
    let (options, correct) = options_and_correct(site, q);
    Some(QuestionKind::MultipleChoice { options, correct })
}

/// The option ids, and the correct ones (each checked to be an option).
fn options_and_correct(site: &mut Site, q: &RawQuestion) -> (Vec<String>, Vec<String>) {
    let id = site.id;
    let options = q.options.as_deref().unwrap_or_default();
    if options.len() < 2 {
        site.here(format!("question `{id}` needs at least two `options`"));
    }
    let option_ids = site.ids(options, "option");
    let correct = q.correct.as_deref().unwrap_or_default();
    if correct.is_empty() {
        site.here(format!("question `{id}` has no correct answer (`correct`)"));
    }
    for c in correct {
        if !option_ids.contains(c.get_ref()) {
            site.on(
                c.span(),
                format!(
                    "correct answer `{}` of question `{id}` is not one of its options",
                    c.get_ref()
                ),
            );
        }
    }
    let correct = correct.iter().map(|c| c.get_ref().clone()).collect();
    (option_ids, correct)
}
