use crate::adapters::content::catalog;
use crate::domain::learner::quiz::best_and_last;
use crate::domain::shared::route;
use crate::ui::components::{module_meta, BiText, Breadcrumbs, LessonLink, ProgressBar};
use crate::ui::i18n::{localized_text, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;

/// A module: what it covers, its lessons with the learner's progress in
/// each, and its checkpoint.
#[component]
pub fn ModulePage(
    /// The module's id; the app shows this page only for known modules.
    module: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let location = use_location();
    let Some(summary) = catalog().module(&module) else {
        return ().into_any();
    };
    let meta = module_meta(i18n, summary);
    let total = summary.lessons.len();
    let done = Signal::derive(move || learner.with(|p| p.module_counts(summary).0));
    let lessons = summary
        .lessons
        .iter()
        .map(|l| view! { <LessonLink module=module.clone() lesson=l.clone()/> })
        .collect_view();
    let (questions, pass_mark) = (summary.question_count, summary.pass_mark);
    let checkpoint = move || {
        i18n.t_args(
            "checkpoint-summary",
            &[("count", (questions).into()), ("mark", (pass_mark).into())],
        )
    };
    let m = module.clone();
    let status = move || {
        let (best, last) = learner.with(|p| {
            let (b, l) = best_and_last(p.attempts_of(&m));
            (b.and_then(|a| a.percent), l.and_then(|a| a.percent))
        });
        match (best, last) {
            (Some(best), Some(last)) => i18n.t_args(
                "checkpoint-best-last",
                &[("best", (best).into()), ("last", (last).into())],
            ),
            _ => i18n.t("checkpoint-not-attempted"),
        }
    };
    let id = module.clone();
    Effect::new(move |_| settle_page(location, None));
    view! {
        <article class="module-page" data-module-id=module.clone()>
            <Breadcrumbs current=localized_text(&summary.title)/>
            <h1 class="module-page__title" tabindex="-1"><BiText text=localized_text(&summary.title)/></h1>
            <p class="module-page__meta">{meta}</p>
            <div class="module-page__summary"><BiText text=localized_text(&summary.summary) rich=true/></div>
            <ProgressBar done total/>
            <h2>{i18n.tr("module-lessons-list")}</h2>
            <ol class="lesson-links">{lessons}</ol>
            <section id="checkpoint" class="module-page__checkpoint" aria-labelledby="checkpoint-heading">
                <h2 id="checkpoint-heading">{i18n.tr("checkpoint-heading")}</h2>
                <p>{checkpoint}</p>
                <p class="module-page__checkpoint-status" data-testid="checkpoint-status">{status}</p>
                <p><a class="button" href=move || route::checkpoint(i18n.lang(), &id) data-testid="open-checkpoint">
                    {i18n.tr("checkpoint-open")}
                </a></p>
            </section>
        </article>
    }
    .into_any()
}
