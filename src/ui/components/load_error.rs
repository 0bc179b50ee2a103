use crate::adapters::content::ContentError;
use crate::domain::shared::route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Explains, in the learner's language, why something could not be loaded,
/// and offers to try again or to go back to the course.
#[component]
pub fn LoadError(
    /// What went wrong.
    error: ContentError,
    /// Called when the learner asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = error.message_id();
    view! {
        <section class="load-error" role="alert" tabindex="-1" data-testid="load-error" data-error=message>
            <p class="load-error__message">{i18n.tr(message)}</p>
            <p class="load-error__actions">
                <button type="button" class="button" data-testid="retry" on:click=move |_| on_retry.run(())>
                    {i18n.tr("lesson-retry")}
                </button>
                <a href=move || route::home(i18n.lang())>{i18n.tr("lesson-back-home")}</a>
            </p>
        </section>
    }
}
