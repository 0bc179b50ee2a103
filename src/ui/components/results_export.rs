use crate::adapters::content::{catalog, fetch_module, LoadedModule};
use crate::adapters::files;
use crate::domain::shared::language::Lang;
use crate::domain::trainer::assigned::Status;
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::results::Results;
use crate::ui::assignments::{use_assignments, LoadedModules};
use crate::ui::document::focus_by_id;
use crate::ui::format::{date_text, day_text};
use crate::ui::i18n::{message, message_args, use_i18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::sync::Arc;

/// A text, or a dash where the trainer left it empty.
fn or_dash(text: &str) -> String {
    if text.is_empty() {
        "—".to_owned()
    } else {
        text.to_owned()
    }
}

/// The readable lines at the top of a result file, in `lang`.
fn summary(results: &Results, lang: Lang) -> Vec<String> {
    let a = &results.assignment;
    let status = |s: Status| message(lang, s.message_id());
    let mut lines = vec![
        message_args(
            lang,
            "results-summary-title",
            &[("name", results.learner.name.clone().into())],
        ),
        message_args(
            lang,
            "results-summary-assignment",
            &[
                ("group", or_dash(&a.group).into()),
                ("by", or_dash(&a.by).into()),
                ("due", day_text(&a.due, lang).into()),
                ("pass", a.pass_mark.into()),
            ],
        ),
        message_args(
            lang,
            "results-summary-status",
            &[("status", status(results.status).into())],
        ),
    ];
    for m in &results.modules {
        let title = catalog()
            .module(&m.module)
            .map(|s| s.title.get(lang).to_owned())
            .unwrap_or_else(|| m.module.clone());
        let finished = m.attempts.iter().filter(|x| x.finished.is_some()).count();
        lines.push(message_args(
            lang,
            "results-summary-module",
            &[
                ("title", title.into()),
                ("status", status(m.status).into()),
                ("best", m.best.map_or(-1, i64::from).into()),
                ("count", finished.into()),
            ],
        ));
    }
    let completed = results
        .lessons
        .iter()
        .filter(|l| l.status == Status::Completed)
        .count();
    lines.push(message_args(
        lang,
        "results-summary-lessons",
        &[
            ("done", completed.into()),
            ("count", results.lessons.len().into()),
        ],
    ));
    let languages: Vec<String> = results
        .languages
        .iter()
        .map(|l| message(*l, "language-name"))
        .collect();
    lines.push(message_args(
        lang,
        "results-summary-time",
        &[
            ("minutes", results.seconds.div_ceil(60).into()),
            ("languages", languages.join(", ").into()),
        ],
    ));
    lines.push(message_args(
        lang,
        "results-summary-made",
        &[("date", date_text(results.exported, lang).into())],
    ));
    lines
}

/// A name for the file: the group and the learner, in plain ASCII.
fn file_name(results: &Results) -> String {
    let slug = |text: &str| -> String {
        let mut out = String::new();
        // Accents folded to their letters (Zoé → zoe), as answers are matched.
        for c in crate::domain::learner::scoring::normalise(text).chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        out.trim_end_matches('-').chars().take(30).collect()
    };
    let parts: Vec<String> = [
        slug(&results.assignment.group),
        slug(&results.learner.name),
        results.on.clone(),
    ]
    .into_iter()
    .filter(|p| !p.is_empty())
    .collect();
    format!("savoir-results-{}.json", parts.join("-"))
}

/// "Send your results": the learner types their name (the only thing about
/// them a file holds), and downloads the result file for the assignment,
/// to send to their trainer however they like. Nothing is sent by the app.
#[component]
pub fn ResultsExport(assignment: Assignment) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let assignments = use_assignments();
    let source = crate::ui::app::use_content_source();
    let name = RwSignal::new(assignments.signed_name());
    crate::ui::scorm::prefill_name(name);
    let status = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let assignment = StoredValue::new(assignment);

    let export = move |_| {
        let typed = name.get_untracked();
        if typed.trim().is_empty() {
            status.set(Some("results-name-first"));
            request_animation_frame(|| focus_by_id("results-name"));
            return;
        }
        if busy.get_untracked() {
            return;
        }
        // Progress that could not be read in full would make a file that
        // says less than the learner did, and replaces their real results
        // on the trainer's dashboard.
        let incomplete = learner.notices().iter().any(|n| n.hides_progress());
        if incomplete {
            status.set(Some("results-progress-unread"));
            return;
        }
        busy.set(true);
        let signature = assignments.sign(&typed);
        let source = source.clone();
        let lang = i18n.lang();
        leptos::task::spawn_local(async move {
            let a = assignment.get_value();
            let mut loaded: Vec<Arc<LoadedModule>> = Vec::new();
            for m in &a.modules {
                if let Ok(module) = fetch_module(&source, m).await {
                    loaded.push(module);
                }
            }
            let loaded = LoadedModules(loaded);
            let progress = learner.snapshot();
            let results = loaded.results(signature, &a, &progress);
            let statements =
                serde_json::to_string(&loaded.statements(&results)).unwrap_or_else(|_| "[]".into());
            let file = results.to_file(&summary(&results, lang), &statements);
            let outcome = if !loaded.has_all(&a) {
                // Without a module's checkpoint its answers cannot be graded.
                "results-export-offline"
            } else {
                match files::download(&file_name(&results), &file, "application/json") {
                    Ok(()) => "results-export-done",
                    Err(_) => "results-download-failed",
                }
            };
            busy.set(false);
            status.set(Some(outcome));
            request_animation_frame(|| focus_by_id("results-status"));
        });
    };

    view! {
        <section class="results-export" aria-labelledby="results-heading">
            <h2 id="results-heading">{i18n.tr("results-heading")}</h2>
            <p>{i18n.tr("results-intro")}</p>
            <p>
                <label for="results-name">{i18n.tr("results-name")}</label>
                <input id="results-name" type="text" autocomplete="name" maxlength="80" data-testid="results-name"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </p>
            <button type="button" class="button" data-testid="export-results" on:click=export aria-disabled=move || busy.get().then_some("true")>
                {i18n.tr("results-download")}
            </button>
            <p class="results-export__status" id="results-status" tabindex="-1" role="status" data-testid="results-status">
                {move || status.get().map(|id| i18n.t(id))}
            </p>
        </section>
    }
}
