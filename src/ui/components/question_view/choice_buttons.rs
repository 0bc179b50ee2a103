use super::mark::{mark_view, Mark};
use super::question_text::QuestionText;
use super::Controls;
use crate::domain::learner::scoring::Answer;
use crate::ui::components::BiText;
use crate::ui::i18n::{interface_text, use_i18n, TextFn};
use leptos::prelude::*;

/// One option of a single choice or true/false question.
pub struct ChoiceOption {
    /// Its id (`data-option`).
    id: String,
    /// The answer choosing it gives.
    value: Answer,
    label: TextFn,
    correct: bool,
}

/// A single choice question's options, in the order shown.
pub fn single_choice_options(
    order: &[String],
    correct: &str,
    texts: &QuestionText,
) -> Vec<ChoiceOption> {
    order
        .iter()
        .map(|o| ChoiceOption {
            id: o.clone(),
            value: Answer::Single(o.clone()),
            label: texts.get(&format!("option-{o}")),
            correct: o == correct,
        })
        .collect()
}

/// True, then false.
pub fn true_false_options(truth: bool) -> Vec<ChoiceOption> {
    [true, false]
        .into_iter()
        .map(|v| ChoiceOption {
            id: v.to_string(),
            value: Answer::TrueFalse(v),
            label: interface_text(if v { "quiz-true" } else { "quiz-false" }),
            correct: v == truth,
        })
        .collect()
}

/// Single choice and true/false: one button per option; a click answers.
/// The chosen one stays pressed, and once answered each is marked.
#[component]
pub fn ChoiceButtons(
    options: Vec<ChoiceOption>,
    /// A click answers with its option (see [`Controls`]).
    controls: Controls,
) -> impl IntoView {
    let i18n = use_i18n();
    let items: Vec<AnyView> = options
        .into_iter()
        .map(|option| {
            let ChoiceOption {
                id,
                value,
                label,
                correct,
            } = option;
            let this = value.clone();
            let chosen = move || controls.answer.with(|a| a.as_ref() == Some(&this));
            let mark = {
                let chosen = chosen.clone();
                move || {
                    controls.answer
                        .with(Option::is_some)
                        .then(|| Mark::of(chosen(), correct))
                        .and_then(Mark::message_id)
                        .map(|id| i18n.t(id))
                }
            };
            view! {
                <li class="choice" data-option=id>
                    <button type="button" class="choice__button" aria-pressed=Signal::derive(move || chosen().to_string())
                        aria-disabled=controls.aria_locked
                        on:click=move |_| controls.on_check.run(value.clone())>
                        <BiText text=label/>
                        {mark_view(Signal::derive(mark))}
                    </button>
                </li>
            }
            .into_any()
        })
        .collect();
    view! { <ul class="choices">{items}</ul> }
}
