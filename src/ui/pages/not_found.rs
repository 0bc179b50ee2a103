use crate::domain::shared::route;
use crate::ui::i18n::use_i18n;
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;

/// Shown for an address that leads nowhere, with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    Effect::new(move |_| settle_page(location, None));
    view! {
        <section class="notice-page" data-testid="not-found">
            <h1 class="notice-page__title" tabindex="-1">{i18n.tr("not-found-heading")}</h1>
            <p>{i18n.tr("not-found-body")}</p>
            <p>
                <a href=move || route::home(i18n.lang())>{i18n.tr("not-found-home")}</a>
            </p>
        </section>
    }
}
