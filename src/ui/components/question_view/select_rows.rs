use super::check_button::CheckButton;
use super::mark::mark_view;
use super::Controls;
use crate::domain::learner::scoring::Answer;
use crate::ui::components::BiText;
use crate::ui::i18n::{use_i18n, TextFn};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A line to answer: a left item to pair, or an item to sort.
pub struct Line {
    pub id: String,
    pub label: TextFn,
    /// The id of the right answer among the choices.
    pub correct: String,
}

/// A possible answer for every line: a right item, or a category.
pub struct Choice {
    pub id: String,
    pub label: TextFn,
}

/// Matching and categorising: a line per left item (or item to sort), each
/// with a list of the possible answers, then Check; no dragging needed. The
/// lists' values (line id → choice id) are the draft, kept when the learner
/// tries again.
#[component]
pub fn SelectRows(
    /// The question's element id; each list's is derived from it.
    anchor: String,
    lines: Vec<Line>,
    choices: Vec<Choice>,
    /// Makes the answer from the lines' values (matching or categorising).
    to_answer: fn(BTreeMap<String, String>) -> Answer,
    controls: Controls,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = RwSignal::new(match controls.answer.get_untracked() {
        Some(Answer::Matching(m) | Answer::Categorising(m)) => m,
        _ => BTreeMap::new(),
    });
    let choices = Arc::new(choices);
    let items: Vec<AnyView> = lines
        .into_iter()
        .map(|Line { id: row, label, correct }| {
            let select_id = format!("{anchor}-{row}");
            let options: Vec<AnyView> = choices
                .iter()
                .map(|choice| {
                    let (row, value, text) = (row.clone(), choice.id.clone(), choice.label.clone());
                    view! {
                        <option value=choice.id.clone()
                            prop:selected=Signal::derive(move || rows.with(|r| r.get(&row) == Some(&value)))>
                            {Signal::derive(move || text(i18n.lang()))}
                        </option>
                    }
                    .into_any()
                })
                .collect();
            let mark = {
                let (row, choices) = (row.clone(), Arc::clone(&choices));
                move || {
                    controls.answer.with(|a| match a {
                        Some(Answer::Matching(m) | Answer::Categorising(m)) => {
                            Some(if m.get(&row) == Some(&correct) {
                                i18n.t("quiz-mark-right")
                            } else {
                                let right = choices
                                    .iter()
                                    .find(|c| c.id == correct)
                                    .map(|c| (c.label)(i18n.lang()))
                                    .unwrap_or_default();
                                i18n.t_args("quiz-mark-should-be", &[("answer", right.into())])
                            })
                        }
                        _ => None,
                    })
                }
            };
            let pick = {
                let row = row.clone();
                move |ev| {
                    let value = event_target_value(&ev);
                    rows.update(|r| {
                        if value.is_empty() {
                            r.remove(&row);
                        } else {
                            r.insert(row.clone(), value);
                        }
                    });
                }
            };
            let unset = {
                let row = row.clone();
                Signal::derive(move || rows.with(|r| !r.contains_key(&row)))
            };
            view! {
                <li class="question__row" data-row=row>
                    <label for=select_id.clone()><BiText text=label/></label>
                    <select id=select_id disabled=controls.locked on:change=pick>
                        <option value="" prop:selected=unset>
                            {i18n.tr("quiz-choose")}
                        </option>
                        {options}
                    </select>
                    {mark_view(Signal::derive(mark))}
                </li>
            }
            .into_any()
        })
        .collect();
    let check = Callback::new(move |()| controls.on_check.run(to_answer(rows.get_untracked())));
    view! {
        <ul class="question__rows">{items}</ul>
        <CheckButton aria_locked=controls.aria_locked on_click=check/>
    }
}
