use crate::adapters::content::LoadedModule;
use crate::domain::trainer::class::QuestionStat;
use crate::ui::format::percent_text;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::Arc;

const ROW: f64 = 28.0;
const LABEL: f64 = 48.0;
const BAR: f64 = 300.0;

/// One module's questions: a bar per question of the share of the group
/// that got it right in their latest finished attempt, drawn as SVG, and
/// the same figures as a list with each question's text, so that the chart
/// is never the only way to read them.
#[component]
pub fn QuestionChart(loaded: Arc<LoadedModule>, stats: Signal<Vec<QuestionStat>>) -> impl IntoView {
    let i18n = use_i18n();
    let module = loaded.module.id.clone();
    let title = crate::adapters::content::catalog()
        .module(&module)
        .map(|m| m.title.clone())
        .unwrap_or_default();
    let heading_id = format!("chart-{module}");
    let labelled = heading_id.clone();
    let list_id = format!("chart-{module}-figures");
    let described = list_id.clone();
    let chart = move || {
        let stats = stats.get();
        let height = ROW * stats.len() as f64 + 8.0;
        let bars = stats
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let y = 4.0 + ROW * n as f64;
                let share = f64::from(s.percent().unwrap_or(0)) / 100.0;
                let label = s
                    .percent()
                    .map(|p| percent_text(p, i18n.lang()))
                    .unwrap_or_else(|| "—".into());
                view! {
                    <text x="0" y=y + 18.0 class="chart__label">{format!("Q{}", n + 1)}</text>
                    <rect x=LABEL y=y + 4.0 width=BAR height="16" class="chart__track"/>
                    <rect x=LABEL y=y + 4.0 width=BAR * share height="16" class="chart__bar"/>
                    <text x=LABEL + BAR + 8.0 y=y + 18.0 class="chart__value">{label}</text>
                }
            })
            .collect_view();
        view! {
            <svg class="chart" viewBox=format!("0 0 420 {height}") role="img" aria-labelledby=labelled.clone()
                aria-describedby=described.clone()
                data-testid="question-chart" data-module=module.clone() focusable="false">
                {bars}
            </svg>
        }
    };
    let text = loaded.text.clone();
    let list = move || {
        stats
            .get()
            .into_iter()
            .map(|s| {
                let question = text.text(i18n.lang(), &s.question);
                let figure = i18n.t_args(
                    "dashboard-question-right",
                    &[("right", s.right.into()), ("count", s.answered.into())],
                );
                view! {
                    <li data-question=s.question.clone() data-percent=s.percent().map(|p| p.to_string())>
                        <span class="chart__question">{question}</span>" — "{figure}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="chart-figure">
            <figcaption>
                <h3 id=heading_id>{move || i18n.t_args("dashboard-chart-title", &[("module", title.get(i18n.lang()).to_owned().into())])}</h3>
            </figcaption>
            {chart}
            <ol class="chart__list" id=list_id>{list}</ol>
        </figure>
    }
}
