use crate::adapters::content::ContentText;
use crate::domain::language::Lang;
use crate::domain::lesson::{Question, QuestionKind};
use crate::domain::quiz::display_order;
use crate::domain::scoring::{credit, Answer};
use crate::ui::components::BiText;
use crate::ui::i18n::message_in;
use crate::ui::i18n::{interface_text, use_announcer, use_i18n, TextFn};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

// One component draws every kind of question, for checkpoints, lesson
// exercises and practice alike. It knows nothing of attempts or storage:
// it is given the answer (once there is one) and reports the learner's
// answer; the caller scores, keeps and re-offers it. Answers are ids, and
// every text is looked up in the current language when drawn, so a language
// switch re-renders the question and its feedback in place and never
// changes an answer.

/// An interface message with one argument, in a language.
fn message(lang: Lang, id: &str, arg: &'static str, value: impl ToString) -> String {
    message_in(lang, id, &[(arg, value.to_string().into())])
}

/// The mark beside an option, row or item once answered.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    None,
    ChosenRight,
    ChosenWrong,
    Missed,
}

impl Mark {
    fn of(chosen: bool, correct: bool) -> Mark {
        match (chosen, correct) {
            (true, true) => Mark::ChosenRight,
            (true, false) => Mark::ChosenWrong,
            (false, true) => Mark::Missed,
            (false, false) => Mark::None,
        }
    }

    fn message_id(self) -> Option<&'static str> {
        match self {
            Mark::None => None,
            Mark::ChosenRight => Some("quiz-mark-chosen-right"),
            Mark::ChosenWrong => Some("quiz-mark-chosen-wrong"),
            Mark::Missed => Some("quiz-mark-missed"),
        }
    }
}

/// A visible verdict on a part of an answer, never shown by colour alone.
fn mark_view(text: Signal<Option<String>>) -> AnyView {
    view! { <span class="mark">{text}</span> }.into_any()
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
    let qid = question.id.clone();
    let own = {
        let text = Arc::clone(&text);
        let qid = qid.clone();
        move |suffix: &str| -> TextFn {
            let text = Arc::clone(&text);
            let id = if suffix.is_empty() {
                qid.clone()
            } else {
                format!("{qid}-{suffix}")
            };
            Arc::new(move |lang| text.text(lang, &id))
        }
    };
    let kind = Arc::new(question.kind.clone());
    // Feedback per option is optional: only options that have it show it.
    let has_feedback = {
        let (text, qid) = (Arc::clone(&text), qid.clone());
        move |o: &String| {
            let id = format!("{qid}-option-{o}-feedback");
            Lang::ALL.iter().all(|lang| text.has(*lang, &id))
        }
    };
    // Erased signals: one type each, so the view code reading them is
    // compiled once however many controls use them (this keeps the wasm
    // small; so do the `Signal::derive` texts below).
    let locked = Signal::derive(move || answer.with(Option::is_some) || closed.get());
    let aria_locked = Signal::derive(move || locked.get().then_some("true"));
    let problem = RwSignal::new(None::<&'static str>);
    let order = display_order(&question, seed);

    // Each kind's draft (what is chosen before checking), from the answer
    // when there is one.
    let given = answer.get_untracked();
    let chosen = RwSignal::new(match &given {
        Some(Answer::Multiple(ids)) => ids.clone(),
        _ => Vec::new(),
    });
    let typed = RwSignal::new(match &given {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    });
    let rows = RwSignal::new(match &given {
        Some(Answer::Matching(m) | Answer::Categorising(m)) => m.clone(),
        _ => BTreeMap::new(),
    });
    let sequence = RwSignal::new(match &given {
        Some(Answer::Ordering(items)) => items.clone(),
        _ => order.clone(),
    });

    let give = {
        let kind = Arc::clone(&kind);
        let own = own.clone();
        let has_feedback = has_feedback.clone();
        move |a: Answer| {
            if locked.get_untracked() {
                return;
            }
            problem.set(None);
            // Announced: the verdict and the feedback of the options chosen.
            let verdict = verdict_text(credit(&kind, &a));
            let feedback: Vec<TextFn> = option_feedback(&kind, &a)
                .into_iter()
                .filter(|o| has_feedback(o))
                .map(|o| own(&format!("option-{o}-feedback")))
                .collect();
            if let Some(announcer) = announcer {
                announcer.announce_text(Arc::new(move |lang| {
                    let mut said = verdict(lang);
                    for f in &feedback {
                        said.push(' ');
                        said.push_str(&f(lang));
                    }
                    said
                }));
            }
            on_answer.run(a);
        }
    };
    let check = {
        let kind = Arc::clone(&kind);
        let give = give.clone();
        move || {
            let draft = match &*kind {
                QuestionKind::MultipleChoice { .. } => {
                    Some(Answer::Multiple(chosen.get_untracked()))
                        .filter(|_| !chosen.with_untracked(Vec::is_empty))
                }
                QuestionKind::ShortText { .. } => Some(Answer::Text(typed.get_untracked()))
                    .filter(|_| !typed.with_untracked(|t| t.trim().is_empty())),
                QuestionKind::Matching { pairs } => Some(Answer::Matching(rows.get_untracked()))
                    .filter(|_| {
                        rows.with_untracked(|r| pairs.iter().all(|p| r.contains_key(&p.left)))
                    }),
                QuestionKind::Categorising { items, .. } => {
                    Some(Answer::Categorising(rows.get_untracked())).filter(|_| {
                        rows.with_untracked(|r| items.iter().all(|i| r.contains_key(&i.id)))
                    })
                }
                QuestionKind::Ordering { .. } => Some(Answer::Ordering(sequence.get_untracked())),
                QuestionKind::SingleChoice { .. } | QuestionKind::TrueFalse { .. } => None,
            };
            match draft {
                Some(a) => give(a),
                None => problem.set(Some(match &*kind {
                    QuestionKind::MultipleChoice { .. } => "quiz-problem-choose",
                    QuestionKind::ShortText { .. } => "quiz-problem-type",
                    _ => "quiz-problem-every",
                })),
            }
        }
    };
    let check_button = {
        let check = check.clone();
        move || {
            let check = check.clone();
            view! {
                <button type="button" class="button question__check" aria-disabled=aria_locked
                    on:click=move |_| check()>
                    {i18n.tr("quiz-check")}
                </button>
            }
            .into_any()
        }
    };

    let (hint, body): (&'static str, AnyView) = match &question.kind {
        QuestionKind::SingleChoice { correct, .. } => {
            let options = order
                .iter()
                .map(|o| {
                    let is_correct = o == correct;
                    (
                        Answer::Single(o.clone()),
                        own(&format!("option-{o}")),
                        is_correct,
                        o.clone(),
                    )
                })
                .collect();
            (
                "quiz-hint-single",
                choice_buttons(options, answer, aria_locked, give.clone()),
            )
        }
        QuestionKind::TrueFalse { answer: truth } => {
            let options = [true, false]
                .into_iter()
                .map(|v| {
                    let label = interface_text(if v { "quiz-true" } else { "quiz-false" });
                    (Answer::TrueFalse(v), label, v == *truth, v.to_string())
                })
                .collect();
            (
                "quiz-hint-true-false",
                choice_buttons(options, answer, aria_locked, give.clone()),
            )
        }
        QuestionKind::MultipleChoice { correct, .. } => {
            let items = order
                .iter()
                .map(|o| {
                    let (o, is_correct) = (o.clone(), correct.contains(o));
                    let label = own(&format!("option-{o}"));
                    let mark = {
                        let o = o.clone();
                        move || answer.with(|a| match a {
                            Some(Answer::Multiple(c)) => {
                                Mark::of(c.contains(&o), is_correct).message_id()
                            }
                            _ => None,
                        })
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
                        <li class="choice" data-option=o.clone()>
                            <label class="choice__label">
                                <input type="checkbox" prop:checked=checked disabled=locked on:change=toggle/>
                                <BiText text=label/>
                                {mark_view(Signal::derive(move || mark().map(|id| i18n.t(id))))}
                            </label>
                        </li>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>();
            (
                "quiz-hint-multiple",
                view! { <ul class="choices">{items}</ul>{check_button()} }.into_any(),
            )
        }
        QuestionKind::ShortText { accept } => {
            let input_id = format!("{anchor}-input");
            let check = check.clone();
            // An accepted answer in the page's language, else the other's.
            let (en, fr) = (accept.en.first(), accept.fr.first());
            let example = en.or(fr).cloned().unwrap_or_default();
            let example_fr = fr.or(en).cloned().unwrap_or_default();
            let kind = Arc::clone(&kind);
            let accepted = move || {
                answer.with(|a| a.as_ref().is_some_and(|a| credit(&kind, a) < 1.0)).then(|| {
                    let shown = if i18n.lang() == Lang::Fr { &example_fr } else { &example };
                    view! { <p class="question__accepted">{message(i18n.lang(), "quiz-accepted", "answer", shown)}</p> }
                })
            };
            (
                "quiz-hint-text",
                view! {
                    <form class="question__text-answer" on:submit=move |ev| {
                        ev.prevent_default();
                        check();
                    }>
                        <label for=input_id.clone()>{i18n.tr("quiz-your-answer")}</label>
                        <input id=input_id type="text" autocomplete="off" spellcheck="false"
                            prop:value=move || typed.get() readonly=locked
                            on:input=move |ev| typed.set(event_target_value(&ev))/>
                        <button type="submit" class="button question__check" aria-disabled=aria_locked>
                            {i18n.tr("quiz-check")}
                        </button>
                    </form>
                    {accepted}
                }
                .into_any(),
            )
        }
        QuestionKind::Matching { pairs } => {
            let choices: Vec<(String, TextFn)> = order
                .iter()
                .map(|r| (r.clone(), own(&format!("right-{r}"))))
                .collect();
            let lines = pairs
                .iter()
                .map(|p| {
                    (
                        p.left.clone(),
                        own(&format!("left-{}", p.left)),
                        p.right.clone(),
                    )
                })
                .collect();
            (
                "quiz-hint-matching",
                view! { {select_rows(&anchor, lines, choices, rows, answer, locked)}{check_button()} }
                    .into_any(),
            )
        }
        QuestionKind::Categorising { categories, items } => {
            let choices: Vec<(String, TextFn)> = categories
                .iter()
                .map(|c| (c.clone(), own(&format!("category-{c}"))))
                .collect();
            let lines = order
                .iter()
                .filter_map(|id| items.iter().find(|i| i.id == *id))
                .map(|i| {
                    (
                        i.id.clone(),
                        own(&format!("item-{}", i.id)),
                        i.category.clone(),
                    )
                })
                .collect();
            (
                "quiz-hint-categorising",
                view! { {select_rows(&anchor, lines, choices, rows, answer, locked)}{check_button()} }
                    .into_any(),
            )
        }
        QuestionKind::Ordering { items } => {
            let labels: BTreeMap<String, TextFn> = items
                .iter()
                .map(|i| (i.clone(), own(&format!("item-{i}"))))
                .collect();
            (
                "quiz-hint-ordering",
                view! {
                    {ordering_list(&anchor, items.clone(), labels, sequence, answer, aria_locked)}
                    {check_button()}
                }
                .into_any(),
            )
        }
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

    let feedback = {
        let kind = Arc::clone(&kind);
        let own = own.clone();
        move || {
            let given = answer.get();
            if given.is_none() && !closed.get() {
                return None;
            }
            let (verdict, state) = match &given {
                Some(a) => {
                    let c = credit(&kind, a);
                    (verdict_text(c), verdict_state(c))
                }
                None => (interface_text("quiz-not-answered"), "unanswered"),
            };
            let chosen_feedback: Vec<AnyView> = given
                .as_ref()
                .map(|a| option_feedback(&kind, a))
                .unwrap_or_default()
                .into_iter()
                .filter(&has_feedback)
                .map(|o| {
                    view! { <div class="question__option-feedback"><BiText text=own(&format!("option-{o}-feedback")) rich=true/></div> }
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
                    <div class="question__explanation"><BiText text=own("explanation") rich=true/></div>
                    {retry}
                </div>
            })
        }
    };

    view! {
        <fieldset class="question" id=anchor.clone() tabindex="-1" data-question-id=qid data-kind=question.kind.id()
            aria-describedby=hint_ref>
            <legend class="question__legend">
                {legend_number}
                <span class="question__text"><BiText text=own("")/></span>
            </legend>
            <p class="question__hint" id=hint_id>{i18n.tr(hint)}</p>
            {body}
            <p class="question__problem" aria-live="assertive">{Signal::derive(move || problem.get().map(|id| i18n.t(id)))}</p>
            {feedback}
        </fieldset>
    }
}

/// The verdict for a credit: right, partly right (with the share), wrong.
fn verdict_text(credit: f64) -> TextFn {
    if credit >= 1.0 {
        interface_text("quiz-correct")
    } else if credit > 0.0 {
        let percent = (credit * 100.0 + 1e-9).floor() as u32;
        Arc::new(move |lang| message(lang, "quiz-partly", "percent", percent))
    } else {
        interface_text("quiz-incorrect")
    }
}

fn verdict_state(credit: f64) -> &'static str {
    if credit >= 1.0 {
        "correct"
    } else if credit > 0.0 {
        "partial"
    } else {
        "wrong"
    }
}

/// The options whose feedback an answer calls for: the ones chosen.
fn option_feedback(kind: &QuestionKind, answer: &Answer) -> Vec<String> {
    match (kind, answer) {
        (QuestionKind::SingleChoice { .. }, Answer::Single(o)) => vec![o.clone()],
        (QuestionKind::MultipleChoice { options, .. }, Answer::Multiple(chosen)) => options
            .iter()
            .filter(|o| chosen.contains(o))
            .cloned()
            .collect(),
        _ => Vec::new(),
    }
}

/// Single choice and true/false: one button per option; a click answers.
fn choice_buttons(
    options: Vec<(Answer, TextFn, bool, String)>,
    answer: Signal<Option<Answer>>,
    aria_locked: Signal<Option<&'static str>>,
    give: impl Fn(Answer) + Clone + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let items: Vec<AnyView> = options
        .into_iter()
        .map(|(value, label, is_correct, id)| {
            let this = value.clone();
            let chosen = move || answer.with(|a| a.as_ref() == Some(&this));
            let mark = {
                let chosen = chosen.clone();
                move || {
                    answer.with(Option::is_some).then(|| Mark::of(chosen(), is_correct))
                        .and_then(Mark::message_id)
                        .map(|id| i18n.t(id))
                }
            };
            let give = give.clone();
            view! {
                <li class="choice" data-option=id>
                    <button type="button" class="choice__button" aria-pressed=Signal::derive(move || chosen().to_string())
                        aria-disabled=aria_locked
                        on:click=move |_| give(value.clone())>
                        <BiText text=label/>
                        {mark_view(Signal::derive(mark))}
                    </button>
                </li>
            }
            .into_any()
        })
        .collect();
    view! { <ul class="choices">{items}</ul> }.into_any()
}

/// Matching and categorising: a line per left item (or item to sort), each
/// with a list of the possible answers; no dragging needed.
fn select_rows(
    anchor: &str,
    lines: Vec<(String, TextFn, String)>,
    choices: Vec<(String, TextFn)>,
    rows: RwSignal<BTreeMap<String, String>>,
    answer: Signal<Option<Answer>>,
    locked: Signal<bool>,
) -> AnyView {
    let i18n = use_i18n();
    let choices = Arc::new(choices);
    let items: Vec<AnyView> = lines
        .into_iter()
        .map(|(row, label, correct)| {
            let select_id = format!("{anchor}-{row}");
            let options: Vec<AnyView> = choices
                .iter()
                .map(|(value, text)| {
                    let (row, value2, text) = (row.clone(), value.clone(), text.clone());
                    view! {
                        <option value=value.clone()
                            prop:selected=Signal::derive(move || rows.with(|r| r.get(&row) == Some(&value2)))>
                            {Signal::derive(move || text(i18n.lang()))}
                        </option>
                    }
                    .into_any()
                })
                .collect();
            let mark = {
                let (row, choices) = (row.clone(), Arc::clone(&choices));
                move || {
                    answer.with(|a| match a {
                        Some(Answer::Matching(m) | Answer::Categorising(m)) => {
                            Some(if m.get(&row) == Some(&correct) {
                                i18n.t("quiz-mark-right")
                            } else {
                                let right = choices
                                    .iter()
                                    .find(|(id, _)| *id == correct)
                                    .map(|(_, t)| t(i18n.lang()))
                                    .unwrap_or_default();
                                message(i18n.lang(), "quiz-mark-should-be", "answer", right)
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
                <li class="question__row" data-row=row.clone()>
                    <label for=select_id.clone()><BiText text=label/></label>
                    <select id=select_id disabled=locked on:change=pick>
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
    view! { <ul class="question__rows">{items}</ul> }.into_any()
}

/// Ordering: the items in the learner's current order, each with buttons to
/// move it up or down. The list is drawn again after a move (it is short);
/// focus goes back to the button used, and each move is announced.
fn ordering_list(
    anchor: &str,
    correct: Vec<String>,
    labels: BTreeMap<String, TextFn>,
    sequence: RwSignal<Vec<String>>,
    answer: Signal<Option<Answer>>,
    aria_locked: Signal<Option<&'static str>>,
) -> AnyView {
    let i18n = use_i18n();
    let announcer = use_announcer();
    let total = correct.len();
    let anchor = Arc::new(anchor.to_owned());
    let correct = Arc::new(correct);
    let labels = Arc::new(labels);
    let move_item = {
        let anchor = Arc::clone(&anchor);
        move |item: &str, up: bool| {
            if aria_locked.get_untracked().is_some() {
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
                        message_in(
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
            let disabled =
                Signal::derive(move || (at_edge || aria_locked.get().is_some()).then_some("true"));
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
                answer.with(|a| match a {
                    Some(Answer::Ordering(given)) => {
                        let at = given.iter().position(|i| *i == item);
                        let right = correct.iter().position(|i| *i == item);
                        Some(if at == right {
                            i18n.t("quiz-mark-right")
                        } else {
                            message(
                                i18n.lang(),
                                "quiz-mark-place",
                                "place",
                                right.map_or(0, |r| r + 1),
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
    view! {
        <ol class="question__order">
            {move || sequence.get().into_iter().enumerate().map(item_view.clone()).collect::<Vec<_>>()}
        </ol>
    }
    .into_any()
}
