use crate::ui::i18n::{use_announcer, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::reading::{anchor_in_view, keep_anchor_at};
use leptos::prelude::*;

/// A toggle button for the bilingual reading mode: every text shown in both
/// languages. The choice is remembered.
#[component]
pub fn ReadingModeToggle() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let announcer = use_announcer();
    let toggle = move |_| {
        let on = !learner.bilingual();
        // The page grows or shrinks by half; the part being read stays put.
        let reading = anchor_in_view();
        learner.set_bilingual(on);
        if let Some((id, top)) = reading {
            request_animation_frame(move || keep_anchor_at(&id, top));
        }
        if let Some(a) = announcer {
            a.announce(if on { "bilingual-on" } else { "bilingual-off" });
        }
    };
    view! {
        <button
            type="button"
            class="reading-toggle"
            aria-pressed=move || learner.bilingual().to_string()
            data-testid="bilingual-toggle"
            on:click=toggle
        >
            <span class="reading-toggle__box" aria-hidden="true"></span>
            {i18n.tr("reading-bilingual")}
        </button>
    }
}
