use crate::adapters::files::{self, ChosenFile};
use crate::domain::shared::language::Lang;
use crate::domain::trainer::class::{copy_key, Class, Imported};
use crate::domain::trainer::results::{Results, MAX_FILE};
use crate::ui::document::focus_by_id;
use crate::ui::i18n::use_i18n;
use leptos::html::Input;
use leptos::prelude::*;

/// What happened to one file.
#[derive(Clone, PartialEq)]
struct Outcome {
    name: String,
    /// What it did, or why it was refused (a message id).
    result: Result<Imported, &'static str>,
}

/// Import of result files, many at once, by the file picker or by dropping
/// them on the area: each valid file is taken in, each invalid one is
/// listed with its name and the reason, and the class is saved once.
#[component]
pub fn ResultsImport(
    /// The class, updated by imports.
    class: RwSignal<Class>,
    /// Called with the assignment of the last file taken in.
    on_imported: Callback<String>,
    /// Saves the class; on failure, why (a message id).
    save: Callback<(), Result<(), &'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let report = RwSignal::new(Vec::<Outcome>::new());
    let unsaved = RwSignal::new(None::<&'static str>);
    let over = RwSignal::new(false);

    let take = move |chosen: Vec<ChosenFile>| {
        let mut outcomes = Vec::new();
        let mut last = None;
        let before = class.get_untracked();
        class.update(|c| {
            for file in chosen {
                let result = match file.text {
                    None => Err("results-error-too-large"),
                    Some(Err(_)) => Err("results-error-unreadable"),
                    Some(Ok(text)) => match Results::from_file(&text) {
                        Ok(results) => {
                            let id = copy_key(&results.assignment);
                            let done = c.import(results);
                            last = Some(id);
                            Ok(done)
                        }
                        Err(e) => Err(e.message_id()),
                    },
                };
                outcomes.push(Outcome {
                    name: file.name,
                    result,
                });
            }
        });
        // What storage did not keep is not shown as imported: the class goes
        // back to what it was, and each file that would have changed it says
        // why it was not kept.
        let kept = save.run(());
        unsaved.set(kept.err());
        if let Err(why) = kept {
            class.set(before);
            last = None;
            for o in &mut outcomes {
                if matches!(
                    o.result,
                    Ok(Imported::Added | Imported::Updated | Imported::AnotherCopy)
                ) {
                    o.result = Err(why);
                }
            }
        }
        report.set(outcomes);
        if let Some(id) = last {
            on_imported.run(id);
        }
        request_animation_frame(|| focus_by_id("import-report"));
    };
    let read = move |list: web_sys::FileList, picker: Option<web_sys::HtmlInputElement>| {
        leptos::task::spawn_local(async move {
            let chosen = files::read_all(&list, MAX_FILE).await;
            // So that choosing the same file again reads it again.
            if let Some(picker) = picker {
                picker.set_value("");
            }
            take(chosen);
        });
    };

    let rows = move || {
        report
            .get()
            .into_iter()
            .map(|o| {
                let (outcome, text) = match o.result {
                    Ok(done) => (
                        match done {
                            Imported::Added | Imported::AnotherCopy => "added",
                            Imported::Updated => "updated",
                            Imported::Unchanged | Imported::Older => "unchanged",
                        },
                        i18n.t(done.message_id()),
                    ),
                    Err(id) => (
                        "rejected",
                        i18n.t_args("dashboard-file-rejected", &[("reason", i18n.t(id).into())]),
                    ),
                };
                let colon = if i18n.lang() == Lang::Fr {
                    "\u{a0}: "
                } else {
                    ": "
                };
                view! {
                    <li data-outcome=outcome><strong>{o.name}</strong>{colon}{text}</li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="results-import" aria-labelledby="results-import-heading">
            <h2 id="results-import-heading">{i18n.tr("dashboard-import-heading")}</h2>
            <div class="dropzone" class:dropzone--over=move || over.get() data-testid="dropzone"
                on:dragover=move |ev| {
                    ev.prevent_default();
                    over.set(true);
                }
                on:dragleave=move |_| over.set(false)
                on:drop=move |ev| {
                    ev.prevent_default();
                    over.set(false);
                    if let Some(list) = ev.data_transfer().and_then(|d| d.files()) {
                        read(list, None);
                    }
                }>
                <p>{i18n.tr("dashboard-drop")}</p>
                <p>
                    <label for="results-files">{i18n.tr("dashboard-choose")}</label>
                    <input id="results-files" type="file" multiple accept=".json,application/json" node_ref=input
                        data-testid="results-files"
                        on:change=move |_| {
                            if let Some(field) = input.get_untracked() {
                                if let Some(list) = field.files() {
                                    read(list, Some(field));
                                }
                            }
                        }/>
                </p>
            </div>
            <div id="import-report" tabindex="-1" role="status" class="results-import__report">
                {move || (!report.with(Vec::is_empty)).then(|| view! {
                    <ul data-testid="import-report">{rows}</ul>
                })}
                {move || unsaved.get().map(|id| view! { <p class="settings__error" role="alert" data-testid="dashboard-not-saved" data-problem=id>{i18n.tr(id)}</p> })}
            </div>
        </section>
    }
}
