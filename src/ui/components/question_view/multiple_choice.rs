use super::check_button::CheckButton;
use super::mark::{mark_view, Mark};
use super::question_text::QuestionText;
use super::Controls;
use crate::domain::learner::scoring::Answer;
use crate::ui::components::BiText;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Multiple choice: a checkbox per option, then Check. The ticks are the
/// draft; they start from the answer given, if any, and stay as they were
/// when the learner tries again.
#[component]
pub fn MultipleChoice(
    /// The option ids, in the order shown.
    order: Vec<String>,
    /// The correct option ids.
    correct: Vec<String>,
    texts: QuestionText,
    controls: Controls,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(match controls.answer.get_untracked() {
        Some(Answer::Multiple(ids)) => ids,
        _ => Vec::new(),
    });
    let items = order
        .into_iter()
        .map(|o| {
            let is_correct = correct.contains(&o);
            let label = texts.get(&format!("option-{o}"));
            let mark = {
                let o = o.clone();
                move || {
                    controls.answer.with(|a| match a {
                        Some(Answer::Multiple(c)) => {
                            Mark::of(c.contains(&o), is_correct).message_id()
                        }
                        _ => None,
                    })
                }
            };
            let toggle = {
                let o = o.clone();
                move |ev| {
                    let on = event_target_checked(&ev);
                    chosen.update(|c| {
                        c.retain(|x| *x != o);
                        if on {
                            c.push(o.clone());
                        }
                    });
                }
            };
            let checked = {
                let o = o.clone();
                move || chosen.with(|c| c.contains(&o))
            };
            view! {
                <li class="choice" data-option=o>
                    <label class="choice__label">
                        <input type="checkbox" prop:checked=checked disabled=controls.locked on:change=toggle/>
                        <BiText text=label/>
                        {mark_view(Signal::derive(move || mark().map(|id| i18n.t(id))))}
                    </label>
                </li>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    let check = Callback::new(move |()| {
        controls
            .on_check
            .run(Answer::Multiple(chosen.get_untracked()))
    });
    view! {
        <ul class="choices">{items}</ul>
        <CheckButton aria_locked=controls.aria_locked on_click=check/>
    }
}
