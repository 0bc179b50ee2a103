use crate::domain::trainer::assignment::Assignment;
use crate::ui::assignments::{problem_message, use_assignments};
use crate::ui::document::focus_by_id;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Accepting an assignment that has a Learning Record Store: the learner is
/// told plainly what is sent and to where, gives the name their trainer
/// will see, and consents or declines (result files then, as without an
/// LRS). Either way the assignment is accepted.
#[component]
pub fn LrsConsent(assignment: Assignment) -> impl IntoView {
    let i18n = use_i18n();
    let assignments = use_assignments();
    let host = assignment
        .lrs
        .as_ref()
        .map(|l| l.host().to_owned())
        .unwrap_or_default();
    let name = RwSignal::new(assignments.signed_name());
    crate::ui::scorm::prefill_name(name);
    let problem = RwSignal::new(None::<&'static str>);
    let assignment = StoredValue::new(assignment);
    let answer = move |send: bool| {
        if send && name.get_untracked().trim().is_empty() {
            problem.set(Some("lrs-name-first"));
            request_animation_frame(|| focus_by_id("lrs-name"));
            return;
        }
        if send {
            assignments.sign(&name.get_untracked());
        }
        match assignments.accept(assignment.get_value(), Some(send)) {
            Ok(()) => {
                problem.set(None);
                request_animation_frame(|| focus_by_id("assignment-accepted"));
            }
            Err(e) => {
                crate::ui::document::log_error(&e);
                problem.set(Some(problem_message(&e)));
            }
        }
    };
    let host_text = host.clone();
    view! {
        <section class="assignment__accept lrs-consent" aria-labelledby="lrs-consent-heading" data-testid="lrs-consent">
            <h2 id="lrs-consent-heading">{i18n.tr("lrs-consent-heading")}</h2>
            <p>{move || i18n.t_args("lrs-consent-what", &[("host", host_text.clone().into())])}</p>
            <p>{i18n.tr("lrs-consent-choice")}</p>
            <p>
                <label for="lrs-name">{i18n.tr("lrs-name")}</label>
                <input id="lrs-name" type="text" autocomplete="name" maxlength="80" data-testid="lrs-name"
                    aria-invalid=move || (problem.get() == Some("lrs-name-first")).then_some("true")
                    aria-describedby="lrs-consent-problem"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </p>
            <p class="lrs-consent__buttons">
                <button type="button" class="button" data-testid="accept-send" on:click=move |_| answer(true)>
                    {move || i18n.t_args("lrs-consent-yes", &[("host", host.clone().into())])}
                </button>
                " "
                <button type="button" class="button button--secondary" data-testid="accept-no-send" on:click=move |_| answer(false)>
                    {i18n.tr("lrs-consent-no")}
                </button>
            </p>
            <p id="lrs-consent-problem" class="settings__error" role="alert" data-testid="accept-problem"
                data-problem=move || problem.get()>
                {move || problem.get().map(|id| i18n.t(id))}
            </p>
        </section>
    }
}
