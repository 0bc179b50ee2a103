use crate::ui::i18n::use_i18n;
use fluent_bundle::FluentArgs;
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
        let mut args = FluentArgs::new();
        args.set("done", done.get());
        args.set("total", total);
        i18n.t_with("progress-lessons", &args)
    };
    view! {
        <p class="progress" data-testid="progress">
            <span class="progress__label">{label}</span>
            <progress class="progress__bar" max=total value=move || done.get() aria-hidden="true"></progress>
        </p>
    }
}
