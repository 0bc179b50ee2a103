use crate::domain::shared::store::{DocumentError, StoreError};
use crate::domain::trainer::assignment::Assignment;
use crate::ui::assignments::{problem_message, use_assignments};
use crate::ui::document::focus_by_id;
use crate::ui::i18n::use_i18n;
use crate::ui::lrs::use_lrs;
use leptos::prelude::*;

/// What kind of failure a waiting statement's last try met, said in the
/// learner's language (the LRS's own words follow, in English).
fn failure_message(reason: &str) -> &'static str {
    if reason.starts_with("no answer") {
        "lrs-failure-unreachable"
    } else if reason.starts_with("HTTP 401") || reason.starts_with("HTTP 403") {
        "lrs-failure-key"
    } else {
        "lrs-failure-lrs"
    }
}

/// Why the outbox cannot be read or kept.
fn outbox_problem(e: &DocumentError) -> &'static str {
    match e {
        DocumentError::NewerSchema(_) => "lrs-problem-newer",
        DocumentError::Corrupt(_) => "lrs-problem-unreadable",
        DocumentError::Store(StoreError::QuotaExceeded) => "lrs-problem-full",
        DocumentError::Store(_) => "lrs-problem-storage",
    }
}

/// Where an accepted assignment's statements stand with its LRS: how many
/// were sent and how many wait (with why the last try failed), each one
/// the LRS refused with its reason (and a way to try them again), "Send
/// now", and the learner's choice to stop or start sending.
#[component]
pub fn LrsStatus(assignment: Assignment) -> impl IntoView {
    let i18n = use_i18n();
    let assignments = use_assignments();
    let lrs = use_lrs();
    let host = assignment
        .lrs
        .as_ref()
        .map(|l| l.host().to_owned())
        .unwrap_or_default();
    let id = StoredValue::new(assignment.id.clone());
    let sends = Memo::new(move |_| {
        assignments.with(|a| id.with_value(|id| a.get(id).is_some_and(|x| x.sends())))
    });
    let counts = Memo::new(move |_| {
        lrs.map(|s| s.outbox.with(|o| id.with_value(|id| o.counts(id))))
            .unwrap_or_default()
    });
    // Only when the list itself changes: an open list stays open, and
    // focus in it stays, while other statements are sent.
    let refused_list = Memo::new(move |_| {
        lrs.map(|s| {
            s.outbox.with(|o| {
                id.with_value(|id| {
                    o.refused_of(id)
                        .into_iter()
                        .map(|(sid, e)| (sid.to_owned(), e.reason.clone()))
                        .collect::<Vec<_>>()
                })
            })
        })
        .unwrap_or_default()
    });
    let problem = RwSignal::new(None::<&'static str>);
    let name = RwSignal::new(assignments.signed_name());
    let switch = move |send: bool| {
        // The LRS shows the trainer a name: one is needed to start.
        if send && name.get_untracked().trim().is_empty() {
            problem.set(Some("lrs-name-first"));
            request_animation_frame(|| focus_by_id("lrs-start-name"));
            return;
        }
        if send {
            assignments.sign(&name.get_untracked());
        }
        let result = id.with_value(|id| assignments.set_sending(id, send));
        problem.set(result.err().map(|e| problem_message(&e)));
        // The button pressed is gone: focus goes to the section's heading.
        request_animation_frame(|| focus_by_id("lrs-status-heading"));
    };
    let retry_refused = move |_| {
        if let Some(s) = lrs {
            s.retry_refused(&id.get_value());
        }
    };
    let refused = move || {
        let list = refused_list.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(sid, reason)| view! { <li><code>{sid}</code>" — "<span lang="en">{reason}</span></li> })
                .collect_view();
            view! {
                <details class="lrs-status__refused" data-testid="lrs-refused">
                    <summary>{move || i18n.t_args("lrs-refused", &[("count", counts.get().refused.into())])}</summary>
                    <p>{i18n.tr("lrs-refused-hint")}</p>
                    <ul>{items}</ul>
                    <p>
                        <button type="button" class="button button--secondary" data-testid="lrs-retry-refused" on:click=retry_refused>
                            {i18n.tr("lrs-retry-refused")}
                        </button>
                    </p>
                </details>
            }
        })
    };
    let storage_problem = move || {
        lrs.and_then(|s| s.problem.get()).map(|e| {
            let id = outbox_problem(&e);
            view! { <p class="settings__error" role="alert" data-testid="lrs-problem" data-problem=id>{i18n.tr(id)}</p> }
        })
    };
    let host_on = host.clone();
    view! {
        <section class="lrs-status" aria-labelledby="lrs-status-heading" data-testid="lrs-status"
            data-sending=move || sends.get().to_string()>
            <h2 id="lrs-status-heading" tabindex="-1">{i18n.tr("lrs-status-heading")}</h2>
            {move || if sends.get() {
                let host = host_on.clone();
                view! {
                    <p>{move || i18n.t_args("lrs-status-on", &[("host", host.clone().into())])}</p>
                    <p role="status" data-testid="lrs-counts" data-waiting=move || counts.get().waiting.to_string()
                        data-sent=move || counts.get().sent.to_string() data-refused=move || counts.get().refused.to_string()>
                        {move || {
                            let c = counts.get();
                            i18n.t_args("lrs-counts", &[("sent", c.sent.into()), ("waiting", c.waiting.into())])
                        }}
                    </p>
                    {move || counts.get().last_failure.filter(|_| counts.get().waiting > 0).map(|why| view! {
                        <p class="lrs-status__failure" data-testid="lrs-failure">
                            {i18n.tr(failure_message(&why))}" "<span lang="en">{why}</span>
                        </p>
                    })}
                    {refused}
                    <p class="lrs-status__buttons">
                        <button type="button" class="button" data-testid="lrs-send-now"
                            on:click=move |_| if let Some(s) = lrs { s.nudge.update(|n| *n += 1) }>
                            {i18n.tr("lrs-send-now")}
                        </button>
                        " "
                        <button type="button" class="button button--secondary" data-testid="lrs-stop" on:click=move |_| switch(false)>
                            {i18n.tr("lrs-stop")}
                        </button>
                    </p>
                }.into_any()
            } else {
                let host = host.clone();
                view! {
                    <p data-testid="lrs-off">{move || i18n.t_args("lrs-status-off", &[("host", host.clone().into())])}</p>
                    <p>
                        <label for="lrs-start-name">{i18n.tr("lrs-name")}</label>
                        <input id="lrs-start-name" type="text" autocomplete="name" maxlength="80"
                            aria-describedby="lrs-status-problem"
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                    </p>
                    <p>
                        <button type="button" class="button button--secondary" data-testid="lrs-start" on:click=move |_| switch(true)>
                            {i18n.tr("lrs-start")}
                        </button>
                    </p>
                }.into_any()
            }}
            {storage_problem}
            <p id="lrs-status-problem" class="settings__error" role="alert">
                {move || problem.get().map(|id| i18n.t(id))}
            </p>
        </section>
    }
}
