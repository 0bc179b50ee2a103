use crate::ui::components::BiText;
use crate::ui::document::focus_by_id;
use crate::ui::i18n::{use_i18n, TextFn};
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// The learner's answer to a lesson's prompt: saved as they type (once per
/// pause), there again on their next visit, untouched by a language switch.
/// The guidance opens once they have written something or chosen to skip.
#[component]
pub fn Reflection(
    /// The lesson's module id.
    module: String,
    /// The lesson's id.
    lesson: String,
    /// The guidance or model answer to compare with.
    guidance: TextFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    // This lesson's entry only: typing here redraws nothing of other lessons.
    let entry = learner.lesson_entry(&module, &lesson);
    // What is stored, live: another tab's newer text shows here at once (a
    // stale copy never overwrites it), and the learner's own typing writes
    // the same text back, which leaves the caret where it is.
    let written = move || entry.with(|e| e.reflection.clone());
    // "Saved" speaks of this visit's typing, once it is really stored.
    let typed = RwSignal::new(false);
    let open = RwSignal::new(false);
    let (m, l) = (module.clone(), lesson.clone());
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        if !typed.get_untracked() {
            typed.set(true);
        }
        learner.update_lesson(&m, &l, |e| e.reflection = text);
    };
    // The skip button goes once used: focus moves on to the guidance
    // button it unlocked, rather than being lost with it.
    let skip = move |_| {
        learner.update_lesson(&module, &lesson, |e| e.skipped = true);
        request_animation_frame(|| focus_by_id("guidance-toggle"));
    };
    let unlocked = move || entry.with(|e| e.prompt_done());
    let status = move || {
        let e = entry.get();
        if typed.get() && e.has_reflection() && learner.all_saved() {
            Some(i18n.t("reflection-saved"))
        } else if e.skipped && !e.has_reflection() {
            Some(i18n.t("reflection-skipped"))
        } else {
            None
        }
    };
    view! {
        <div class="reflection">
            <label class="reflection__label" for="reflection">{i18n.tr("reflection-label")}</label>
            <textarea
                id="reflection"
                class="reflection__input"
                rows="6"
                aria-describedby="prompt-text reflection-status"
                data-testid="reflection"
                prop:value=written
                on:input=on_input
            ></textarea>
            <p id="reflection-status" class="reflection__status" role="status">{status}</p>
            <div class="reflection__actions">
                {move || (!unlocked()).then(|| view! {
                    <button type="button" class="button button--quiet" data-testid="reflection-skip" on:click=skip.clone()>
                        {i18n.tr("reflection-skip")}
                    </button>
                })}
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || (open.get() && unlocked()).to_string()
                    id="guidance-toggle"
                    aria-controls="guidance"
                    disabled=move || !unlocked()
                    data-testid="guidance-toggle"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {i18n.tr("reflection-guidance")}
                </button>
            </div>
            <p class="reflection__hint" hidden=unlocked>{i18n.tr("reflection-guidance-locked")}</p>
            <div id="guidance" class="reflection__guidance" hidden=move || !(open.get() && unlocked())>
                <BiText text=guidance rich=true/>
            </div>
        </div>
    }
}
