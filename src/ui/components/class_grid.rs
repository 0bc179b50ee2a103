use crate::adapters::content::catalog;
use crate::domain::trainer::assigned::Status;
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::class::{copy_key, Class};
use crate::ui::assignments::today;
use crate::ui::components::status_badge;
use crate::ui::format::{date_text, percent_text};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Learners by modules: the learner's status on the whole assignment, then
/// per module their status and best score, then lessons completed; each row
/// says when the file was made.
#[component]
pub fn ClassGrid(class: RwSignal<Class>, assignment: Assignment) -> impl IntoView {
    let i18n = use_i18n();
    let modules = assignment.modules.clone();
    let heads = modules
        .iter()
        .map(|m| {
            let title = catalog().module(m).map(|s| s.title.clone());
            let id = m.clone();
            // A module this version of the course lacks (a file from another
            // version) is named by its id, never left blank.
            let name = move || match &title {
                Some(t) => t.get(i18n.lang()).to_owned(),
                None => i18n.t_args("dashboard-unknown-module", &[("id", id.clone().into())]),
            };
            view! { <th scope="col">{name}</th> }
        })
        .collect_view();
    let id = copy_key(&assignment);
    let rows = move || {
        let today = today();
        class.with(|c| {
            c.learners(&id)
                .into_iter()
                .map(|r| {
                    let cells = modules
                        .iter()
                        .map(|m| {
                            let cell = Class::cell(r, m, &today);
                            let status = cell.as_ref().map_or(Status::NotStarted, |c| c.status);
                            let best = cell.as_ref().and_then(|c| c.best).map(|b| percent_text(b, i18n.lang()));
                            view! {
                                <td data-module=m.clone() data-status=status.id() data-best=cell.as_ref().and_then(|c| c.best).map(|b| b.to_string())>
                                    {status_badge(status)}
                                    {best.map(|b| view! { " " <span class="grid__score">{b}</span> })}
                                </td>
                            }
                        })
                        .collect_view();
                    let done = r.lessons.iter().filter(|l| l.status == Status::Completed).count();
                    let lessons = i18n.t_args("dashboard-lessons-done", &[("done", done.into()), ("count", r.lessons.len().into())]);
                    let name = if r.learner.name.is_empty() { r.learner.id.clone() } else { r.learner.name.clone() };
                    let sent = i18n.t_args("dashboard-sent", &[("date", date_text(r.exported, i18n.lang()).into())]);
                    view! {
                        <tr data-learner=r.learner.id.clone()>
                            <th scope="row">{name}<br/><span class="grid__sent">{sent}</span></th>
                            <td data-overall=Class::overall(r, &today).id()>{status_badge(Class::overall(r, &today))}</td>
                            {cells}
                            <td>{lessons}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="grid" role="region" aria-labelledby="grid-caption" tabindex="0">
            <table data-testid="class-grid">
                <caption id="grid-caption">{i18n.tr("dashboard-grid-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.tr("csv-learner")}</th>
                        <th scope="col">{i18n.tr("csv-overall")}</th>
                        {heads}
                        <th scope="col">{i18n.tr("dashboard-lessons")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
