use crate::adapters::content::catalog;
use crate::domain::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{localized_text, use_i18n, TextFn};
use leptos::prelude::*;

/// Where a page sits in the course: all modules, then its module (when the
/// page is inside one), then the page itself.
#[component]
pub fn Breadcrumbs(
    /// The module above the page, if any.
    #[prop(optional)]
    module: Option<String>,
    /// The page's own title.
    current: TextFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let module = module.and_then(|id| {
        let title = localized_text(&catalog().module(&id)?.title);
        Some(view! {
            <li><a href=move || route::module(i18n.lang(), &id)><BiText text=title/></a></li>
        })
    });
    view! {
        <nav class="breadcrumbs" aria-label=i18n.tr("breadcrumbs-label")>
            <ol class="breadcrumbs__list">
                <li><a href=move || route::home(i18n.lang())>{i18n.tr("breadcrumbs-home")}</a></li>
                {module}
                <li aria-current="page"><BiText text=current/></li>
            </ol>
        </nav>
    }
}
