use crate::ui::assignments::today;
use crate::ui::components::soa_workbook::Row;
use crate::ui::components::BiText;
use crate::ui::format::day_text;
use crate::ui::i18n::{localized_text, use_i18n};
use leptos::prelude::*;

/// The workbook as one table, for print only (the form is hidden there):
/// every control with its decisions written out in full.
#[component]
pub fn SoaPrint(rows: Vec<Row>) -> impl IntoView {
    let i18n = use_i18n();
    let word = move |id: Option<&'static str>| id.map(|id| i18n.t(id)).unwrap_or_default();
    let body = rows
        .into_iter()
        .map(|(control, entry)| {
            view! {
                <tr>
                    <th scope="row">{control.number.clone()} " " <BiText text=localized_text(&control.name)/></th>
                    <td>{move || word(entry.with(|e| e.applicable.map(|a| a.message_id())))}</td>
                    <td>{move || entry.with(|e| e.justification.clone())}</td>
                    <td>{move || word(entry.with(|e| e.effective_status().map(|s| s.message_id())))}</td>
                    <td>{move || entry.with(|e| e.owner.clone())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="soa__print">
            <caption>{move || i18n.t_args("soa-printed", &[("date", day_text(&today(), i18n.lang()).into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.tr("csv-control")}</th>
                    <th scope="col">{i18n.tr("soa-applicability")}</th>
                    <th scope="col">{i18n.tr("csv-justification")}</th>
                    <th scope="col">{i18n.tr("soa-status")}</th>
                    <th scope="col">{i18n.tr("soa-owner")}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}
