use crate::adapters::content::catalog;
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::class::{copy_key, Class};
use crate::domain::trainer::lrs::{self, read};
use crate::ui::assignments::today;
use crate::ui::document::focus_by_id;
use crate::ui::i18n::use_i18n;
use crate::ui::learner::known;
use leptos::prelude::*;

/// The most pages of statements read at once (each of up to 500).
const MAX_PAGES: usize = 200;

/// What reading from the LRS came to.
#[derive(Clone, PartialEq)]
enum Outcome {
    Read {
        statements: usize,
        learners: usize,
        cut: bool,
    },
    Failed {
        message: &'static str,
        detail: String,
    },
}

/// The class dashboard reading an LRS instead of files: the trainer pastes
/// the assignment's link (it names the LRS and the assignment) and a key
/// that can read statements; every statement registered to the assignment
/// is read, following the LRS's `more` links, and each learner's results
/// are taken in as from a file.
#[component]
pub fn LrsImport(
    /// The class, updated by what is read.
    class: RwSignal<Class>,
    /// Called with the assignment read.
    on_imported: Callback<String>,
    /// Saves the class; on failure, why (a message id).
    save: Callback<(), Result<(), &'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let link = RwSignal::new(String::new());
    let key = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let failed = |message: &'static str, detail: String| Outcome::Failed { message, detail };

    let run = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed = link.get_untracked();
        let code = typed
            .rsplit_once('#')
            .map_or(typed.trim(), |(_, c)| c.trim());
        let assignment = match Assignment::decode(code, &known) {
            Ok(a) => a,
            Err(e) => {
                outcome.set(Some(failed(e.message_id(), String::new())));
                request_animation_frame(|| focus_by_id("lrs-import-status"));
                return;
            }
        };
        let Some(endpoint) = assignment.lrs.clone() else {
            outcome.set(Some(failed("dashboard-lrs-none", String::new())));
            request_animation_frame(|| focus_by_id("lrs-import-status"));
            return;
        };
        let Ok(read_key) = lrs::key(&key.get_untracked()) else {
            outcome.set(Some(failed("trainer-lrs-error-key", String::new())));
            request_animation_frame(|| focus_by_id("lrs-read-key"));
            return;
        };
        busy.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let mut url = Some(format!(
                "{}?registration={}&limit=500",
                endpoint.statements_url(),
                assignment.id
            ));
            let mut statements = Vec::new();
            let mut error = None;
            let mut pages = 0;
            // Statements left unread: too many pages, or a next page
            // elsewhere than the LRS (never followed with the key).
            let mut cut = false;
            while let Some(next) = url.take() {
                pages += 1;
                match crate::adapters::lrs::page(&next, &read_key).await {
                    Ok((mut page, more)) => {
                        statements.append(&mut page);
                        url = read::next_page(&endpoint.endpoint, &more);
                        let elsewhere = url.is_none() && !more.trim().is_empty();
                        if elsewhere || (url.is_some() && pages >= MAX_PAGES) {
                            cut = true;
                            url = None;
                        }
                    }
                    Err(e) => error = Some(e.to_string()),
                }
            }
            let result = match error {
                Some(detail) => failed("dashboard-lrs-failed", detail),
                None => {
                    let results = read::results(&statements, &assignment, catalog(), &today());
                    let learners = results.len();
                    // The trainer may have left the dashboard meanwhile.
                    let Some(before) = class.try_get_untracked() else {
                        return;
                    };
                    class.try_update(|c| {
                        for r in results {
                            c.import(r);
                        }
                    });
                    match save.try_run(()) {
                        Some(Ok(())) => {
                            on_imported.try_run(copy_key(&assignment));
                            Outcome::Read {
                                statements: statements.len(),
                                learners,
                                cut,
                            }
                        }
                        Some(Err(why)) => {
                            class.try_set(before);
                            failed(why, String::new())
                        }
                        None => return,
                    }
                }
            };
            busy.try_set(false);
            outcome.try_set(Some(result));
            request_animation_frame(|| focus_by_id("lrs-import-status"));
        });
    };

    view! {
        <section class="lrs-import" aria-labelledby="lrs-import-heading">
            <h2 id="lrs-import-heading">{i18n.tr("dashboard-lrs-heading")}</h2>
            <p>{i18n.tr("dashboard-lrs-intro")}</p>
            <form novalidate on:submit=run data-testid="lrs-import">
                <p>
                    <label for="lrs-link">{i18n.tr("dashboard-lrs-link")}</label>
                    <input id="lrs-link" type="text" spellcheck="false" autocomplete="off" data-testid="lrs-link"
                        prop:value=move || link.get() on:input=move |ev| link.set(event_target_value(&ev))/>
                </p>
                <p>
                    <label for="lrs-read-key">{i18n.tr("dashboard-lrs-key")}</label>
                    <input id="lrs-read-key" type="password" spellcheck="false" autocomplete="new-password" data-testid="lrs-read-key"
                        prop:value=move || key.get() on:input=move |ev| key.set(event_target_value(&ev))/>
                </p>
                <button type="submit" class="button" data-testid="lrs-read" aria-disabled=move || busy.get().then_some("true")>
                    {i18n.tr("dashboard-lrs-read")}
                </button>
            </form>
            <p id="lrs-import-status" tabindex="-1" role="status" data-testid="lrs-import-status">
                {move || match outcome.get() {
                    None if busy.get() => i18n.t("dashboard-lrs-reading"),
                    None => String::new(),
                    Some(Outcome::Read { statements, learners, cut }) => {
                        let done = i18n.t_args(
                            "dashboard-lrs-done",
                            &[("statements", statements.into()), ("learners", learners.into())],
                        );
                        if cut {
                            format!("{done} {}", i18n.t("dashboard-lrs-cut"))
                        } else {
                            done
                        }
                    }
                    Some(Outcome::Failed { message, .. }) => i18n.t(message),
                }}
                // The LRS's own words, as it gave them (in English).
                {move || match outcome.get() {
                    Some(Outcome::Failed { detail, .. }) if !detail.is_empty() => {
                        Some(view! { " " <span lang="en">{detail}</span> })
                    }
                    _ => None,
                }}
            </p>
        </section>
    }
}
