use crate::ui::document::focus_by_id;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// A button for something that cannot be undone: it first asks, with "yes"
/// and "cancel". Focus moves to "yes" when asked, and back to the button on
/// cancel; after "yes" the caller moves it where the outcome is said.
/// Ids: the button `id` (also its `data-testid`), the question
/// `{id}-confirm`, the "yes" button `{id}-yes`.
#[component]
pub fn ConfirmButton(
    id: &'static str,
    /// Message ids: the button, the question, and the "yes" answer.
    label: &'static str,
    question: &'static str,
    yes: &'static str,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let question_id = format!("{id}-confirm");
    let yes_id = format!("{id}-yes");
    move || {
        if confirming.get() {
            let focus_back = move |_| {
                confirming.set(false);
                request_animation_frame(move || focus_by_id(id));
            };
            view! {
                <div class="settings__confirm" role="group" aria-labelledby=question_id.clone()>
                    <p id=question_id.clone()>{i18n.tr(question)}</p>
                    <p class="settings__actions">
                        <button type="button" class="button" id=yes_id.clone() data-testid=yes_id.clone() on:click=move |_| {
                            confirming.set(false);
                            on_confirm.run(());
                        }>{i18n.tr(yes)}</button>
                        <button type="button" class="button button--quiet" on:click=focus_back>
                            {i18n.tr("settings-reset-cancel")}
                        </button>
                    </p>
                </div>
            }
            .into_any()
        } else {
            let yes_id = yes_id.clone();
            view! {
                <button type="button" class="button button--quiet" id=id data-testid=id on:click=move |_| {
                    confirming.set(true);
                    let yes_id = yes_id.clone();
                    request_animation_frame(move || focus_by_id(&yes_id));
                }>{i18n.tr(label)}</button>
            }
            .into_any()
        }
    }
}
