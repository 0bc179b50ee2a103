use crate::domain::shared::route;
use crate::ui::components::{LanguageSwitcher, ReadingModeToggle};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The banner at the top of every page: the product name, leading home, and
/// the reading mode and language switches.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <a class="site-header__brand" href=move || route::home(i18n.lang())>
                <span class="site-header__name">{i18n.tr("app-name")}</span>
                <span class="site-header__tagline">{i18n.tr("app-tagline")}</span>
            </a>
            <div class="site-header__tools">
                <ReadingModeToggle/>
                <LanguageSwitcher/>
            </div>
        </header>
    }
}
