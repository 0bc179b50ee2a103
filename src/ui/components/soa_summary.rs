use crate::adapters::content::LoadedControls;
use crate::domain::content::controls::Theme;
use crate::domain::learner::soa::Counts;
use crate::ui::components::BiText;
use crate::ui::i18n::{localized_text, use_i18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::sync::Arc;

const ROW: f64 = 30.0;
const LABEL: f64 = 40.0;
const BAR: f64 = 360.0;

/// The five states a control can be in, in the order the bars show them:
/// its message and the CSS class of its colour.
const STATES: [(&str, &str); 5] = [
    ("soa-undecided", "soa-chart__undecided"),
    ("soa-excluded", "soa-chart__excluded"),
    ("soa-not-started", "soa-chart__not-started"),
    ("soa-partial", "soa-chart__partial"),
    ("soa-implemented", "soa-chart__implemented"),
];

fn values(c: &Counts) -> [usize; 5] {
    [
        c.undecided,
        c.excluded,
        c.not_started,
        c.partial,
        c.implemented,
    ]
}

/// The workbook by theme and status: a stacked bar per theme drawn as SVG,
/// with its key, and the same figures as a table, so that the chart is
/// never the only way to read them.
#[component]
pub fn SoaSummary(data: Arc<LoadedControls>) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let set = data.set.clone();
    let summary = Memo::new(move |_| learner.workbook(|w| w.summary(&set)));
    let chart = move || {
        let bars = summary.with(|s| {
            s.iter()
                .enumerate()
                .map(|(n, (theme, counts))| {
                    let y = 4.0 + ROW * n as f64;
                    let total = theme.size().max(1) as f64;
                    let mut x = LABEL;
                    let parts = values(counts)
                        .into_iter()
                        .zip(STATES)
                        .filter(|(v, _)| *v > 0)
                        .map(|(v, (_, class))| {
                            let width = BAR * v as f64 / total;
                            let at = x;
                            x += width;
                            view! { <rect x=at y=y + 4.0 width=width height="18" class=class/> }
                        })
                        .collect_view();
                    view! {
                        <text x="0" y=y + 18.0 class="chart__label">{theme.clause().to_string()}</text>
                        {parts}
                    }
                })
                .collect_view()
        });
        view! {
            <svg class="chart soa-chart" viewBox=format!("0 0 {} {}", LABEL + BAR + 4.0, ROW * 4.0 + 8.0)
                role="img" aria-labelledby="soa-chart-label" aria-describedby="soa-figures"
                focusable="false" data-testid="soa-chart">
                {bars}
            </svg>
        }
    };
    let key = STATES
        .into_iter()
        .map(|(id, class)| {
            view! {
                <li><svg class="soa-chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                    <rect width="10" height="10" class=class/>
                </svg>{i18n.tr(id)}</li>
            }
        })
        .collect_view();
    let head = STATES
        .into_iter()
        .map(|(id, _)| view! { <th scope="col">{i18n.tr(id)}</th> })
        .collect_view();
    let body = Theme::ALL
        .into_iter()
        .map(|theme| {
            let label = localized_text(&data.set.label(&theme.label_id()));
            let cells = (0..5)
                .map(|i| {
                    view! {
                        <td>{move || summary.with(|s| s.get(&theme).map(|c| values(c)[i]).unwrap_or_default())}</td>
                    }
                })
                .collect_view();
            view! {
                <tr data-theme=theme.key()>
                    <th scope="row">{theme.clause().to_string()} " " <BiText text=label/></th>
                    {cells}
                    <td>{theme.size()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p id="soa-chart-label" class="visually-hidden">{i18n.tr("soa-summary-label")}</p>
        {chart}
        <ul class="soa-chart__key" aria-hidden="true">{key}</ul>
        // Wider than a phone: it scrolls in its own box, which takes focus
        // so that a keyboard can scroll it too.
        <div class="soa__figures-box" role="region" tabindex="0" aria-labelledby="soa-figures-caption">
        <table class="soa__figures" id="soa-figures" data-testid="soa-figures">
            <caption id="soa-figures-caption">{i18n.tr("soa-figures")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.tr("soa-summary-theme")}</th>
                    {head}
                    <th scope="col">{i18n.tr("soa-summary-total")}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        </div>
    }
}
