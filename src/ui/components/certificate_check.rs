use crate::adapters::content::catalog;
use crate::domain::trainer::certificate::{display_name, verify, Code, Scope};
use crate::domain::trainer::class::Class;
use crate::ui::format::normalized;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// What a check found, kept as facts so that a language switch says it again.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Invalid,
    NoFiles,
    NoMatch,
    /// Per match: the name the file is signed with, the assignment's group
    /// (`None` for the whole course), and the name typed when it differs.
    Matches(Vec<(String, Option<String>, Option<String>)>),
}

/// "Check a certificate" on the class dashboard: a verification code (and
/// the name on the certificate, when it differs from the result file's) is
/// computed again from every imported result file
/// (`domain::trainer::certificate::verify`), and the page says whose
/// results it matches, or that none does.
#[component]
pub fn CertificateCheck(class: RwSignal<Class>) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let check = move || {
        let Some(parsed) = Code::parse(&code.get_untracked()) else {
            outcome.set(Some(Outcome::Invalid));
            return;
        };
        let found = class.with_untracked(|c| {
            if c.results.is_empty() {
                return Outcome::NoFiles;
            }
            let typed = normalized(&display_name(&name.get_untracked()));
            let matches = verify(&c.results, catalog(), parsed, &typed);
            if matches.is_empty() {
                return Outcome::NoMatch;
            }
            Outcome::Matches(
                matches
                    .into_iter()
                    .map(|m| {
                        let learner = c.results[m.file].learner.name.clone();
                        let group = match m.scope {
                            Scope::Course => None,
                            Scope::Assignment { group, .. } => Some(group),
                        };
                        let other = (!typed.is_empty()
                            && typed.to_lowercase() != display_name(&learner).to_lowercase())
                        .then(|| typed.clone());
                        (learner, group, other)
                    })
                    .collect(),
            )
        });
        outcome.set(Some(found));
    };
    let said = move || {
        outcome.get().map(|o| match o {
            Outcome::Invalid => {
                view! { <p data-outcome="invalid">{i18n.t("dashboard-check-invalid")}</p> }
                    .into_any()
            }
            Outcome::NoFiles => {
                view! { <p data-outcome="no-files">{i18n.t("dashboard-check-no-files")}</p> }
                    .into_any()
            }
            Outcome::NoMatch => {
                view! { <p data-outcome="no-match">{i18n.t("dashboard-check-no-match")}</p> }
                    .into_any()
            }
            Outcome::Matches(list) => list
                .into_iter()
                .map(|(learner, group, other)| {
                    let learner = ("learner", learner.into());
                    let text = match group {
                        None => i18n.t_args("dashboard-check-match-course", &[learner]),
                        Some(g) if g.is_empty() => {
                            i18n.t_args("dashboard-check-match-untitled", &[learner])
                        }
                        Some(g) => i18n.t_args(
                            "dashboard-check-match-assignment",
                            &[learner, ("group", g.into())],
                        ),
                    };
                    let other = other
                        .map(|n| i18n.t_args("dashboard-check-other-name", &[("name", n.into())]));
                    view! { <p data-outcome="match">{text} {other.map(|o| view! { " " {o} })}</p> }
                })
                .collect_view()
                .into_any(),
        })
    };
    view! {
        <section aria-labelledby="dashboard-check-heading" data-testid="certificate-check">
            <h2 id="dashboard-check-heading">{i18n.tr("dashboard-check-heading")}</h2>
            <p>{i18n.tr("dashboard-check-intro")}</p>
            <form class="dashboard__check" on:submit=move |ev| { ev.prevent_default(); check(); }>
                <p>
                    <label for="dashboard-check-code">{i18n.tr("dashboard-check-code")}</label>
                    <input id="dashboard-check-code" class="field" type="text" autocomplete="off" spellcheck="false"
                        data-testid="certificate-check-code" maxlength="20"
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                </p>
                <p>
                    <label for="dashboard-check-name">{i18n.tr("dashboard-check-name")}</label>
                    <input id="dashboard-check-name" class="field" type="text" autocomplete="off"
                        data-testid="certificate-check-name" maxlength="80"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </p>
                <p><button type="submit" class="button" data-testid="certificate-check-submit">{i18n.tr("dashboard-check-submit")}</button></p>
            </form>
            <div role="status" data-testid="certificate-check-outcome">{said}</div>
        </section>
    }
}
