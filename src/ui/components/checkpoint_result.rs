use crate::adapters::content::ContentText;
use crate::domain::content::lesson::Checkpoint;
use crate::domain::learner::quiz::{Attempt, Score};
use crate::domain::shared::language::Lang;
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::message_args;
use crate::ui::i18n::{use_i18n, TextFn};
use leptos::prelude::*;
use std::sync::Arc;

/// Points as a learner reads them: "6", or "5.5" ("5,5" in French).
fn points(value: f64, lang: Lang) -> String {
    let tenths = (value * 10.0).round() as u64;
    let text = if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    if lang == Lang::Fr {
        text.replace('.', ",")
    } else {
        text
    }
}

/// "Score: 75% (6 of 8 points).", in every language.
pub fn score_text(score: Score) -> TextFn {
    Arc::new(move |lang| {
        let args = [
            ("percent", score.percent.into()),
            ("points", points(score.points, lang).into()),
            ("total", score.questions.into()),
        ];
        message_args(lang, "checkpoint-score", &args)
    })
}

/// A finished attempt's result: score, pass or not against the pass mark,
/// the questions to review (links to them), and the ways on: try again,
/// practise mistakes, back to the module.
#[component]
pub fn CheckpointResult(
    /// The finished attempt.
    attempt: Attempt,
    /// Its checkpoint.
    checkpoint: Arc<Checkpoint>,
    /// The checkpoint's text.
    text: Arc<ContentText>,
    /// Starts a new attempt.
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let score = attempt.score(&checkpoint);
    // As graded when finished, even if the checkpoint has changed since.
    let percent = attempt.percent.unwrap_or(score.percent);
    let passed = percent >= checkpoint.pass_mark;
    let score_line = score_text(Score {
        percent,
        passed,
        ..score
    });
    let mark = checkpoint.pass_mark;
    let verdict = move || {
        let id = if passed {
            "checkpoint-passed"
        } else {
            "checkpoint-failed"
        };
        i18n.t_args(id, &[("mark", mark.into())])
    };
    let review: Vec<AnyView> = attempt
        .to_review(&checkpoint)
        .into_iter()
        .map(|q| {
            let text = Arc::clone(&text);
            let id = q.id.clone();
            let label: TextFn = Arc::new(move |lang| text.text(lang, &id));
            view! { <li><a href=format!("#question-{}", q.id)><BiText text=label/></a></li> }
                .into_any()
        })
        .collect();
    let review = if review.is_empty() {
        view! { <p>{i18n.tr("checkpoint-all-right")}</p> }.into_any()
    } else {
        view! {
            <h3>{i18n.tr("checkpoint-to-review")}</h3>
            <ul class="checkpoint-result__review" data-testid="to-review">{review}</ul>
            <p data-testid="review-later">{i18n.tr("checkpoint-review-later")}</p>
        }
        .into_any()
    };
    let module = attempt.module.clone();
    view! {
        <section class="checkpoint-result" aria-labelledby="checkpoint-result" data-testid="result"
            data-passed=passed.to_string() data-percent=percent.to_string()>
            <h2 id="checkpoint-result" tabindex="-1">{i18n.tr("checkpoint-result-heading")}</h2>
            <p class="checkpoint-result__score" data-testid="score">{move || score_line(i18n.lang())}</p>
            <p class="checkpoint-result__verdict">{verdict}</p>
            {review}
            <p class="checkpoint-result__actions">
                <button type="button" class="button" data-testid="retry-checkpoint" on:click=move |_| on_retry.run(())>
                    {i18n.tr("checkpoint-retry")}
                </button>
                <a href=move || route::review(i18n.lang())>{i18n.tr("review-title")}</a>
                <a href=move || route::module(i18n.lang(), &module)>{i18n.tr("lesson-module-overview")}</a>
            </p>
        </section>
    }
}
