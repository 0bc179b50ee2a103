use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// "n of N lessons completed", in words and as a bar. The words are what
/// assistive technology reads; the bar repeats them for the eye.
#[component]
pub fn ProgressBar(
    /// Completed lessons, as they change.
    #[prop(into)]
    done: Signal<usize>,
    /// All lessons counted.
    total: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || {
        i18n.t_args(
            "progress-lessons",
            &[("done", (done.get()).into()), ("total", (total).into())],
        )
    };
    view! {
        <p class="progress" data-testid="progress">
            <span class="progress__label">{label}</span>
            <progress class="progress__bar" max=total value=move || done.get() aria-hidden="true"></progress>
        </p>
    }
}
