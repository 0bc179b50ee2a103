use crate::adapters::content::catalog;
use crate::domain::shared::route;
use crate::ui::i18n::{use_i18n, TextFn};
use leptos::prelude::*;

/// Where a page sits in the course: all modules, then its module (when the
/// page is inside one), then the page itself.
#[component]
pub fn Breadcrumbs(
    /// The module above the page, if any.
    #[prop(optional)]
    module: Option<String>,
    /// Whether the page is one control's, under the controls explorer.
    #[prop(optional)]
    controls: bool,
    /// The page's own title.
    current: TextFn,
) -> impl IntoView {
    let i18n = use_i18n();
    // Navigation, not content: in the learner's language only, even in the
    // bilingual mode.
    let module = module.and_then(|id| {
        let title = &catalog().module(&id)?.title;
        let title = move || title.get(i18n.lang()).to_owned();
        Some(view! {
            <li><a href=move || route::module(i18n.lang(), &id)>{title}</a></li>
        })
    });
    let controls = controls.then(|| {
        view! {
            <li><a href=move || route::controls(i18n.lang(), "")>{i18n.tr("controls-title")}</a></li>
        }
    });
    let current = move || current(i18n.lang());
    view! {
        <nav class="breadcrumbs" aria-label=i18n.tr("breadcrumbs-label")>
            <ol class="breadcrumbs__list">
                <li><a href=move || route::home(i18n.lang())>{i18n.tr("breadcrumbs-home")}</a></li>
                {module}
                {controls}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
