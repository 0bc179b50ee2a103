use super::question_text::QuestionText;
use super::select_rows::{Choice, Line, SelectRows};
use super::Controls;
use crate::domain::content::lesson::Pair;
use crate::domain::learner::scoring::Answer;
use leptos::prelude::*;

/// Matching: each left item, in the order written, paired with one of the
/// right items, offered in the order shown.
#[component]
pub fn Matching(
    pairs: Vec<Pair>,
    /// The right item ids, in the order shown.
    order: Vec<String>,
    texts: QuestionText,
    /// The question's element id.
    anchor: String,
    controls: Controls,
) -> impl IntoView {
    let choices = order
        .into_iter()
        .map(|r| Choice {
            label: texts.get(&format!("right-{r}")),
            id: r,
        })
        .collect();
    let lines = pairs
        .into_iter()
        .map(|p| Line {
            label: texts.get(&format!("left-{}", p.left)),
            id: p.left,
            correct: p.right,
        })
        .collect();
    view! {
        <SelectRows anchor lines choices to_answer=Answer::Matching controls/>
    }
}
