use crate::adapters::content::LoadedControls;
use crate::adapters::files;
use crate::domain::content::controls::{Control, Theme};
use crate::domain::learner::soa::Entry;
use crate::domain::shared::csv;
use crate::ui::assignments::today;
use crate::ui::components::{BiText, SoaPrint, SoaRow, SoaSummary};
use crate::ui::i18n::{localized_text, use_i18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::sync::Arc;

/// The CSV's columns, as message ids.
const CSV_COLUMNS: [&str; 7] = [
    "csv-control",
    "csv-name",
    "csv-theme",
    "soa-applicability",
    "csv-justification",
    "soa-status",
    "soa-owner",
];

/// A control and its entry in the workbook, as a memo that changes only
/// when that entry does (typing in one control's justification redraws
/// that control's row only).
pub type Row = (Control, Memo<Entry>);

/// The workbook: its summary and actions, then a form per control grouped
/// by theme, and the same decisions as a table for print. Every change is
/// kept with the learner's progress at once (saved a moment later, like a
/// reflection).
#[component]
pub fn SoaWorkbook(data: Arc<LoadedControls>) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let rows: Vec<Row> = data
        .set
        .controls
        .iter()
        .map(|c| {
            let number = c.number.clone();
            let entry = Memo::new(move |_| learner.workbook(|w| w.entry(&number)));
            (c.clone(), entry)
        })
        .collect();
    let decided = Memo::new(move |_| learner.workbook(|w| w.decided()));
    let error = RwSignal::new(None::<String>);

    let csv_data = data.clone();
    let download_csv = move |_| {
        let lang = i18n.lang();
        let header: Vec<String> = CSV_COLUMNS.iter().map(|c| i18n.t(c)).collect();
        let word = |id: &str| i18n.t(id);
        let text =
            learner.workbook(|w| w.csv(&csv_data.set, &header, &word, lang, csv::separator(lang)));
        // A byte-order mark, so that spreadsheets read the accents right.
        let text = format!("\u{feff}{text}");
        let name = format!("savoir-soa-{}.csv", today());
        error.set(files::download(&name, &text, "text/csv").err());
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            _ = w.print();
        }
    };

    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            let label = localized_text(&data.set.label(&theme.label_id()));
            let heading = format!("soa-theme-{}", theme.key());
            let labelled = heading.clone();
            let list = rows
                .iter()
                .filter(|(c, _)| c.theme == theme)
                .map(|(c, entry)| view! { <SoaRow control=c.clone() entry=*entry/> })
                .collect_view();
            view! {
                <section class="soa__theme" aria-labelledby=labelled>
                    <h2 id=heading><BiText text=label/></h2>
                    <ol class="soa__list">{list}</ol>
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="soa__workbook" data-testid="soa-workbook">
            <section class="soa__summary" aria-labelledby="soa-summary">
                <h2 id="soa-summary">{i18n.tr("soa-summary-heading")}</h2>
                <p role="status" data-testid="soa-decided">
                    {move || i18n.t_args("soa-decided", &[("count", decided.get().into())])}
                </p>
                <SoaSummary data=data.clone()/>
                <p class="soa__actions">
                    <button type="button" class="button" data-testid="soa-export" on:click=download_csv>
                        {i18n.tr("soa-export")}
                    </button>
                    <button type="button" class="button button--quiet" on:click=print>
                        {i18n.tr("soa-print")}
                    </button>
                </p>
                {move || error.get().map(|reason| view! {
                    <p class="settings__error" role="alert">
                        {i18n.t_args("soa-export-failed", &[("reason", reason.into())])}
                    </p>
                })}
            </section>
            <div class="soa__form">{themes}</div>
            <SoaPrint rows=rows.clone()/>
        </div>
    }
}
