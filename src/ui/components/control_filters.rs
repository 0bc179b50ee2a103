use crate::adapters::content::LoadedControls;
use crate::domain::content::controls::filter::{Filter, MAX_TEXT};
use crate::domain::content::controls::{Facet, Theme};
use crate::ui::components::control_explorer::ShownFilter;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// The explorer's filters: a search box, the themes, "new in 2022" and the
/// five attribute types. A change shows at once and is then written to the
/// address ([`ShownFilter::change`]): a tick adds a history entry (Back
/// undoes it), typing replaces the current one.
#[component]
pub fn ControlFilters(data: Arc<LoadedControls>, shown: ShownFilter) -> impl IntoView {
    let i18n = use_i18n();
    let filter = shown.shown;
    // Typing replaces the history entry its first keystroke added, so that
    // Back undoes a whole search at once; any other change ends the typing.
    let typing = StoredValue::new(false);
    let set = move |change: &dyn Fn(&mut Filter), replace: bool| {
        if !replace {
            typing.set_value(false);
        }
        let mut f = filter.get_untracked();
        change(&mut f);
        shown.change(f, replace);
    };
    let label = {
        let data = data.clone();
        move |id: String| {
            let text = data.set.label(&id);
            move || text.get(i18n.lang()).to_owned()
        }
    };
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            let checked = move || filter.with(|f| f.themes.contains(&theme));
            view! {
                <label class="controls__choice">
                    <input type="checkbox" prop:checked=checked data-theme=theme.key()
                        on:change=move |_| set(&|f| f.toggle_theme(theme), false)/>
                    {label(theme.label_id())}
                </label>
            }
        })
        .collect_view();
    let facets = Facet::ALL
        .into_iter()
        .map(|facet| {
            let values = facet
                .allowed()
                .iter()
                .map(|value| {
                    let checked =
                        move || filter.with(|f| f.values.contains(&(facet, (*value).to_owned())));
                    view! {
                        <label class="controls__choice">
                            <input type="checkbox" prop:checked=checked
                                data-facet=facet.key() data-value=*value
                                on:change=move |_| set(&|f| f.toggle(facet, value), false)/>
                            {label(facet.label_id(value))}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="controls__group">
                    <legend>{label(facet.name_id())}</legend>
                    {values}
                </fieldset>
            }
        })
        .collect_view();
    // Open on arrival when the address ticks an attribute; after that it is
    // the reader's to open and close (a filter change must not fold it
    // away under the keyboard's focus).
    let open_on_arrival = filter.with_untracked(|f| !f.values.is_empty());

    view! {
        <form class="controls__filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="controls-search" class="controls__search-label">{i18n.tr("controls-search-label")}</label>
            <input id="controls-search" type="search" class="field" autocomplete="off"
                aria-describedby="controls-search-hint"
                prop:value=move || filter.with(|f| f.text.clone())
                maxlength=MAX_TEXT.to_string()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    set(&|f| f.text = text.clone(), typing.get_value());
                    typing.set_value(true);
                }/>
            <p id="controls-search-hint" class="controls__hint">{i18n.tr("controls-search-hint")}</p>
            <fieldset class="controls__group">
                <legend>{i18n.tr("controls-themes")}</legend>
                {themes}
            </fieldset>
            <label class="controls__choice">
                <input type="checkbox" data-testid="controls-new"
                    prop:checked=move || filter.with(|f| f.new_only)
                    on:change=move |_| set(&|f| f.new_only = !f.new_only, false)/>
                {i18n.tr("controls-new-only")}
            </label>
            <details class="controls__attributes" open=open_on_arrival>
                <summary>{i18n.tr("controls-attributes")}</summary>
                <p class="controls__hint">{i18n.tr("controls-attributes-hint")}</p>
                {facets}
            </details>
            <button type="button" class="button button--quiet"
                aria-disabled=move || filter.with(Filter::is_empty).to_string()
                on:click=move |_| {
                    set(&|f| *f = Filter::default(), false);
                    crate::ui::document::focus_by_id("controls-search");
                }>
                {i18n.tr("controls-clear")}
            </button>
        </form>
    }
}
