use crate::adapters::content::catalog;
use crate::domain::shared::route;
use crate::ui::components::{AssignedList, BiText, ContinueCard, ModuleList, ProgressBar};
use crate::ui::i18n::{localized_text, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;

/// The course home: its title, the learner's progress and where to pick up,
/// and its modules (or an empty state).
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let location = use_location();
    let catalog = catalog();
    let total = catalog.modules.iter().map(|m| m.lessons.len()).sum();
    let done = Signal::derive(move || learner.with(|p| p.course_counts(catalog).0));
    // The questions due for review, counted by the scheduler's chunk once
    // the catalog is drawn, and again at each change of the progress.
    let due = RwSignal::new(0usize);
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let logs = learner.review_logs();
        let retention = learner.retention();
        if logs.is_empty() {
            latest.set_value(latest.get_value() + 1);
            due.set(0);
            return;
        }
        let until = learner.end_of_today();
        // Only the latest count is shown: an earlier one may arrive later.
        let run = latest.get_value() + 1;
        latest.set_value(run);
        leptos::task::spawn_local(async move {
            if let Ok(count) = crate::ui::lazy::due_count(logs, until, retention).await {
                if latest.get_value() == run {
                    due.set(count);
                }
            }
        });
    });
    let review = move || {
        let count = due.get();
        (count > 0).then(|| {
            let text = i18n.t_args("review-link", &[("count", count.into())]);
            view! {
                <p class="home__review">
                    <a href=route::review(i18n.lang()) data-testid="review-link">{text}</a>
                </p>
            }
        })
    };
    Effect::new(move |_| settle_page(location, None));
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="home__title" tabindex="-1">
                <BiText text=localized_text(&catalog.title)/>
            </h1>
            <p class="home__summary"><BiText text=localized_text(&catalog.summary)/></p>
            {(total > 0).then(|| view! { <ProgressBar done total/> })}
            <ContinueCard/>
            <AssignedList/>
            {review}
            <h2 class="home__section-title">{i18n.tr("home-modules-heading")}</h2>
            <ModuleList modules=catalog.modules.clone()/>
            <p class="home__data">
                <a href=move || route::controls(i18n.lang(), "") data-testid="controls-link">{i18n.tr("controls-link")}</a>
            </p>
            <p class="home__data">
                <a href=move || route::workbook(i18n.lang()) data-testid="soa-home-link">{i18n.tr("soa-link")}</a>
            </p>
            <p class="home__data">
                <a href=move || route::certificate(i18n.lang(), None) data-testid="certificate-link">{i18n.tr("certificate-link")}</a>
            </p>
            <p class="home__data">
                <a href=move || route::settings(i18n.lang()) data-testid="settings-link">{i18n.tr("settings-link")}</a>
            </p>
            <p class="home__data">
                <a href=move || route::trainer(i18n.lang()) data-testid="trainer-link">{i18n.tr("trainer-link")}</a>
            </p>
        </section>
    }
}
