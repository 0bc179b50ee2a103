use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Checks the learner's draft (every kind but single choice and
/// true/false, where choosing answers). Once answered it stays in place,
/// only marked unavailable, so that focus is never lost.
#[component]
pub fn CheckButton(
    /// `"true"` once no more answers are taken.
    aria_locked: Signal<Option<&'static str>>,
    /// Called on a click.
    on_click: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="button question__check" aria-disabled=aria_locked
            on:click=move |_| on_click.run(())>
            {i18n.tr("quiz-check")}
        </button>
    }
}
