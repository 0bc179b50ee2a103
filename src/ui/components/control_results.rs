use crate::adapters::content::LoadedControls;
use crate::domain::content::controls::filter::{apply, Filter, Reason};
use crate::domain::content::controls::{Change, Control};
use crate::domain::shared::language::Lang;
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{localized_text, message_args, use_i18n};
use leptos::prelude::*;
use std::sync::Arc;

/// Why each control is shown (`None`: filtered out), by its place in the data.
type Shown = Memo<Vec<Option<Reason>>>;

/// The controls that pass the filter, with their count in a polite live
/// region (a screen reader hears how many match after each change).
///
/// All 93 are drawn once and a filter only hides or shows them, from one
/// effect that touches only the items that change: redrawing the list on
/// every tick took about 90 ms (p90, 4x CPU throttling), and a reactive
/// `hidden` per item about 21 to 30, where the budget is 16.
#[component]
pub fn ControlResults(data: Arc<LoadedControls>, filter: Signal<Filter>) -> impl IntoView {
    let i18n = use_i18n();
    let shown: Shown = {
        let data = data.clone();
        Memo::new(move |_| {
            let mut shown = vec![None; data.set.controls.len()];
            filter.with(|f| {
                for hit in apply(&data.set, &data.index, f) {
                    if let Some(slot) = shown.get_mut(hit.index) {
                        *slot = Some(hit.reason);
                    }
                }
            });
            shown
        })
    };
    let count = move || {
        let n = shown.with(|s| s.iter().filter(|r| r.is_some()).count());
        i18n.t_args("controls-count", &[("count", n.into())])
    };
    // The 2013 reference searched for, if any: the only change that can
    // alter an item's own text.
    let replacing = Memo::new(move |_| {
        shown.with(|s| {
            s.iter().find_map(|r| match r {
                Some(Reason::Replaces(old)) => Some(old.clone()),
                _ => None,
            })
        })
    });
    let list = NodeRef::<leptos::html::Ul>::new();
    Effect::new(move |_| {
        let Some(ul) = list.get() else {
            return;
        };
        let Ok(items) = ul.query_selector_all(":scope > li") else {
            return;
        };
        shown.with(|s| {
            for (i, reason) in s.iter().enumerate() {
                let Some(li) = items
                    .item(i as u32)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                else {
                    continue;
                };
                let hide = reason.is_none();
                if li.has_attribute("hidden") != hide {
                    let _ = li.toggle_attribute_with_force("hidden", hide);
                }
            }
        });
    });
    let first = shown.get_untracked();
    let items = data
        .set
        .controls
        .iter()
        .enumerate()
        .map(|(index, control)| {
            let hidden = first.get(index).is_none_or(Option::is_none);
            view! { <ControlItem control=control.clone() hidden replacing/> }
        })
        .collect_view();
    view! {
        <p class="controls__count" role="status" data-testid="controls-count">{count}</p>
        <ul class="controls__list" data-testid="controls-list" node_ref=list>{items}</ul>
    }
}

/// One control in the results: number, name, whether it is new, its
/// summary, and for a 2013 search, what it replaced and how.
#[component]
fn ControlItem(
    control: Control,
    /// Whether it is hidden when drawn (then `ControlResults` keeps it so).
    hidden: bool,
    /// The 2013 reference searched for: said on the controls that replaced it.
    replacing: Memo<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = control.number.clone();
    let href = move || route::control(i18n.lang(), &number);
    let (change, from) = (control.change, control.from.clone());
    let replaces = move || {
        let old = replacing.get().filter(|old| from.contains(old))?;
        let lang = i18n.lang();
        let text = format!(
            "{} {}",
            message_args(lang, "controls-replaces", &[("old", old.into())]),
            origin_sentence(lang, change, &from)
        );
        Some(view! { <p class="controls__replaces" data-testid="controls-replaces">{text}</p> })
    };
    view! {
        <li class="controls__item" data-number=control.number.clone() hidden=hidden>
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
pub fn origin_sentence(lang: Lang, change: Change, from: &[String]) -> String {
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
