use crate::domain::route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Shown for an address that leads nowhere, with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="notice-page" data-testid="not-found">
            <h1 class="notice-page__title" tabindex="-1">{move || i18n.t("not-found-heading")}</h1>
            <p>{move || i18n.t("not-found-body")}</p>
            <p>
                <a href=move || route::home(i18n.lang())>{move || i18n.t("not-found-home")}</a>
            </p>
        </section>
    }
}
