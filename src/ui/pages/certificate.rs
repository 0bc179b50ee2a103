use crate::adapters::content::catalog;
use crate::domain::shared::language::Lang;
use crate::domain::shared::route;
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::certificate::{self, display_name, Facts, Missing, NAME_LIMIT};
use crate::ui::assignments::{assignment_title, use_assignments};
use crate::ui::components::{CertificateMissing, CertificateView, PageFrame, Paper};
use crate::ui::format::{day_text, normalized};
use crate::ui::i18n::{message, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::router::use_location;
use leptos::prelude::*;

/// Where the learner stands for the certificate asked for.
#[derive(Debug, Clone, PartialEq)]
enum Standing {
    /// The address names an assignment not accepted here.
    Unknown,
    Missing(Vec<Missing>),
    Ready(Facts),
}

/// The assignment id the address's query names (`for=<id>`), if any.
fn wanted(query: &str) -> Option<String> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("for="))
        .map(str::to_owned)
}

/// The certificate of completion, `/<lang>/certificate[?for=<assignment>]`:
/// of the whole course, or of an accepted assignment. Until its conditions
/// are met it says what is missing; then the learner types their name,
/// picks the certificate's language (or both) and the paper, and prints
/// it. The name is kept as the learner's signature, the one result files
/// carry, so that a trainer's dashboard checks the code with it.
#[component]
pub fn CertificatePage() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let assignments = use_assignments();
    let location = use_location();
    let asked = Memo::new(move |_| wanted(&location.address().query));
    let accepted = move || -> Vec<Assignment> {
        assignments.with(|a| a.items.iter().map(|x| x.assignment.clone()).collect())
    };
    let standing = Memo::new(move |_| {
        let result = match asked.get() {
            Some(id) => match accepted().into_iter().find(|a| a.id == id) {
                Some(a) => learner.with(|p| certificate::of_assignment(p, &a)),
                None => return Standing::Unknown,
            },
            None => learner.with(|p| certificate::of_course(p, catalog())),
        };
        match result {
            Ok(facts) => Standing::Ready(facts),
            Err(missing) => Standing::Missing(missing),
        }
    });
    let signed =
        move || untrack(|| assignments.with(|a| a.signature.as_ref().map(|s| s.name.clone())));
    let name = RwSignal::new(signed().unwrap_or_default());
    // Else the LMS's name for the learner, where an LMS launched the app.
    crate::ui::scorm::prefill_name(name);
    // The certificate's languages: the page's at first.
    let sides = RwSignal::new(None::<Vec<Lang>>);
    let paper = RwSignal::new(Paper::usual());

    // "Certificate for": the whole course, or each accepted assignment.
    let scopes = move || {
        let list = accepted();
        (!list.is_empty()).then(|| {
            let current = asked.get();
            let course_current = current.is_none().then_some("page");
            let items = list
                .into_iter()
                .map(|a| {
                    let here = (current.as_deref() == Some(a.id.as_str())).then_some("page");
                    let id = a.id.clone();
                    // With its due date, so that two assignments of one group
                    // (or of none) are told apart.
                    let label = move || {
                        let lang = i18n.lang();
                        let due = i18n.t_args("assigned-due", &[("date", day_text(&a.due, lang).into())]);
                        format!("{} ({due})", assignment_title(&a.group, lang))
                    };
                    view! {
                        <li><a href=move || route::certificate(i18n.lang(), Some(&id)) aria-current=here>
                            {label}
                        </a></li>
                    }
                })
                .collect_view();
            view! {
                <nav class="certificate-page__scopes" aria-labelledby="certificate-scopes">
                    <h2 id="certificate-scopes">{i18n.tr("certificate-scope-label")}</h2>
                    <ul>
                        <li><a href=move || route::certificate(i18n.lang(), None) aria-current=course_current>
                            {i18n.tr("certificate-scope-course")}
                        </a></li>
                        {items}
                    </ul>
                </nav>
            }
        })
    };

    // Kept as the learner's signature when the field is left, and before
    // printing (by the button or the browser's own command).
    let keep_name = move || {
        let typed = normalized(&display_name(&name.get_untracked()));
        if !typed.is_empty() && signed().as_deref() != Some(typed.as_str()) {
            assignments.sign(&typed);
        }
    };
    let before_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeprint"),
        move |_| keep_name(),
    );
    on_cleanup(move || before_print.remove());
    let language = move |value: Option<Lang>, label: String, lang: Option<Lang>| {
        let chosen = move || {
            let current = sides.get().unwrap_or_else(|| vec![i18n.lang()]);
            match value {
                Some(l) => current == [l],
                None => current.len() == 2,
            }
        };
        view! {
            <label class="certificate-page__choice">
                <input type="radio" name="certificate-language" value=value.map_or("both", Lang::tag)
                    prop:checked=chosen
                    on:change=move |_| sides.set(Some(value.map_or_else(|| Lang::ALL.to_vec(), |l| vec![l])))/>
                <span lang=lang.map(Lang::tag)>{label}</span>
            </label>
        }
    };
    let paper_choice = move |value: Paper, label: &'static str| {
        view! {
            <label class="certificate-page__choice">
                <input type="radio" name="certificate-paper" value=value.id()
                    prop:checked=move || paper.get() == value
                    on:change=move |_| paper.set(value)/>
                {i18n.tr(label)}
            </label>
        }
    };
    let print = move |_| {
        keep_name();
        if let Some(w) = web_sys::window() {
            _ = w.print();
        }
    };

    let body = move || {
        match standing.get() {
        Standing::Unknown => view! {
            <p class="banner banner--warning" role="alert" data-testid="certificate-unknown">{i18n.tr("certificate-unknown-assignment")}</p>
        }
        .into_any(),
        Standing::Missing(missing) => view! { <CertificateMissing missing/> }.into_any(),
        Standing::Ready(facts) => {
            let certificate = move || {
                let typed = normalized(&display_name(&name.get()));
                if typed.is_empty() {
                    return view! { <p class="certificate-page__needs-name" data-testid="certificate-needs-name">{i18n.tr("certificate-needs-name")}</p> }.into_any();
                }
                let sides = sides.get().unwrap_or_else(|| vec![i18n.lang()]);
                view! { <CertificateView facts=facts.clone() name=typed sides paper=paper.get()/> }.into_any()
            };
            view! {
                <form class="certificate-page__form" on:submit=|ev| ev.prevent_default()>
                    <p class="certificate-page__name">
                        <label for="certificate-name">{i18n.tr("certificate-name-label")}</label>
                        <input id="certificate-name" class="field" type="text" autocomplete="name" data-testid="certificate-name"
                            maxlength=NAME_LIMIT aria-describedby="certificate-name-hint"
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                            on:change=move |_| keep_name()/>
                        <span id="certificate-name-hint" class="certificate-page__hint">{i18n.tr("certificate-name-hint")}</span>
                    </p>
                    <fieldset class="certificate-page__choices">
                        <legend>{i18n.tr("certificate-language-legend")}</legend>
                        {language(Some(Lang::En), message(Lang::En, "language-name"), Some(Lang::En))}
                        {language(Some(Lang::Fr), message(Lang::Fr, "language-name"), Some(Lang::Fr))}
                        {move || language(None, i18n.t("certificate-language-both"), None)}
                    </fieldset>
                    <fieldset class="certificate-page__choices">
                        <legend>{i18n.tr("certificate-paper-legend")}</legend>
                        {paper_choice(Paper::A4, "certificate-paper-a4")}
                        {paper_choice(Paper::Letter, "certificate-paper-letter")}
                    </fieldset>
                    <p>
                        <button type="button" class="button" data-testid="certificate-print" on:click=print>{i18n.tr("certificate-print")}</button>
                    </p>
                </form>
                {certificate}
            }
            .into_any()
        }
    }
    };

    view! {
        <PageFrame class="certificate-page" title="certificate-title" intro="certificate-intro">
            // Its styles (screen and print) come with the page, not with the
            // first load: see style/certificate.css.
            <link rel="stylesheet" href=crate::adapters::package::file("certificate.css")/>
            {scopes}
            {body}
        </PageFrame>
    }
}
