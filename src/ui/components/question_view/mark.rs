use leptos::prelude::*;

/// The mark beside an option once answered: whether the learner chose it
/// and whether it is correct.
#[derive(Clone, Copy, PartialEq)]
pub enum Mark {
    None,
    ChosenRight,
    ChosenWrong,
    Missed,
}

impl Mark {
    pub fn of(chosen: bool, correct: bool) -> Mark {
        match (chosen, correct) {
            (true, true) => Mark::ChosenRight,
            (true, false) => Mark::ChosenWrong,
            (false, true) => Mark::Missed,
            (false, false) => Mark::None,
        }
    }

    pub fn message_id(self) -> Option<&'static str> {
        match self {
            Mark::None => None,
            Mark::ChosenRight => Some("quiz-mark-chosen-right"),
            Mark::ChosenWrong => Some("quiz-mark-chosen-wrong"),
            Mark::Missed => Some("quiz-mark-missed"),
        }
    }
}

/// A visible verdict on a part of an answer (an option, a line, an item),
/// so that right and wrong are never shown by colour alone.
pub fn mark_view(text: Signal<Option<String>>) -> AnyView {
    view! { <span class="mark">{text}</span> }.into_any()
}
