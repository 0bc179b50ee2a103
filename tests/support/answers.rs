//! Which answer a test gives to a question, by ids: shared by the
//! end-to-end journeys (which then give it with clicks and typing) and the
//! host tests of result files (which record it directly).

use savoir::domain::content::lesson::{Question, QuestionKind};
use savoir::domain::learner::scoring::Answer;

/// The answer key's answer (`right`), or a wrong one: another option; only
/// the first right option of several (partial credit); the other truth
/// value; "27002" for free text (the right one is the first French accepted
/// answer, whatever the page's language); each left item with the next
/// pair's right item; each item in another category; the items in reverse
/// order (the end-to-end journeys leave a wrong order as shown instead).
pub fn planned(q: &Question, right: bool) -> Answer {
    match &q.kind {
        QuestionKind::SingleChoice { options, correct } => Answer::Single(if right {
            correct.clone()
        } else {
            options
                .iter()
                .find(|o| *o != correct)
                .cloned()
                .unwrap_or_default()
        }),
        QuestionKind::MultipleChoice { correct, .. } => Answer::Multiple(
            correct
                .iter()
                .take(if right { correct.len() } else { 1 })
                .cloned()
                .collect(),
        ),
        QuestionKind::TrueFalse { answer } => Answer::TrueFalse(*answer == right),
        QuestionKind::ShortText { accept } => Answer::Text(if right {
            accept.fr.first().cloned().unwrap_or_default()
        } else {
            "27002".into()
        }),
        QuestionKind::Matching { pairs } => Answer::Matching(
            pairs
                .iter()
                .enumerate()
                .map(|(n, p)| {
                    let r = if right { n } else { (n + 1) % pairs.len() };
                    (p.left.clone(), pairs[r].right.clone())
                })
                .collect(),
        ),
        QuestionKind::Ordering { items } => {
            let mut order = items.clone();
            if !right {
                order.reverse();
            }
            Answer::Ordering(order)
        }
        QuestionKind::Categorising { items, categories } => Answer::Categorising(
            items
                .iter()
                .map(|i| {
                    let pick = if right {
                        Some(&i.category)
                    } else {
                        categories.iter().find(|c| **c != i.category)
                    };
                    (i.id.clone(), pick.cloned().unwrap_or_default())
                })
                .collect(),
        ),
    }
}
