use super::question_text::QuestionText;
use super::select_rows::{Choice, Line, SelectRows};
use super::Controls;
use crate::domain::content::lesson::Categorised;
use crate::domain::learner::scoring::Answer;
use leptos::prelude::*;

/// Categorising: each item, in the order shown, put in one of the
/// categories, offered in the order written.
#[component]
pub fn Categorising(
    categories: Vec<String>,
    items: Vec<Categorised>,
    /// The item ids, in the order shown.
    order: Vec<String>,
    texts: QuestionText,
    /// The question's element id.
    anchor: String,
    controls: Controls,
) -> impl IntoView {
    let choices = categories
        .into_iter()
        .map(|c| Choice {
            label: texts.get(&format!("category-{c}")),
            id: c,
        })
        .collect();
    let lines = order
        .iter()
        .filter_map(|id| items.iter().find(|i| i.id == *id))
        .map(|i| Line {
            id: i.id.clone(),
            label: texts.get(&format!("item-{}", i.id)),
            correct: i.category.clone(),
        })
        .collect();
    view! {
        <SelectRows anchor lines choices to_answer=Answer::Categorising controls/>
    }
}
