use crate::domain::content::catalog::ModuleSummary;
use crate::domain::shared::route;
use crate::ui::components::{BiText, LessonLink, ProgressBar};
use crate::ui::i18n::{localized_text, use_i18n, I18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// "Introductory · 45 min · 4 lessons" for a module.
pub fn module_meta(
    i18n: I18n,
    module: &ModuleSummary,
) -> impl Fn() -> String + Send + Sync + 'static {
    let (level, minutes, count) = (module.level, module.duration_minutes, module.lessons.len());
    move || {
        format!(
            "{} · {} · {}",
            i18n.t(level.message_id()),
            i18n.t_args("module-duration", &[("minutes", minutes.into())]),
            i18n.t_args("module-lessons", &[("count", count.into())])
        )
    }
}

/// The course's modules, each with its level, duration, progress and
/// lessons; or, while none is published, an empty state that says so.
#[component]
pub fn ModuleList(
    /// The modules, in teaching order.
    modules: Vec<ModuleSummary>,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    if modules.is_empty() {
        return view! {
            <div class="empty-state" data-testid="empty-catalog">
                <h3 class="empty-state__title">{i18n.tr("home-empty-title")}</h3>
                <p class="empty-state__body">{i18n.tr("home-empty-body")}</p>
            </div>
        }
        .into_any();
    }
    let items = modules
        .into_iter()
        .map(|module| {
            let meta = module_meta(i18n, &module);
            let id = module.id.clone();
            let lessons = module
                .lessons
                .iter()
                .map(|l| view! { <LessonLink module=module.id.clone() lesson=l.clone()/> })
                .collect_view();
            let total = module.lessons.len();
            let counted = module.clone();
            let done = Signal::derive(move || learner.with(|p| p.module_counts(&counted).0));
            view! {
                <li class="module-card" data-module-id=module.id.clone()>
                    <h3 class="module-card__title">
                        <a href=move || route::module(i18n.lang(), &id)><BiText text=localized_text(&module.title)/></a>
                    </h3>
                    <p class="module-card__meta">{meta}</p>
                    <ProgressBar done total/>
                    <p class="module-card__summary"><BiText text=localized_text(&module.summary)/></p>
                    <ol class="lesson-links" aria-label=i18n.tr("module-lessons-list")>{lessons}</ol>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="module-list" data-testid="module-list">{items}</ul> }.into_any()
}
