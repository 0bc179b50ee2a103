use crate::adapters::content::{catalog, LoadedControls};
use crate::domain::content::controls::{Control, Facet};
use crate::domain::shared::route;
use crate::ui::components::control_results::origin_sentence;
use crate::ui::components::{BiText, Breadcrumbs};
use crate::ui::i18n::{localized_text, use_i18n, TextFn};
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything the course knows of one control: theme, where it comes from
/// in 2013, its attributes (each a link to the explorer filtered on that
/// value), the lessons that teach it and how many questions test it.
#[component]
pub fn ControlDetail(data: Arc<LoadedControls>, number: String) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    Effect::new(move |_| settle_page(location, None));
    let Some(control) = data.set.get(&number).cloned() else {
        return view! {
            <article class="control">
                <h1 tabindex="-1">{number}</h1>
                <p><a href=move || route::controls(i18n.lang(), "")>{i18n.tr("controls-back")}</a></p>
            </article>
        }
        .into_any();
    };
    let label = |id: String| -> TextFn { localized_text(&data.set.label(&id)) };
    let title: TextFn = {
        let (n, name) = (control.number.clone(), control.name.clone());
        Arc::new(move |lang| format!("{n} {}", name.get(lang)))
    };
    let attributes = Facet::ALL
        .into_iter()
        .map(|facet| {
            let values = control
                .values(facet)
                .iter()
                .map(|v| {
                    let query = format!("{}={v}", facet.key());
                    view! {
                        <li><a href=move || route::controls(i18n.lang(), &query)>
                            <BiText text=label(facet.label_id(v))/>
                        </a></li>
                    }
                })
                .collect_view();
            view! {
                <dt><BiText text=label(facet.name_id())/></dt>
                <dd><ul class="control__values">{values}</ul></dd>
            }
        })
        .collect_view();
    let (change, from) = (control.change, control.from.clone());
    let theme_query = format!("theme={}", control.theme.key());
    view! {
        <article class="control" data-number=control.number.clone()>
            <Breadcrumbs controls=true current=title.clone()/>
            <h1 tabindex="-1"><BiText text=title/></h1>
            <p class="control__meta">
                <a href=move || route::controls(i18n.lang(), &theme_query)>
                    <BiText text=label(control.theme.label_id())/>
                </a>
                {control.new.then(|| view! { " " <span class="controls__badge">{i18n.tr("controls-new-badge")}</span> })}
            </p>
            <p class="control__summary"><BiText text=localized_text(&control.summary)/></p>
            <h2>{i18n.tr("controls-origin")}</h2>
            <p data-testid="control-origin">{move || origin_sentence(i18n.lang(), change, &from)}</p>
            <h2>{i18n.tr("controls-attributes-heading")}</h2>
            <dl class="control__attributes">{attributes}</dl>
            <h2>{i18n.tr("controls-lessons-heading")}</h2>
            <Lessons control=control.clone()/>
            <p>{i18n.t_args("controls-questions", &[("count", control.questions.len().into())])}</p>
            <p class="controls__hint">{i18n.tr("controls-summary-note")}</p>
            <p><a href=move || route::controls(i18n.lang(), "")>{i18n.tr("controls-back")}</a></p>
        </article>
    }
    .into_any()
}

/// Links to the lessons that teach a control, titled from the course index.
#[component]
fn Lessons(control: Control) -> impl IntoView {
    let i18n = use_i18n();
    let links: Vec<_> = control
        .lessons
        .iter()
        .filter_map(|id| {
            let (module, lesson) = id.split_once('/')?;
            let summary = catalog().module(module)?.lessons.iter().find(|l| l.id == lesson)?;
            let (module, lesson) = (module.to_owned(), lesson.to_owned());
            let title = localized_text(&summary.title);
            Some(view! {
                <li><a href=move || route::lesson(i18n.lang(), &module, &lesson)><BiText text=title/></a></li>
            })
        })
        .collect();
    if links.is_empty() {
        view! { <p>{i18n.tr("controls-lessons-none")}</p> }.into_any()
    } else {
        view! { <ul class="control__lessons">{links}</ul> }.into_any()
    }
}
