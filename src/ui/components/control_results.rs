use crate::adapters::content::LoadedControls;
use crate::domain::content::controls::filter::{apply, Filter, Reason};
use crate::domain::content::controls::{Change, Control};
use crate::domain::shared::language::Lang;
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{localized_text, message_args, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// The controls that pass the filter, with their count in a polite live
/// region (a screen reader hears how many match after each change).
#[component]
pub fn ControlResults(data: Arc<LoadedControls>, filter: Memo<Filter>) -> impl IntoView {
    let i18n = use_i18n();
    let hits = {
        let data = data.clone();
        Memo::new(move |_| {
            filter.with(|f| {
                apply(&data.set, &data.index, f)
                    .into_iter()
                    .map(|h| (h.index, h.reason))
                    .collect::<Vec<_>>()
            })
        })
    };
    let count = move || {
        let n = hits.with(Vec::len);
        i18n.t_args("controls-count", &[("count", n.into())])
    };
    let list = move || {
        hits.get()
            .into_iter()
            .filter_map(|(index, reason)| {
                let control = data.set.controls.get(index)?.clone();
                Some(view! { <ControlItem control reason/> })
            })
            .collect_view()
    };
    view! {
        <p class="controls__count" role="status" data-testid="controls-count">{count}</p>
        <ul class="controls__list" data-testid="controls-list">{list}</ul>
    }
}

/// One control in the results: number, name, whether it is new, its
/// summary, and for a 2013 search, what it replaced and how.
#[component]
fn ControlItem(control: Control, reason: Reason) -> impl IntoView {
    let i18n = use_i18n();
    let number = control.number.clone();
    let href = move || route::control(i18n.lang(), &number);
    let replaces = match reason {
        Reason::Replaces(old) => {
            let change = control.change;
            let from = control.from.clone();
            Some(view! {
                <p class="controls__replaces" data-testid="controls-replaces">
                    {move || {
                        let lang = i18n.lang();
                        format!(
                            "{} {}",
                            message_args(lang, "controls-replaces", &[("old", old.clone().into())]),
                            origin(lang, change, &from)
                        )
                    }}
                </p>
            })
        }
        Reason::Matches => None,
    };
    view! {
        <li class="controls__item" data-number=control.number.clone()>
            <a href=href class="controls__name">
                <span class="controls__number">{control.number.clone()}</span>" "
                <BiText text=localized_text(&control.name)/>
            </a>
            {control.new.then(|| view! { <span class="controls__badge">{i18n.tr("controls-new-badge")}</span> })}
            {replaces}
            <p class="controls__summary"><BiText text=localized_text(&control.summary)/></p>
        </li>
    }
}

/// Where a control comes from in the 2013 edition, as a sentence.
pub fn origin(lang: Lang, change: Change, from: &[String]) -> String {
    let list = join(lang, from);
    let id = match change {
        Change::New => "controls-change-new",
        Change::Kept => "controls-change-kept",
        Change::Renamed => "controls-change-renamed",
        Change::Merged => "controls-change-merged",
    };
    message_args(lang, id, &[("list", list.into())])
}

/// `A, B and C` / `A, B et C`.
fn join(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => message_args(
            lang,
            "controls-list-join",
            &[
                ("rest", rest.join(", ").into()),
                ("last", last.clone().into()),
            ],
        ),
    }
}
