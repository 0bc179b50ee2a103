use crate::domain::content::controls::Control;
use crate::domain::learner::soa::{Applicability, Entry, Implementation};
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{use_i18n, TextFn};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::sync::Arc;

/// One control's decisions: applicable or excluded (or not decided yet),
/// the justification, the implementation status and the owner. A group
/// named by the control, so that a screen reader says which control each
/// field belongs to.
#[component]
pub fn SoaRow(control: Control, entry: Memo<Entry>) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let slug = control.slug();
    let number = control.number.clone();
    let title: TextFn = {
        let (n, name) = (control.number.clone(), control.name.clone());
        Arc::new(move |lang| format!("{n} {}", name.get(lang)))
    };
    let edit = {
        let number = number.clone();
        move |change: &mut dyn FnMut(&mut Entry)| learner.update_workbook(&number, change)
    };

    let choice = {
        let edit = edit.clone();
        let slug = slug.clone();
        move |value: Option<Applicability>, label: &'static str| {
            let edit = edit.clone();
            let checked = move || entry.with(|e| e.applicable == value);
            let key = value.map_or("undecided", |a| match a {
                Applicability::Applicable => "applicable",
                Applicability::Excluded => "excluded",
            });
            view! {
                <label class="controls__choice">
                    <input type="radio" name=format!("soa-{slug}-applicable") value=key
                        prop:checked=checked
                        on:change=move |_| edit(&mut |e| e.applicable = value)/>
                    {i18n.tr(label)}
                </label>
            }
        }
    };
    let justification_id = format!("soa-{slug}-justification");
    let status_id = format!("soa-{slug}-status");
    let owner_id = format!("soa-{slug}-owner");
    let on_justification = {
        let edit = edit.clone();
        move |ev| {
            let text = event_target_value(&ev);
            edit(&mut |e| e.justification.clone_from(&text));
        }
    };
    let on_status = {
        let edit = edit.clone();
        move |ev| {
            let value = event_target_value(&ev);
            let status = Implementation::ALL
                .into_iter()
                .find(|s| s.message_id() == value);
            edit(&mut |e| e.status = status);
        }
    };
    let on_owner = move |ev| {
        let text = event_target_value(&ev);
        edit(&mut |e| e.owner.clone_from(&text));
    };
    let statuses = Implementation::ALL
        .into_iter()
        .map(|s| {
            view! {
                <option value=s.message_id() prop:selected=move || entry.with(|e| e.effective_status() == Some(s))>
                    {i18n.tr(s.message_id())}
                </option>
            }
        })
        .collect_view();
    let excluded = move || entry.with(|e| e.applicable == Some(Applicability::Excluded));
    let about = {
        let number = number.clone();
        move || i18n.t_args("soa-open-control", &[("number", number.clone().into())])
    };
    let link_number = number.clone();

    view! {
        <li class="soa-row" data-number=number.clone() data-testid="soa-row"
            data-applicable=move || entry.with(|e| e.applicable.map(|a| a.message_id()).unwrap_or_default())>
            <fieldset class="soa-row__group">
                <legend class="soa-row__title"><BiText text=title/></legend>
                <div class="soa-row__head">
                    <fieldset class="soa-row__applicable">
                        <legend class="visually-hidden">{i18n.tr("soa-applicability")}</legend>
                        {choice(None, "soa-undecided")}
                        {choice(Some(Applicability::Applicable), "soa-applicable")}
                        {choice(Some(Applicability::Excluded), "soa-excluded")}
                    </fieldset>
                    <a class="soa-row__about" href=move || route::control(i18n.lang(), &link_number)>{about}</a>
                </div>
                <div class="soa-row__body">
                    <p class="soa-row__justification">
                        <label class="soa-row__label" for=justification_id.clone()>{i18n.tr("soa-justification")}</label>
                        <textarea class="field" id=justification_id rows="2"
                            prop:value=move || entry.with(|e| e.justification.clone())
                            on:input=on_justification></textarea>
                    </p>
                    <p>
                        <label class="soa-row__label" for=status_id.clone()>{i18n.tr("soa-status")}</label>
                        <select id=status_id class="field soa-row__select" disabled=excluded on:change=on_status>
                            <option value="" prop:selected=move || entry.with(|e| e.effective_status().is_none())>"—"</option>
                            {statuses}
                        </select>
                    </p>
                    <p>
                        <label class="soa-row__label" for=owner_id.clone()>{i18n.tr("soa-owner")}</label>
                        <input type="text" class="field" id=owner_id autocomplete="off"
                            prop:value=move || entry.with(|e| e.owner.clone())
                            on:input=on_owner/>
                    </p>
                </div>
            </fieldset>
        </li>
    }
}
