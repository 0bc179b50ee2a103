use crate::adapters::content::catalog;
use crate::domain::shared::language::Lang;
use crate::domain::shared::route;
use crate::domain::trainer::assigned::Item;
use crate::domain::trainer::assignment::Assignment;
use crate::ui::assignments::{assignment_title, problem_message, today, use_assignments};
use crate::ui::components::{status_badge, Breadcrumbs, LrsConsent, LrsStatus, ResultsExport};
use crate::ui::document::focus_by_id;
use crate::ui::format::{date_text, day_text, percent_text};
use crate::ui::i18n::use_i18n;
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// A text that follows the interface language.
type Text = Box<dyn Fn() -> String + Send + Sync>;

/// What an assignment asks, by whom, for when, and where the learner stands;
/// "Accept" until it is accepted, then the results file to send back.
#[component]
pub fn AssignmentView(assignment: Assignment) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let assignments = use_assignments();
    let id = assignment.id.clone();
    let link = assignment.clone();
    // An accepted assignment never changes: a link with its id and other
    // content is another, conflicting assignment (`Err` holds the accepted one).
    let accepted = Memo::new(move |_| {
        assignments.with(|a| {
            a.get(&id).map(|x| {
                if x.assignment == link {
                    Ok(x.accepted)
                } else {
                    Err(x.assignment.encode())
                }
            })
        })
    });
    let problem = RwSignal::new(None::<&'static str>);
    let a = StoredValue::new(assignment.clone());
    let status = Memo::new(move |_| {
        let today = today();
        a.with_value(|a| learner.with(|p| a.status(p, catalog(), &today)))
    });

    let accept = move |_| match assignments.accept(a.get_value(), None) {
        Ok(()) => {
            problem.set(None);
            request_animation_frame(|| focus_by_id("assignment-accepted"));
        }
        Err(e) => {
            crate::ui::document::log_error(&e);
            problem.set(Some(problem_message(&e)));
        }
    };

    let title = {
        let group = assignment.group.clone();
        move |lang: Lang| assignment_title(&group, lang)
    };
    let heading = title.clone();
    let by = assignment.by.clone();
    let due = assignment.due.clone();
    let pass = assignment.pass_mark;
    let note = {
        let note = assignment.note.clone();
        // The note in the learner's language when the trainer wrote it, else
        // in the language they wrote it in (marked as such); in the
        // bilingual mode, both.
        move || {
            let lang = i18n.lang();
            let pick = |l: Lang| match l {
                Lang::En => note.en.clone(),
                Lang::Fr => note.fr.clone(),
            };
            let mut shown: Vec<Lang> = [lang, lang.other()]
                .into_iter()
                .filter(|l| !pick(*l).is_empty())
                .collect();
            if !learner.bilingual() {
                shown.truncate(1);
            }
            (!shown.is_empty()).then(|| {
                let parts = shown
                    .into_iter()
                    .map(|l| {
                        let tag = (l != lang).then(|| l.tag());
                        view! { <p lang=tag>{pick(l)}</p> }
                    })
                    .collect_view();
                view! {
                    <div class="assignment__note">
                        <h2>{i18n.tr("assignment-note")}</h2>
                        <blockquote data-testid="assignment-note">{parts}</blockquote>
                    </div>
                }
            })
        }
    };

    let items = assignment
        .items()
        .into_iter()
        .map(|item| {
            let item_for_status = item.clone();
            let standing = Memo::new(move |_| {
                let today = today();
                a.with_value(|a| learner.with(|p| a.item_status(&item_for_status, p, catalog(), &today)))
            });
            let (href, name): (Text, Text) = match item {
                Item::Module(m) => {
                    let title = catalog().module(&m).map(|s| s.title.clone()).unwrap_or_default();
                    let kind = i18n.tr("assignment-item-module");
                    (
                        Box::new(move || route::module(i18n.lang(), &m)),
                        Box::new(move || format!("{} · {}", title.get(i18n.lang()), kind())),
                    )
                }
                Item::Lesson { module, lesson } => {
                    let title = catalog()
                        .module(&module)
                        .and_then(|s| s.lessons.iter().find(|l| l.id == lesson))
                        .map(|l| l.title.clone())
                        .unwrap_or_default();
                    let kind = i18n.tr("assignment-item-lesson");
                    (
                        Box::new(move || route::lesson(i18n.lang(), &module, &lesson)),
                        Box::new(move || format!("{} · {}", title.get(i18n.lang()), kind())),
                    )
                }
            };
            view! {
                <li class="assignment__item">
                    <a href=href>{name}</a>
                    " "
                    {move || status_badge(standing.get().0)}
                    {move || standing.get().1.map(|best| {
                        let text = i18n.t_args("assignment-best", &[("percent", percent_text(best, i18n.lang()).into())]);
                        view! { " " <span class="assignment__best">{text}</span> }
                    })}
                </li>
            }
        })
        .collect_view();

    view! {
        <article class="assignment" data-testid="assignment" data-assignment-id=assignment.id.clone()>
            <Breadcrumbs current=std::sync::Arc::new(title)/>
            <h1 tabindex="-1">{move || heading(i18n.lang())}</h1>
            <dl class="assignment__facts">
                <dt>{i18n.tr("assignment-by")}</dt>
                <dd data-testid="assignment-by">{move || if by.is_empty() { i18n.t("assignment-by-unsigned") } else { by.clone() }}</dd>
                <dt>{i18n.tr("assignment-due")}</dt>
                <dd data-testid="assignment-due">{move || day_text(&due, i18n.lang())}</dd>
                <dt>{i18n.tr("assignment-pass-mark")}</dt>
                <dd>{move || percent_text(pass, i18n.lang())}</dd>
                <dt>{i18n.tr("assignment-status")}</dt>
                <dd data-testid="assignment-status">{move || status_badge(status.get())}</dd>
            </dl>
            {note}
            <h2>{i18n.tr("assignment-what")}</h2>
            <ul class="assignment__items">{items}</ul>
            {move || match accepted.get() {
                None if a.with_value(|a| a.lrs.is_some()) => view! { <LrsConsent assignment=a.get_value()/> }.into_any(),
                None => view! {
                    <div class="assignment__accept">
                        <p>{i18n.tr("assignment-accept-hint")}</p>
                        <button type="button" class="button" data-testid="accept" on:click=accept>
                            {i18n.tr("assignment-accept")}
                        </button>
                        {move || problem.get().map(|id| view! {
                            <p class="settings__error" role="alert" data-testid="accept-problem" data-problem=id>{i18n.tr(id)}</p>
                        })}
                    </div>
                }
                .into_any(),
                Some(Err(code)) => view! {
                    <div class="banner banner--warning assignment__conflict" role="alert" data-testid="assignment-conflict">
                        <p>{i18n.tr("assignment-conflict")}</p>
                        <p><a href=move || route::assignment(i18n.lang(), &code) data-testid="assignment-conflict-accepted">
                            {i18n.tr("assignment-conflict-open")}
                        </a></p>
                    </div>
                }
                .into_any(),
                Some(Ok(when)) => view! {
                    <p class="assignment__accepted" id="assignment-accepted" tabindex="-1" data-testid="accepted">
                        {move || i18n.t_args("assignment-accepted-on", &[("date", date_text(when, i18n.lang()).into())])}
                    </p>
                    {a.with_value(|a| a.lrs.is_some()).then(|| view! { <LrsStatus assignment=a.get_value()/> })}
                    <ResultsExport assignment=a.get_value()/>
                    {move || status.get().done().then(|| {
                        let id = a.get_value().id;
                        view! {
                            <p><a href=move || route::certificate(i18n.lang(), Some(&id)) data-testid="assignment-certificate">
                                {i18n.tr("certificate-link")}
                            </a></p>
                        }
                    })}
                }
                .into_any(),
            }}
            <p><a href=move || route::home(i18n.lang())>{i18n.tr("assignment-to-catalog")}</a></p>
        </article>
    }
}
