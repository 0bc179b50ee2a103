//! One question, of any kind, for checkpoints, lesson exercises and
//! practice alike. `QuestionView` draws the frame (legend, hint, problem,
//! feedback) and hands the answering to the component for its kind.

mod categorising;
mod check_button;
mod choice_buttons;
mod feedback;
mod mark;
mod matching;
mod multiple_choice;
mod ordering;
mod question_text;
mod select_rows;
mod short_text;

use crate::adapters::content::ContentText;
use crate::domain::content::lesson::{Question, QuestionKind};
use crate::domain::learner::draft::{self, Incomplete};
use crate::domain::learner::quiz::display_order;
use crate::domain::learner::scoring::{credit, Answer};
use crate::ui::components::BiText;
use crate::ui::i18n::{use_announcer, use_i18n};
use categorising::Categorising;
use choice_buttons::{single_choice_options, true_false_options, ChoiceButtons};
use feedback::{announcement, chosen_feedback, Feedback};
use leptos::prelude::*;
use matching::Matching;
use multiple_choice::MultipleChoice;
use ordering::Ordering;
use question_text::QuestionText;
use short_text::ShortText;
use std::sync::Arc;

// The question knows nothing of attempts or storage: it is given the answer
// (once there is one) and reports the learner's answer; the caller scores,
// keeps and re-offers it. Answers are ids, and every text is looked up in
// the current language when drawn, so a language switch re-renders the
// question and its feedback in place and never changes an answer.

/// What every kind's controls share. The signals are erased (one type
/// each), so that the view code reading them is compiled once however many
/// controls use them: this keeps the wasm small.
#[derive(Clone, Copy)]
struct Controls {
    /// The answer given, once there is one.
    answer: Signal<Option<Answer>>,
    /// Whether no more answers are taken (answered, or a closed attempt).
    locked: Signal<bool>,
    /// `"true"` when locked, for `aria-disabled`: buttons stay focusable.
    aria_locked: Signal<Option<&'static str>>,
    /// Called with the learner's draft: answers if it is complete, else
    /// says what is missing.
    on_check: Callback<Answer>,
}

/// One question: its text, a way to answer it for its kind, and once
/// answered, what was right and wrong, the feedback for the options chosen
/// and the explanation, announced to screen readers.
#[component]
pub fn QuestionView(
    /// The question and its answer key.
    question: Question,
    /// Its text (a lesson's or a module's).
    text: Arc<ContentText>,
    /// Shuffles its options (an attempt's seed).
    seed: u64,
    /// The element id, unique on the page.
    anchor: String,
    /// The answer given, once there is one (tracked).
    answer: Signal<Option<Answer>>,
    /// Called with the learner's answer.
    on_answer: Callback<Answer>,
    /// Whether no more answers are taken (a finished attempt).
    #[prop(optional, into)]
    closed: Signal<bool>,
    /// Offered once answered, to answer again (exercises and practice).
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
    /// "Question 2 of 8".
    #[prop(optional)]
    number: Option<(usize, usize)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let announcer = use_announcer();
    let texts = QuestionText::new(text, &question.id);
    let kind = Arc::new(question.kind.clone());
    let locked = Signal::derive(move || answer.with(Option::is_some) || closed.get());
    let aria_locked = Signal::derive(move || locked.get().then_some("true"));
    let problem = RwSignal::new(None::<&'static str>);
    let order = display_order(&question, seed);
    // The credit of the answer given, computed once per answer: the
    // verdict, its announcement and the accepted answer all read it.
    let judged = {
        let kind = Arc::clone(&kind);
        Memo::new(move |_| answer.with(|a| a.as_ref().map(|a| credit(&kind, a))))
    };

    let give = {
        let (kind, texts) = (Arc::clone(&kind), texts.clone());
        move |a: Answer| {
            if locked.get_untracked() {
                return;
            }
            problem.set(None);
            let feedback = chosen_feedback(&kind, &a, &texts);
            on_answer.run(a.clone());
            // The caller keeps the answer at once, and `judged` scores it;
            // one it did not keep is scored here, to be announced all the
            // same. (The announcement is made on the next frame.)
            let kept = answer.with_untracked(|now| now.as_ref() == Some(&a));
            let credit = judged
                .get_untracked()
                .filter(|_| kept)
                .unwrap_or_else(|| credit(&kind, &a));
            if let Some(announcer) = announcer {
                announcer.announce_text(announcement(credit, feedback));
            }
        }
    };
    let on_check = {
        let kind = Arc::clone(&kind);
        Callback::new(move |a: Answer| match draft::ready(&kind, &a) {
            Ok(()) => give(a),
            Err(missing) => problem.set(Some(problem_message(missing))),
        })
    };
    let controls = Controls {
        answer,
        locked,
        aria_locked,
        on_check,
    };

    let (hint, body): (&'static str, AnyView) = match question.kind.clone() {
        QuestionKind::SingleChoice { correct, .. } => (
            "quiz-hint-single",
            view! { <ChoiceButtons options=single_choice_options(&order, &correct, &texts) controls/> }.into_any(),
        ),
        QuestionKind::TrueFalse { answer: truth } => (
            "quiz-hint-true-false",
            view! { <ChoiceButtons options=true_false_options(truth) controls/> }.into_any(),
        ),
        QuestionKind::MultipleChoice { correct, .. } => (
            "quiz-hint-multiple",
            view! { <MultipleChoice order correct texts=texts.clone() controls/> }.into_any(),
        ),
        QuestionKind::ShortText { accept } => (
            "quiz-hint-text",
            view! { <ShortText accept anchor=anchor.clone() credit=judged controls/> }.into_any(),
        ),
        QuestionKind::Matching { pairs } => (
            "quiz-hint-matching",
            view! { <Matching pairs order texts=texts.clone() anchor=anchor.clone() controls/> }.into_any(),
        ),
        QuestionKind::Categorising { categories, items } => (
            "quiz-hint-categorising",
            view! { <Categorising categories items order texts=texts.clone() anchor=anchor.clone() controls/> }
                .into_any(),
        ),
        QuestionKind::Ordering { items } => (
            "quiz-hint-ordering",
            view! { <Ordering items order texts=texts.clone() anchor=anchor.clone() controls/> }.into_any(),
        ),
    };

    let hint_id = format!("{anchor}-hint");
    let hint_ref = hint_id.clone();
    let legend_number = number.map(|(n, total)| {
        view! {
            <span class="question__number">
                {move || {
                    i18n.t_args("quiz-question-number", &[("number", (n).into()), ("total", (total).into())])
                }}
            </span>
        }
    });

    view! {
        <fieldset class="question" id=anchor tabindex="-1" data-question-id=question.id.clone() data-kind=question.kind.id()
            aria-describedby=hint_ref>
            <legend class="question__legend">
                {legend_number}
                <span class="question__text"><BiText text=texts.get("")/></span>
            </legend>
            <p class="question__hint" id=hint_id>{i18n.tr(hint)}</p>
            {body}
            <p class="question__problem" aria-live="assertive">{Signal::derive(move || problem.get().map(|id| i18n.t(id)))}</p>
            <Feedback kind texts answer credit=judged closed on_retry/>
        </fieldset>
    }
}

/// What the learner is told when Check finds the draft incomplete.
fn problem_message(missing: Incomplete) -> &'static str {
    match missing {
        Incomplete::NothingChosen => "quiz-problem-choose",
        Incomplete::NothingTyped => "quiz-problem-type",
        Incomplete::LineLeft => "quiz-problem-every",
    }
}
