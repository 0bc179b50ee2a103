use crate::domain::catalog::ModuleSummary;
use crate::domain::route;
use crate::ui::i18n::use_i18n;
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

/// The course's modules, each with its level, duration and size; or, while
/// none is published, an empty state that says so.
#[component]
pub fn ModuleList(
    /// The modules, in teaching order.
    modules: Vec<ModuleSummary>,
) -> impl IntoView {
    let i18n = use_i18n();
    if modules.is_empty() {
        return view! {
            <div class="empty-state" data-testid="empty-catalog">
                <h3 class="empty-state__title">{move || i18n.t("home-empty-title")}</h3>
                <p class="empty-state__body">{move || i18n.t("home-empty-body")}</p>
            </div>
        }
        .into_any();
    }
    let items = modules
        .into_iter()
        .map(|module| {
            let title = module.title.clone();
            let summary = module.summary.clone();
            let module_id = module.id.clone();
            let lessons = module
                .lessons
                .iter()
                .map(|l| {
                    let (module_id, lesson_id, lesson_title) = (module_id.clone(), l.id.clone(), l.title.clone());
                    view! {
                        <li>
                            <a href=move || route::lesson(i18n.lang(), &module_id, &lesson_id)>
                                {move || lesson_title.get(i18n.lang()).to_owned()}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let meta = move || {
                let mut minutes = FluentArgs::new();
                minutes.set("minutes", module.duration_minutes);
                let mut lessons = FluentArgs::new();
                lessons.set("count", module.lessons.len());
                format!(
                    "{} · {} · {}",
                    i18n.t(module.level.message_id()),
                    i18n.t_with("module-duration", &minutes),
                    i18n.t_with("module-lessons", &lessons)
                )
            };
            view! {
                <li class="module-card" data-module-id=module.id.clone()>
                    <h3 class="module-card__title">{move || title.get(i18n.lang()).to_owned()}</h3>
                    <p class="module-card__meta">{meta}</p>
                    <p class="module-card__summary">{move || summary.get(i18n.lang()).to_owned()}</p>
                    <ol class="module-card__lessons" aria-label=move || i18n.t("module-lessons-list")>{lessons}</ol>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="module-list" data-testid="module-list">{items}</ul> }.into_any()
}
