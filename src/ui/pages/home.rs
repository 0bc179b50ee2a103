use crate::adapters::content::catalog;
use crate::ui::components::ModuleList;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The course home: its title and its modules, or an empty state.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = catalog();
    let title = catalog.title.clone();
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="home__title" tabindex="-1">
                {move || title.get(i18n.lang()).to_owned()}
            </h1>
            <h2 class="home__section-title">{move || i18n.t("home-modules-heading")}</h2>
            <ModuleList modules=catalog.modules.clone()/>
        </section>
    }
}
