use crate::domain::route;
use crate::ui::components::LanguageSwitcher;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The banner at the top of every page: the product name, leading home, and
/// the language switcher.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <a class="site-header__brand" href=move || route::home(i18n.lang())>
                <span class="site-header__name">{move || i18n.t("app-name")}</span>
                <span class="site-header__tagline">{move || i18n.t("app-tagline")}</span>
            </a>
            <LanguageSwitcher/>
        </header>
    }
}
