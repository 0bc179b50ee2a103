//! The trainer's page (`/<lang>/trainer`): an assignment made from a form,
//! and its share link with a QR code (see `domain::trainer` for the whole
//! path from link to dashboard).
//!
//! In the release build this page, like the dashboard, is split off the
//! learner's first load and fetched when first opened (`ui::lazy`): about
//! 24 KiB brotli for this page (form, QR encoder) and 39 for the dashboard
//! (file reader, grid, charts, CSV). A second wasm for trainers, considered
//! before, would have carried its own copy of std, Leptos and Fluent.

use crate::adapters::content::catalog;
use crate::domain::shared::route;
use crate::domain::trainer::assignment::{Assignment, Note, MAX_GROUP, MAX_LINK, MAX_NOTE};
use crate::domain::trainer::lrs::Lrs;
use crate::ui::assignments::{now, today};
use crate::ui::components::PageFrame;
use crate::ui::components::ShareLink;
use crate::ui::document::{focus_by_id, random_uuid};
use crate::ui::format::day_after;
use crate::ui::i18n::use_i18n;
use crate::ui::learner::known;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The trainer's page: choose modules or single lessons, a due date, a pass
/// mark, a group label, a signature and an optional note in either language
/// or both; get a share link and its QR code. Nothing is stored or sent:
/// the link carries the assignment.
#[component]
pub fn TrainerPage() -> impl IntoView {
    let i18n = use_i18n();
    let modules = RwSignal::new(BTreeSet::<String>::new());
    let lessons = RwSignal::new(BTreeSet::<String>::new());
    let due = RwSignal::new(day_after(&today(), 14));
    let pass_mark = RwSignal::new(String::from("80"));
    let group = RwSignal::new(String::new());
    let by = RwSignal::new(String::new());
    let note_en = RwSignal::new(String::new());
    let note_fr = RwSignal::new(String::new());
    let lrs_endpoint = RwSignal::new(String::new());
    let lrs_key = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let made = RwSignal::new(None::<String>);
    // A field's value, kept in step with what is typed; any change takes
    // the link made before away, so that no stale link is shared.
    let typed = move |signal: RwSignal<String>| {
        move |ev: leptos::ev::Event| {
            signal.set(event_target_value(&ev));
            made.set(None);
        }
    };

    let toggle = move |set: RwSignal<BTreeSet<String>>, id: String| {
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            set.update(|s| {
                if on {
                    s.insert(id.clone());
                } else {
                    s.remove(&id);
                }
            });
            made.set(None);
        }
    };

    let choices = catalog()
        .modules
        .iter()
        .map(|m| {
            let id = m.id.clone();
            let title = m.title.clone();
            let field = format!("assign-module-{id}");
            let chosen = {
                let id = id.clone();
                move || modules.with(|s| s.contains(&id))
            };
            let lesson_list = m
                .lessons
                .iter()
                .map(|l| {
                    let key = format!("{id}/{}", l.id);
                    let field = format!("assign-lesson-{id}-{}", l.id);
                    let title = l.title.clone();
                    let checked = {
                        let key = key.clone();
                        move || lessons.with(|s| s.contains(&key))
                    };
                    view! {
                        <li class="trainer__choice">
                            <input type="checkbox" id=field.clone() data-lesson=key.clone()
                                prop:checked=checked on:change=toggle(lessons, key)/>
                            <label for=field>{move || title.get(i18n.lang()).to_owned()}</label>
                        </li>
                    }
                })
                .collect_view();
            let hidden = chosen.clone();
            let summary_title = m.title.clone();
            view! {
                <li class="trainer__module">
                    <div class="trainer__choice">
                        <input type="checkbox" id=field.clone() data-module=id.clone()
                            prop:checked=chosen on:change=toggle(modules, id.clone())/>
                        <label for=field>{move || title.get(i18n.lang()).to_owned()}</label>
                    </div>
                    <details class="trainer__lessons" class:trainer__lessons--hidden=hidden>
                        <summary>{move || i18n.t_args("trainer-single-lessons", &[("module", summary_title.get(i18n.lang()).to_owned().into())])}</summary>
                        <ul>{lesson_list}</ul>
                    </details>
                </li>
            }
        })
        .collect_view();

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen_modules: Vec<String> = modules.get_untracked().into_iter().collect();
        // A lesson of a module assigned whole is in it already.
        let chosen_lessons: Vec<String> = lessons
            .get_untracked()
            .into_iter()
            .filter(|key| {
                key.split_once('/')
                    .is_some_and(|(m, _)| !chosen_modules.iter().any(|c| c == m))
            })
            .collect();
        let pass = pass_mark.get_untracked().trim().parse::<u8>().ok();
        let assignment = Assignment {
            id: random_uuid(),
            modules: chosen_modules,
            lessons: chosen_lessons,
            due: due.get_untracked(),
            pass_mark: pass.unwrap_or(0),
            note: Note {
                en: note_en.get_untracked().trim().to_owned(),
                fr: note_fr.get_untracked().trim().to_owned(),
            },
            group: group.get_untracked().trim().to_owned(),
            by: by.get_untracked().trim().to_owned(),
            created: now(),
            lrs: None,
        };
        // An LRS only if the trainer gave one: both fields, both valid.
        let (endpoint, key) = (lrs_endpoint.get_untracked(), lrs_key.get_untracked());
        let lrs = (!endpoint.trim().is_empty() || !key.trim().is_empty())
            .then(|| Lrs::new(&endpoint, &key));
        let mut assignment = assignment;
        if let Some(Ok(lrs)) = &lrs {
            assignment.lrs = Some(lrs.clone());
        }
        let why = if assignment.modules.is_empty() && assignment.lessons.is_empty() {
            Some(("trainer-error-nothing", "assign-module-first"))
        } else if !crate::domain::trainer::assignment::is_date(&assignment.due) {
            Some(("trainer-error-due", "assign-due"))
        } else if !pass.is_some_and(|p| (1..=100).contains(&p)) {
            Some(("trainer-error-pass", "assign-pass"))
        } else if let Some(Err(e)) = lrs {
            use crate::domain::trainer::lrs::LrsError;
            Some(match e {
                LrsError::Key => ("trainer-lrs-error-key", "assign-lrs-key"),
                LrsError::NotHttps => ("trainer-lrs-error-https", "assign-lrs-endpoint"),
                LrsError::Malformed | LrsError::TooLong => {
                    ("trainer-lrs-error-endpoint", "assign-lrs-endpoint")
                }
            })
        } else if assignment.validate(&known).is_err() || assignment.encode().len() > MAX_LINK {
            Some(("trainer-error-too-long", "assign-note-en"))
        } else {
            None
        };
        match why {
            Some((message, field)) => {
                made.set(None);
                problem.set(Some(message));
                let field = if field == "assign-module-first" {
                    catalog()
                        .modules
                        .first()
                        .map(|m| format!("assign-module-{}", m.id))
                        .unwrap_or_default()
                } else {
                    field.to_owned()
                };
                request_animation_frame(move || focus_by_id(&field));
            }
            None => {
                problem.set(None);
                made.set(Some(assignment.encode()));
                request_animation_frame(|| focus_by_id("share-heading"));
            }
        }
    };

    view! {
        <PageFrame class="trainer" title="trainer-title" intro="trainer-intro">
            <p>
                <a href=move || route::dashboard(i18n.lang()) data-testid="dashboard-link">{i18n.tr("dashboard-link")}</a>
            </p>
            <form class="trainer__form" novalidate on:submit=create data-testid="assignment-form">
                <fieldset>
                    <legend>{i18n.tr("trainer-what")}</legend>
                    <p class="trainer__hint">{i18n.tr("trainer-what-hint")}</p>
                    <ul class="trainer__modules">{choices}</ul>
                </fieldset>
                <div class="trainer__fields">
                    <p>
                        <label for="assign-due">{i18n.tr("trainer-due")}</label>
                        <input id="assign-due" type="date" required prop:value=move || due.get() on:input=typed(due)/>
                    </p>
                    <p>
                        <label for="assign-pass">{i18n.tr("trainer-pass-mark")}</label>
                        <input id="assign-pass" type="number" min="1" max="100" step="1" inputmode="numeric" required
                            prop:value=move || pass_mark.get() on:input=typed(pass_mark)/>
                    </p>
                    <p>
                        <label for="assign-group">{i18n.tr("trainer-group")}</label>
                        <input id="assign-group" type="text" maxlength=MAX_GROUP.to_string()
                            prop:value=move || group.get() on:input=typed(group)/>
                    </p>
                    <p>
                        <label for="assign-by">{i18n.tr("trainer-by")}</label>
                        <input id="assign-by" type="text" autocomplete="name" maxlength=MAX_GROUP.to_string()
                            prop:value=move || by.get() on:input=typed(by)/>
                    </p>
                    <p>
                        <label for="assign-note-en">{i18n.tr("trainer-note-en")}</label>
                        <textarea id="assign-note-en" lang="en" maxlength=MAX_NOTE.to_string()
                            prop:value=move || note_en.get() on:input=typed(note_en)></textarea>
                    </p>
                    <p>
                        <label for="assign-note-fr">{i18n.tr("trainer-note-fr")}</label>
                        <textarea id="assign-note-fr" lang="fr" maxlength=MAX_NOTE.to_string()
                            prop:value=move || note_fr.get() on:input=typed(note_fr)></textarea>
                    </p>
                </div>
                <details class="trainer__lrs">
                    <summary>{i18n.tr("trainer-lrs")}</summary>
                    <p class="trainer__hint">{i18n.tr("trainer-lrs-hint")}</p>
                    <p>
                        <label for="assign-lrs-endpoint">{i18n.tr("trainer-lrs-endpoint")}</label>
                        <input id="assign-lrs-endpoint" type="url" inputmode="url" spellcheck="false" autocomplete="off"
                            maxlength=crate::domain::trainer::lrs::MAX_ENDPOINT.to_string()
                            placeholder="https://lrs.example.org/xAPI/"
                            prop:value=move || lrs_endpoint.get() on:input=typed(lrs_endpoint)/>
                    </p>
                    <p>
                        <label for="assign-lrs-key">{i18n.tr("trainer-lrs-key")}</label>
                        <input id="assign-lrs-key" type="text" spellcheck="false" autocomplete="off"
                            maxlength=crate::domain::trainer::lrs::MAX_KEY.to_string()
                            prop:value=move || lrs_key.get() on:input=typed(lrs_key)/>
                    </p>
                    <p class="trainer__hint">{i18n.tr("trainer-lrs-warning")}</p>
                </details>
                <p class="trainer__error" role="alert" data-testid="trainer-error">
                    {move || problem.get().map(|id| i18n.t(id))}
                </p>
                <button type="submit" class="button" data-testid="create-link">{i18n.tr("trainer-create")}</button>
            </form>
            {move || made.get().map(|code| view! { <ShareLink code/> })}
        </PageFrame>
    }
}
