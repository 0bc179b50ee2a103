use crate::adapters::content;
use crate::ui::components::ModuleList;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The course home: its title and its modules, or an empty state.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    match content::catalog() {
        Ok(catalog) => {
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
            .into_any()
        }
        Err(e) => {
            crate::ui::document::log_error(&e);
            view! {
                <section class="notice-page">
                    <p role="alert">{move || i18n.t("catalog-error")}</p>
                </section>
            }
            .into_any()
        }
    }
}
