//! "Your data" (`/<lang>/settings`, linked from the catalog): what the app
//! stored (every `savoir:` key and its size), the whole progress downloaded
//! as a file (`domain::learner::transfer`), such a file imported from a file
//! picker or pasted text (checked first, previewed, then merged or put in
//! place of what is here), and a reset. The reset asks for confirmation and
//! erases the accepted assignments and the learner's signature too, so their
//! next result file carries a new learner id. The trainer's class
//! (`savoir-trainer:class`) is outside the `savoir:` keys, so neither this
//! page nor a progress file covers it.

use crate::adapters::files;
use crate::domain::learner::progress::Progress;
use crate::domain::learner::transfer::{self, Imported, Summary};
use crate::ui::assignments::use_assignments;
use crate::ui::components::ConfirmButton;
use crate::ui::components::{PageFrame, RetentionSetting};
use crate::ui::format::{date_text, size_text};
use crate::ui::i18n::use_i18n;
use crate::ui::learner::use_learner;
use leptos::html::Input;
use leptos::prelude::*;

/// Moves focus to the status line, where the outcome of an action is said
/// (the control used has gone).
fn focus_status() {
    request_animation_frame(|| crate::ui::document::focus_by_id("settings-status"));
}

/// The learner's data on this device: what is stored and its size, a
/// download of the whole progress as a file, import of such a file (from a
/// file or pasted) with a preview and a choice to merge or replace, and a
/// reset that asks first. Every outcome is said in the status line.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let assignments = use_assignments();
    let stored = RwSignal::new(learner.stored_sizes());
    let status = RwSignal::new(None::<&'static str>);
    let say = move |id: &'static str| {
        status.set(None);
        request_animation_frame(move || status.set(Some(id)));
    };
    let refresh = move || stored.set(learner.stored_sizes());

    let stored_list = move || {
        let items = stored.get();
        if items.is_empty() {
            return view! { <p>{i18n.tr("settings-nothing-stored")}</p> }.into_any();
        }
        let total: usize = items.iter().map(|(_, s)| s).sum();
        let total = i18n.t_args(
            "settings-stored-total",
            &[("size", size_text(total, i18n.lang()).into())],
        );
        let rows = items
            .into_iter()
            .map(|(key, size)| view! { <li><code>{key}</code>" · "{size_text(size, i18n.lang())}</li> })
            .collect_view();
        view! {
            <ul class="settings__stored" data-testid="stored">{rows}</ul>
            <p>{total}</p>
        }
        .into_any()
    };

    let export = move |_| match learner.download() {
        Ok(()) => say("settings-export-done"),
        Err(e) => {
            crate::ui::document::log_error(&std::io::Error::other(e));
            say("settings-save-failed");
        }
    };

    // Import: read, check, preview; then merge or replace.
    let file_input = NodeRef::<Input>::new();
    let pasted = RwSignal::new(String::new());
    let checked = RwSignal::new(None::<Result<Imported, &'static str>>);
    let check = move |_| {
        let text_pasted = pasted.get_untracked();
        leptos::task::spawn_local(async move {
            let from_file = match file_input.get_untracked() {
                Some(input) => match files::read_chosen(&input, transfer::MAX_FILE).await {
                    Ok(text) => text,
                    Err(e) => {
                        let id = match e {
                            files::ReadError::TooLarge => "settings-import-too-large",
                            files::ReadError::Unreadable(why) => {
                                crate::ui::document::log_error(&std::io::Error::other(why));
                                "settings-import-unreadable"
                            }
                        };
                        checked.set(Some(Err(id)));
                        request_animation_frame(|| {
                            crate::ui::document::focus_by_id("import-preview")
                        });
                        return;
                    }
                },
                None => None,
            };
            let text = from_file.unwrap_or(text_pasted);
            if text.trim().is_empty() {
                checked.set(Some(Err("settings-import-nothing")));
                return;
            }
            checked.set(Some(
                transfer::import(&text, &crate::ui::learner::known).map_err(|e| e.message_id()),
            ));
            request_animation_frame(|| crate::ui::document::focus_by_id("import-preview"));
        });
    };
    let apply = move |replace: bool| {
        let Some(Ok(imported)) = checked.get_untracked() else {
            return;
        };
        match learner.apply_import(
            imported.progress,
            replace.then_some(imported.preferences),
            replace,
        ) {
            Ok(()) => {
                checked.set(None);
                pasted.set(String::new());
                say("settings-import-done");
            }
            Err(e) => {
                crate::ui::document::log_error(&e);
                say("settings-save-failed");
            }
        }
        refresh();
        focus_status();
    };
    let preview = move || {
        checked.get().map(|result| match result {
            Err(id) => view! { <p class="settings__error" role="alert" data-testid="import-error" data-error=id>{i18n.tr(id)}</p> }.into_any(),
            Ok(imported) => {
                let s = Summary::of(&imported.progress);
                let date = date_text(imported.exported, i18n.lang());
                let counts = [
                    ("settings-count-started", s.lessons_started),
                    ("settings-count-completed", s.lessons_completed),
                    ("settings-count-reflections", s.reflections),
                    ("settings-count-attempts", s.attempts_finished),
                    ("settings-count-reviewed", s.reviewed),
                    ("settings-count-workbook", s.controls_decided),
                ]
                .into_iter()
                .map(|(id, count)| {
                    view! { <li>{i18n.t_args(id, &[("count", count.into())])}</li> }
                })
                .collect_view();
                view! {
                    <div class="settings__preview" id="import-preview" tabindex="-1" data-testid="import-preview">
                        <p>{i18n.t_args("settings-import-preview", &[("date", date.into())])}</p>
                        <ul>{counts}</ul>
                        {(imported.dropped > 0).then(|| view! {
                            <p data-testid="import-dropped">{i18n.t_args("settings-import-dropped", &[("count", imported.dropped.into())])}</p>
                        })}
                        <p class="settings__actions">
                            <button type="button" class="button" data-testid="import-merge" on:click=move |_| apply(false)>
                                {i18n.tr("settings-import-merge")}
                            </button>
                            <button type="button" class="button button--quiet" data-testid="import-replace" on:click=move |_| apply(true)>
                                {i18n.tr("settings-import-replace")}
                            </button>
                        </p>
                    </div>
                }
                .into_any()
            }
        })
    };

    let store = crate::ui::app::use_store();
    let lrs = crate::ui::lrs::use_lrs();
    let reset = Callback::new(move |()| {
        let progress = learner.apply_import(Progress::default(), None, true);
        let outbox = crate::ui::lrs::forget(&store, lrs);
        match progress.and(assignments.forget()).and(outbox) {
            Ok(()) => say("settings-reset-done"),
            Err(e) => {
                crate::ui::document::log_error(&e);
                say("settings-save-failed");
            }
        }
        refresh();
        focus_status();
    });

    view! {
        <PageFrame class="settings" title="settings-title" intro="settings-intro">
            <p class="settings__status" id="settings-status" tabindex="-1" role="status" data-testid="settings-status">
                {move || status.get().map(|id| i18n.t(id))}
            </p>
            <section aria-labelledby="stored-heading">
                <h2 id="stored-heading">{i18n.tr("settings-stored-heading")}</h2>
                {stored_list}
                <p data-testid="persisted">
                    {move || learner.persisted().map(|granted| {
                        i18n.t(if granted { "settings-persisted" } else { "settings-not-persisted" })
                    })}
                </p>
            </section>
            <section aria-labelledby="export-heading">
                <h2 id="export-heading">{i18n.tr("settings-export-heading")}</h2>
                <button type="button" class="button" data-testid="export" on:click=export>
                    {i18n.tr("settings-export-button")}
                </button>
                {learner.unreadable_copy().map(|_| view! {
                    <p>
                        <button type="button" class="button button--quiet" data-testid="settings-download-unreadable"
                            on:click=move |_| learner.download_unreadable()>
                            {i18n.tr("notice-download-unreadable")}
                        </button>
                    </p>
                })}
            </section>
            <section aria-labelledby="import-heading">
                <h2 id="import-heading">{i18n.tr("settings-import-heading")}</h2>
                <p>
                    <label for="import-file">{i18n.tr("settings-import-file")}</label>
                    <input id="import-file" type="file" accept=".json,application/json" node_ref=file_input
                        on:change=move |_| checked.set(None)/>
                </p>
                <p>
                    <label for="import-paste">{i18n.tr("settings-import-paste")}</label>
                    <textarea id="import-paste" class="settings__paste" data-testid="import-paste" spellcheck="false"
                        prop:value=move || pasted.get()
                        on:input=move |ev| {
                            pasted.set(event_target_value(&ev));
                            checked.set(None);
                            // The text pasted last is the one to check.
                            if let Some(input) = file_input.get_untracked() {
                                input.set_value("");
                            }
                        }></textarea>
                </p>
                <button type="button" class="button" data-testid="import-check" on:click=check>
                    {i18n.tr("settings-import-read")}
                </button>
                {preview}
            </section>
            <RetentionSetting/>
            <section aria-labelledby="reset-heading">
                <h2 id="reset-heading">{i18n.tr("settings-reset-heading")}</h2>
                <ConfirmButton id="reset" label="settings-reset-button" question="settings-reset-confirm"
                    yes="settings-reset-yes" on_confirm=reset/>
            </section>
        </PageFrame>
    }
}
