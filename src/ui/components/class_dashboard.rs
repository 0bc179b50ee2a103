use crate::adapters::content::LoadedModule;
use crate::adapters::files;
use crate::domain::shared::store::{DocumentError, StoreError};
use crate::domain::trainer::assigned::Status;
use crate::domain::trainer::class::{copy_key, Class, STORAGE_KEY};
use crate::ui::app::use_store;
use crate::ui::assignments::{assignment_title, today};
use crate::ui::components::PageFrame;
use crate::ui::components::{
    CertificateCheck, ClassGrid, ConfirmButton, LrsImport, QuestionChart, ResultsImport,
};
use crate::ui::document::focus_by_id;
use crate::ui::format::day_text;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// The CSV's columns, in the trainer's language.
const CSV_COLUMNS: [&str; 11] = [
    "csv-learner",
    "csv-group",
    "csv-overall",
    "csv-module",
    "csv-status",
    "csv-best",
    "csv-last",
    "csv-attempts",
    "csv-minutes",
    "csv-lessons",
    "csv-date",
];

/// The class dashboard: import result files; pick an assignment; see each
/// learner's status and best score per module, and per question the share
/// of the group that got it right; export the grid as CSV. Kept in the
/// trainer's own storage document.
#[component]
pub fn ClassDashboard(
    /// Every module's checkpoint, for question texts.
    modules: Vec<Arc<LoadedModule>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let (stored, problem) = match Class::load(store.as_store()) {
        Ok(c) => (c, None),
        Err(e) => {
            crate::ui::document::log_error(&e);
            (Class::default(), Some(e))
        }
    };
    let class = RwSignal::new(stored);
    // A document this build cannot read is never written over, until the
    // trainer chooses to remove it.
    let readable = RwSignal::new(problem.is_none());
    // Why it cannot be read, said in the trainer's language.
    let unreadable_id = match &problem {
        Some(DocumentError::NewerSchema(_)) => "dashboard-not-saved-newer",
        Some(DocumentError::Store(_)) => "dashboard-not-read",
        _ => "dashboard-not-saved-unreadable",
    };
    let selected =
        RwSignal::new(class.with_untracked(|c| c.assignments().first().map(|a| copy_key(a))));
    // Saves the class; on failure, says why (a message id). The caller puts
    // back what was there, so nothing is shown that storage did not keep.
    let save = {
        let store = store.clone();
        Callback::new(move |()| {
            if !readable.get_untracked() {
                return Err(unreadable_id);
            }
            match class.try_update(|c| c.save(store.as_store())) {
                Some(Ok(())) => Ok(()),
                Some(Err(DocumentError::Store(StoreError::QuotaExceeded))) => {
                    Err("dashboard-not-saved-full")
                }
                Some(Err(DocumentError::NewerSchema(_))) => Err("dashboard-not-saved-newer"),
                Some(Err(e)) => {
                    crate::ui::document::log_error(&e);
                    Err("dashboard-not-saved")
                }
                None => Err("dashboard-not-saved"),
            }
        })
    };
    let forgotten = RwSignal::new(None::<&'static str>);
    let on_imported = Callback::new(move |id: String| {
        selected.set(Some(id));
        forgotten.set(None);
    });
    let modules = StoredValue::new(modules);

    let picker = move || {
        let list = class.with(|c| c.assignments().into_iter().cloned().collect::<Vec<_>>());
        (list.len() > 1).then(|| {
            let options = list
                .iter()
                .map(|a| {
                    // Enough to tell any two apart: the group, the due date,
                    // the pass mark, when it was made, and which copy it is
                    // where one link was edited into another.
                    let copies: Vec<&_> = list.iter().filter(|b| b.id == a.id).collect();
                    let mut label = format!(
                        "{} · {} · {} · {}",
                        assignment_title(&a.group, i18n.lang()),
                        i18n.t_args("assigned-due", &[("date", day_text(&a.due, i18n.lang()).into())]),
                        i18n.t_args("dashboard-pass-mark", &[("mark", a.pass_mark.into())]),
                        i18n.t_args("dashboard-made", &[("date", crate::ui::format::date_text(a.created, i18n.lang()).into())]),
                    );
                    if copies.len() > 1 {
                        let n = copies.iter().position(|b| *b == a).unwrap_or(0) + 1;
                        label.push_str(" · ");
                        label.push_str(&i18n.t_args(
                            "dashboard-copy",
                            &[("n", n.into()), ("count", copies.len().into())],
                        ));
                    }
                    let id = copy_key(a);
                    let is = id.clone();
                    view! { <option value=id selected=move || selected.get().as_deref() == Some(is.as_str())>{label}</option> }
                })
                .collect_view();
            view! {
                <p>
                    <label for="dashboard-assignment">{i18n.tr("dashboard-assignment")}</label>
                    <select id="dashboard-assignment" on:change=move |ev| selected.set(Some(event_target_value(&ev)))>
                        {options}
                    </select>
                </p>
            }
        })
    };

    let download_csv = move |_| {
        let Some(id) = selected.get_untracked() else {
            return;
        };
        let header: Vec<String> = CSV_COLUMNS.iter().map(|c| i18n.t(c)).collect();
        let status = |s: Status| i18n.t(s.message_id());
        let separator = crate::domain::shared::csv::separator(i18n.lang());
        let csv = class.with_untracked(|c| c.csv(&id, &header, &status, &today(), separator));
        // A byte-order mark, so that spreadsheets read the accents right.
        let text = format!("\u{feff}{csv}");
        if let Err(e) = files::download(&format!("savoir-class-{}.csv", today()), &text, "text/csv")
        {
            crate::ui::document::log_error(&std::io::Error::other(e));
        }
    };

    let body = move || {
        let Some(id) = selected.get() else {
            return view! { <p data-testid="dashboard-empty">{i18n.tr("dashboard-empty")}</p> }
                .into_any();
        };
        let Some(assignment) = class.with(|c| {
            c.assignments()
                .into_iter()
                .find(|a| copy_key(a) == id)
                .cloned()
        }) else {
            return view! { <p data-testid="dashboard-empty">{i18n.tr("dashboard-empty")}</p> }
                .into_any();
        };
        let charts = assignment
            .modules
            .iter()
            .filter_map(|m| {
                modules.with_value(|all| all.iter().find(|x| x.module.id == *m).cloned())
            })
            .map(|loaded| {
                let (aid, mid) = (copy_key(&assignment), loaded.module.id.clone());
                let ids: Vec<String> = loaded
                    .module
                    .checkpoint
                    .questions
                    .iter()
                    .map(|q| q.id.clone())
                    .collect();
                let stats =
                    Signal::derive(move || class.with(|c| c.question_stats(&aid, &mid, &ids)));
                view! { <QuestionChart loaded stats/> }
            })
            .collect_view();
        view! {
            <ClassGrid class assignment=assignment.clone()/>
            <p>
                <button type="button" class="button" data-testid="export-csv" on:click=download_csv>{i18n.tr("dashboard-csv")}</button>
            </p>
            <section aria-labelledby="questions-heading">
                <h2 id="questions-heading">{i18n.tr("dashboard-questions")}</h2>
                <p>{i18n.tr("dashboard-questions-hint")}</p>
                {charts}
            </section>
        }
        .into_any()
    };

    // A file dropped beside the import area must not make the browser
    // leave the dashboard to show it.
    let dragover = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, |ev| ev.prevent_default());
    on_cleanup(move || {
        dragover.remove();
        drop.remove();
    });

    // Forgetting every imported result, after a confirmation.
    let clear = {
        let store = store.clone();
        Callback::new(move |()| {
            // Removed, not saved empty: saving takes in what is stored.
            let outcome = match store.as_store().remove(STORAGE_KEY) {
                Ok(()) => {
                    class.set(Class::default());
                    selected.set(None);
                    readable.set(true);
                    "dashboard-forgotten"
                }
                Err(e) => {
                    crate::ui::document::log_error(&e);
                    "settings-save-failed"
                }
            };
            forgotten.set(Some(outcome));
            request_animation_frame(|| focus_by_id("dashboard-forget-status"));
        })
    };
    let forgettable = move || !readable.get() || !class.with(|c| c.results.is_empty());

    view! {
        <PageFrame class="dashboard" title="dashboard-title" intro="dashboard-intro">
            {move || (!readable.get()).then(|| view! { <p class="settings__error" role="alert" data-testid="dashboard-unreadable" data-problem=unreadable_id>{i18n.tr("dashboard-unreadable")}</p> })}
            <ResultsImport class on_imported save/>
            <LrsImport class on_imported save/>
            {picker}
            {body}
            <CertificateCheck class/>
            <section aria-labelledby="dashboard-forget-heading">
                <h2 id="dashboard-forget-heading">{i18n.tr("dashboard-forget-heading")}</h2>
                <p class="settings__status" id="dashboard-forget-status" tabindex="-1" role="status">
                    {move || forgotten.get().map(|id| i18n.t(id))}
                </p>
                <Show when=forgettable>
                    <ConfirmButton id="dashboard-forget" label="dashboard-forget" question="dashboard-forget-confirm"
                        yes="dashboard-forget-yes" on_confirm=clear/>
                </Show>
            </section>
        </PageFrame>
    }
}
