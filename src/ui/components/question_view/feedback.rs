use super::question_text::QuestionText;
use crate::domain::content::lesson::QuestionKind;
use crate::domain::learner::scoring::Answer;
use crate::ui::components::BiText;
use crate::ui::i18n::{interface_text, message_args, use_i18n, TextFn};
use leptos::prelude::*;
use std::sync::Arc;

/// What follows an answer (or a closed attempt's unanswered question): the
/// verdict, the feedback of the options chosen, the explanation, and a way
/// to try again where one is offered.
#[component]
pub fn Feedback(
    kind: Arc<QuestionKind>,
    texts: QuestionText,
    /// The answer given, once there is one.
    answer: Signal<Option<Answer>>,
    /// The credit of that answer.
    credit: Memo<Option<f64>>,
    /// Whether no more answers are taken: an unanswered question then says so.
    closed: Signal<bool>,
    /// Offered once answered, to answer again.
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let given = answer.get();
        if given.is_none() && !closed.get() {
            return None;
        }
        let (verdict, state) = match credit.get() {
            Some(c) => (verdict_text(c), verdict_state(c)),
            None => (interface_text("quiz-not-answered"), "unanswered"),
        };
        let chosen_feedback: Vec<AnyView> = given
            .as_ref()
            .map(|a| chosen_feedback(&kind, a, &texts))
            .unwrap_or_default()
            .into_iter()
            .map(|text| {
                view! { <div class="question__option-feedback"><BiText text rich=true/></div> }
                    .into_any()
            })
            .collect();
        let retry = on_retry.filter(|_| given.is_some()).map(|retry| {
            view! {
                <button type="button" class="button button--quiet" on:click=move |_| retry.run(())>
                    {i18n.tr("quiz-try-again")}
                </button>
            }
        });
        Some(view! {
            <div class="question__feedback" data-testid="feedback" data-verdict=state>
                <p class="question__verdict"><BiText text=verdict/></p>
                {chosen_feedback}
                <div class="question__explanation"><BiText text=texts.get("explanation") rich=true/></div>
                {retry}
            </div>
        })
    }
}

/// What screen readers hear on answering: the verdict, then the feedback
/// of the options chosen.
pub fn announcement(credit: f64, feedback: Vec<TextFn>) -> TextFn {
    let verdict = verdict_text(credit);
    Arc::new(move |lang| {
        let mut said = verdict(lang);
        for f in &feedback {
            said.push(' ');
            said.push_str(&f(lang));
        }
        said
    })
}

/// The feedback written for the options an answer chose (single and
/// multiple choice; feedback per option is optional).
pub fn chosen_feedback(kind: &QuestionKind, answer: &Answer, texts: &QuestionText) -> Vec<TextFn> {
    let chosen = match (kind, answer) {
        (QuestionKind::SingleChoice { .. }, Answer::Single(o)) => vec![o.clone()],
        (QuestionKind::MultipleChoice { options, .. }, Answer::Multiple(chosen)) => options
            .iter()
            .filter(|o| chosen.contains(o))
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    chosen
        .into_iter()
        .map(|o| format!("option-{o}-feedback"))
        .filter(|id| texts.exists(id))
        .map(|id| texts.get(&id))
        .collect()
}

/// The verdict for a credit: right, partly right (with the share), wrong.
fn verdict_text(credit: f64) -> TextFn {
    if credit >= 1.0 {
        interface_text("quiz-correct")
    } else if credit > 0.0 {
        let percent = (credit * 100.0 + 1e-9).floor() as u32;
        Arc::new(move |lang| message_args(lang, "quiz-partly", &[("percent", percent.into())]))
    } else {
        interface_text("quiz-incorrect")
    }
}

/// The verdict as `data-verdict` gives it, for styling and tests.
fn verdict_state(credit: f64) -> &'static str {
    if credit >= 1.0 {
        "correct"
    } else if credit > 0.0 {
        "partial"
    } else {
        "wrong"
    }
}
