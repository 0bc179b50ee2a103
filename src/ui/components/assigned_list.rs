use crate::adapters::content::catalog;
use crate::domain::shared::route;
use crate::ui::assignments::{assignment_title, problem_message, today, use_assignments};
use crate::ui::components::status_badge;
use crate::ui::format::day_text;
use crate::ui::i18n::use_i18n;
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// "Your assignments" on the catalog: each accepted assignment with its due
/// date and where the learner stands, linking to its page. Nothing while
/// there are none; a warning when the stored assignments cannot be read
/// (they are kept as they are, never written over).
#[component]
pub fn AssignedList() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let assignments = use_assignments();
    let problem = move || {
        assignments.problem().map(|e| {
            let id = problem_message(&e);
            view! {
                <div class="banner banner--warning" role="alert" data-testid="assignments-problem" data-problem=id>
                    <p>{i18n.tr(id)}</p>
                </div>
            }
        })
    };
    let list = move || {
        let items = assignments.with(|a| a.items.clone());
        (!items.is_empty()).then(|| {
            let today = today();
            let rows = items
                .into_iter()
                .map(|accepted| {
                    let a = accepted.assignment;
                    let code = a.encode();
                    let status = learner.with(|p| a.status(p, catalog(), &today));
                    let group = a.group.clone();
                    let title = move || assignment_title(&group, i18n.lang());
                    let due = a.due.clone();
                    let id = a.id.clone();
                    let certificate = status.done().then(|| view! {
                        " "
                        <a class="assigned__certificate" href=move || route::certificate(i18n.lang(), Some(&id))>
                            {i18n.tr("certificate-link")}
                        </a>
                    });
                    view! {
                        <li class="assigned__item" data-assignment-id=a.id.clone()>
                            <a href=move || route::assignment(i18n.lang(), &code)>{title}</a>
                            " "
                            {status_badge(status)}
                            <span class="assigned__due">
                                {move || i18n.t_args("assigned-due", &[("date", day_text(&due, i18n.lang()).into())])}
                            </span>
                            {certificate}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="assigned" aria-labelledby="assigned-heading" data-testid="assigned">
                    <h2 id="assigned-heading" class="home__section-title">{i18n.tr("assigned-heading")}</h2>
                    <ul class="assigned__list">{rows}</ul>
                </section>
            }
        })
    };
    view! { {problem} {list} }
}
