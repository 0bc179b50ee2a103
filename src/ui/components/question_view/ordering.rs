use super::check_button::CheckButton;
use super::mark::mark_view;
use super::question_text::QuestionText;
use super::Controls;
use crate::domain::learner::scoring::Answer;
use crate::ui::components::BiText;
use crate::ui::i18n::{message_args, use_announcer, use_i18n, TextFn};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Ordering: the items in the learner's current order (the draft, first
/// the order shown), each with buttons to move it up or down, then Check.
/// The list is drawn again after a move (it is short); focus goes back to
/// the button used, and each move is announced.
#[component]
pub fn Ordering(
    /// The item ids, in the correct order.
    items: Vec<String>,
    /// The item ids, in the order shown.
    order: Vec<String>,
    texts: QuestionText,
    /// The question's element id; each button's is derived from it.
    anchor: String,
    controls: Controls,
) -> impl IntoView {
    let i18n = use_i18n();
    let announcer = use_announcer();
    let sequence = RwSignal::new(match controls.answer.get_untracked() {
        Some(Answer::Ordering(items)) => items,
        _ => order,
    });
    let total = items.len();
    let labels: Arc<BTreeMap<String, TextFn>> = Arc::new(
        items
            .iter()
            .map(|i| (i.clone(), texts.get(&format!("item-{i}"))))
            .collect(),
    );
    let correct = Arc::new(items);
    let anchor = Arc::new(anchor);
    let move_item = {
        let anchor = Arc::clone(&anchor);
        move |item: &str, up: bool| {
            if controls.aria_locked.get_untracked().is_some() {
                return;
            }
            let mut place = None;
            sequence.update(|s| {
                if let Some(at) = s.iter().position(|i| i == item) {
                    let to = if up {
                        at.checked_sub(1)
                    } else {
                        Some(at + 1).filter(|t| *t < s.len())
                    };
                    if let Some(to) = to {
                        s.swap(at, to);
                        place = Some(to + 1);
                    }
                }
            });
            if let Some(place) = place {
                let id = format!("{anchor}-{item}-{}", if up { "up" } else { "down" });
                request_animation_frame(move || crate::ui::document::focus_by_id(&id));
                if let Some(a) = announcer {
                    a.announce_text(Arc::new(move |lang| {
                        message_args(
                            lang,
                            "quiz-moved",
                            &[("place", place.into()), ("total", total.into())],
                        )
                    }));
                }
            }
        }
    };
    let item_view = move |(place, item): (usize, String)| -> AnyView {
        let label = labels
            .get(&item)
            .cloned()
            .unwrap_or_else(|| Arc::new(|_| String::new()));
        // Nowhere to go at either end: said by `aria-disabled`.
        let edge = |up: bool| if up { place == 0 } else { place + 1 == total };
        let button = |up: bool| {
            let (item, name, move_item) = (item.clone(), label.clone(), move_item.clone());
            let at_edge = edge(up);
            let disabled = Signal::derive(move || {
                (at_edge || controls.aria_locked.get().is_some()).then_some("true")
            });
            let (id, verb, symbol) = if up {
                (format!("{anchor}-{item}-up"), "quiz-move-up", "↑")
            } else {
                (format!("{anchor}-{item}-down"), "quiz-move-down", "↓")
            };
            view! {
                <button type="button" class="order__move" id=id
                    aria-label=Signal::derive(move || format!("{}: {}", i18n.t(verb), name(i18n.lang())))
                    aria-disabled=disabled
                    on:click=move |_| move_item(&item, up)>
                    {symbol}
                </button>
            }
        };
        let mark = {
            let (item, correct) = (item.clone(), Arc::clone(&correct));
            move || {
                controls.answer.with(|a| match a {
                    Some(Answer::Ordering(given)) => {
                        let at = given.iter().position(|i| *i == item);
                        let right = correct.iter().position(|i| *i == item);
                        Some(if at == right {
                            i18n.t("quiz-mark-right")
                        } else {
                            i18n.t_args(
                                "quiz-mark-place",
                                &[("place", right.map_or(0, |r| r + 1).into())],
                            )
                        })
                    }
                    _ => None,
                })
            }
        };
        view! {
            <li class="question__order-item" data-item=item.clone()>
                <span class="question__order-text"><BiText text=label.clone()/></span>
                {button(true)}
                {button(false)}
                {mark_view(Signal::derive(mark))}
            </li>
        }
        .into_any()
    };
    let check = Callback::new(move |()| {
        controls
            .on_check
            .run(Answer::Ordering(sequence.get_untracked()))
    });
    view! {
        <ol class="question__order">
            {move || sequence.get().into_iter().enumerate().map(item_view.clone()).collect::<Vec<_>>()}
        </ol>
        <CheckButton aria_locked=controls.aria_locked on_click=check/>
    }
}
