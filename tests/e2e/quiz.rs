//! Journeys through checkpoints, lesson exercises and spaced review:
//! answers kept across a language switch and a reload, answers accepted in
//! either language, results, retries and review.
//!
//! Answers come from the answer keys of the built bundles (`dist/content/`),
//! chosen by `support/answers.rs` as the result-file host tests choose
//! them, and the expected score is computed by the domain (`quiz`).

use super::answers::planned;
use super::{ready_in, text};
use crate::harness::{self, click, eval, wait_for, BoxError};
use fantoccini::{Client, Locator};
use fluent_bundle::FluentArgs;
use savoir::adapters::content::LoadedModule;
use savoir::adapters::i18n::localizer;
use savoir::domain::content::lesson::{Question, QuestionKind};
use savoir::domain::content::rich_text::{paragraphs, Paragraph};
use savoir::domain::learner::quiz::Attempt;
use savoir::domain::learner::scoring::Answer;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use serde_json::json;

/// The first module's checkpoint as the built site serves it.
pub fn first_checkpoint() -> Result<LoadedModule, BoxError> {
    checkpoint_of(&savoir::adapters::content::catalog().modules[0].id)
}

/// A module's checkpoint as the built site serves it.
pub fn checkpoint_of(module: &str) -> Result<LoadedModule, BoxError> {
    let dist = harness::dist_dir()?;
    let file = dist.join("content").join(module).join("module.json");
    let json = std::fs::read_to_string(&file)?;
    Ok(LoadedModule::from_json(&file.display().to_string(), &json)?)
}

fn ui(lang: Lang, id: &str, args: &[(&'static str, i64)]) -> String {
    let mut fluent = FluentArgs::new();
    for (k, v) in args {
        fluent.set(*k, *v);
    }
    localizer().format(lang, id, Some(&fluent))
}

/// The first paragraph of a rich text, as the page shows it.
fn first_paragraph(text: &str) -> String {
    match paragraphs(text).into_iter().next() {
        Some(Paragraph::Text(t)) => t,
        Some(Paragraph::List(items)) => items.into_iter().next().unwrap_or_default(),
        None => String::new(),
    }
}

/// The questions the checkpoint on the page asks, in the order shown: the
/// attempt's draw from the module's pool.
pub async fn asked_questions(c: &Client, loaded: &LoadedModule) -> Result<Vec<Question>, BoxError> {
    let ids: Vec<String> = serde_json::from_value(
        eval(
            c,
            "Array.from(document.querySelectorAll('.checkpoint__questions [data-question-id]')).map(e => e.dataset.questionId)",
        )
        .await?,
    )?;
    ids.iter()
        .map(|id| {
            loaded
                .module
                .checkpoint
                .question(id)
                .cloned()
                .ok_or_else(|| format!("question {id} is not in the pool").into())
        })
        .collect()
}

fn question_css(q: &Question) -> String {
    format!("[data-question-id='{}']", q.id)
}

pub async fn open_checkpoint(
    c: &Client,
    base: &str,
    lang: Lang,
    module: &str,
) -> Result<(), BoxError> {
    c.goto(&format!("{base}{}", route::checkpoint(lang, module)))
        .await?;
    ready_in(c, lang.tag()).await?;
    wait_for(c, "document.querySelector('.question')", "the checkpoint").await
}

/// The option, row or item ids of a question in the order shown.
async fn shown_order(c: &Client, q: &Question) -> Result<Vec<String>, BoxError> {
    let order = eval(
        c,
        &format!(
            "Array.from(document.querySelectorAll(\"{} [data-option], {} [data-row], {} [data-item]\")).map(e => e.dataset.option || e.dataset.row || e.dataset.item)",
            question_css(q),
            question_css(q),
            question_css(q)
        ),
    )
    .await?;
    Ok(serde_json::from_value(order)?)
}

async fn shown_orders(c: &Client, questions: &[Question]) -> Result<Vec<Vec<String>>, BoxError> {
    let mut all = Vec::new();
    for q in questions {
        all.push(shown_order(c, q).await?);
    }
    Ok(all)
}

/// Waits for the practice page and returns how many questions it lists.
async fn practice_questions(c: &Client) -> Result<serde_json::Value, BoxError> {
    wait_for(
        c,
        "document.querySelector('.review .question')",
        "the practice page",
    )
    .await?;
    eval(c, "document.querySelectorAll('.review .question').length").await
}

/// Waits for the checkpoint's result and returns its percent, as shown.
pub async fn result_percent(c: &Client, what: &str) -> Result<serde_json::Value, BoxError> {
    wait_for(c, "document.querySelector('[data-testid=result]')", what).await?;
    eval(
        c,
        "document.querySelector('[data-testid=result]').dataset.percent",
    )
    .await
}

async fn wait_feedback(c: &Client, q: &Question) -> Result<(), BoxError> {
    wait_for(
        c,
        &format!(
            "document.querySelector(\"{} [data-testid=feedback]\")",
            question_css(q)
        ),
        &format!("feedback on {}", q.id),
    )
    .await
}

async fn verdict(c: &Client, q: &Question) -> Result<String, BoxError> {
    text(
        c,
        &format!("{} .question__verdict .bi__own", question_css(q)),
    )
    .await
}

/// Answers a question the way a learner would (clicks, typing, lists), and
/// returns the answer given, by ids: the one `support/answers.rs` plans
/// (`right` chooses the answer key's), except that a wrong order is left as
/// shown.
pub async fn answer(c: &Client, q: &Question, right: bool) -> Result<Answer, BoxError> {
    let css = question_css(q);
    let check = format!("{css} .question__check");
    let given = match planned(q, right) {
        Answer::Single(pick) => {
            click(c, &format!("{css} [data-option='{pick}'] button")).await?;
            Answer::Single(pick)
        }
        Answer::TrueFalse(pick) => {
            click(c, &format!("{css} [data-option='{pick}'] button")).await?;
            Answer::TrueFalse(pick)
        }
        Answer::Multiple(picks) => {
            for p in &picks {
                click(c, &format!("{css} [data-option='{p}'] input")).await?;
            }
            click(c, &check).await?;
            Answer::Multiple(picks)
        }
        Answer::Text(typed) => {
            let input = c.find(Locator::Css(&format!("{css} input"))).await?;
            input.send_keys(&typed).await?;
            click(c, &check).await?;
            Answer::Text(typed)
        }
        // Matching and categorising: one select per row.
        Answer::Matching(picks) | Answer::Categorising(picks) => {
            for (row, pick) in &picks {
                let select = c
                    .find(Locator::Css(&format!("{css} [data-row='{row}'] select")))
                    .await?;
                select.select_by_value(pick).await?;
            }
            click(c, &check).await?;
            if matches!(q.kind, QuestionKind::Matching { .. }) {
                Answer::Matching(picks)
            } else {
                Answer::Categorising(picks)
            }
        }
        Answer::Ordering(key) => {
            // Right: move each item up until the order is the key's.
            if right {
                for (place, item) in key.iter().enumerate() {
                    loop {
                        let order = shown_order(c, q).await?;
                        let at = order.iter().position(|i| i == item).unwrap_or(place);
                        if at <= place {
                            break;
                        }
                        click(c, &format!("{css} [data-item='{item}'] .order__move")).await?;
                    }
                }
            }
            let order = shown_order(c, q).await?;
            click(c, &check).await?;
            Answer::Ordering(order)
        }
    };
    wait_feedback(c, q).await?;
    Ok(given)
}

/// Issue 5's journey: question 1 answered in English is still answered
/// after a switch to French, with the counter at 1/N and the feedback in
/// French; free text typed in French is accepted with the interface in
/// English; the finished attempt and its score survive a reload; a retry
/// keeps its option order across a language switch and a reload.
pub async fn checkpoint_answers_survive_a_switch_and_free_text_is_accepted_in_either_language(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let loaded = first_checkpoint()?;
    let module = loaded.module.id.clone();
    open_checkpoint(c, base, Lang::En, &module).await?;
    let questions = asked_questions(c, &loaded).await?;
    let total = questions.len() as i64;
    assert_eq!(questions.len(), loaded.module.checkpoint.asked());
    let counter = "[data-testid=answered-count]";
    assert_eq!(
        text(c, counter).await?,
        ui(
            Lang::En,
            "checkpoint-answered",
            &[("done", 0), ("total", total)]
        )
    );
    let instructions = text(c, ".checkpoint__instructions").await?;
    assert!(
        instructions.contains("English or in French"),
        "{instructions}"
    );

    // Question 1, right, in English.
    let q1 = &questions[0];
    let order_before = shown_orders(c, &questions).await?;
    let mut attempt = Attempt {
        questions: questions.iter().map(|q| q.id.clone()).collect(),
        ..Attempt::new(&module, 0, 0)
    };
    let a1 = answer(c, q1, true).await?;
    attempt.answer(&q1.id, a1.clone(), Lang::En);
    assert_eq!(verdict(c, q1).await?, ui(Lang::En, "quiz-correct", &[]));
    assert_eq!(
        text(c, counter).await?,
        ui(
            Lang::En,
            "checkpoint-answered",
            &[("done", 1), ("total", total)]
        )
    );

    // Switch to French: still answered, 1/N, feedback in French.
    super::pages::switch_language(c, Lang::Fr).await?;
    assert_eq!(
        text(c, counter).await?,
        ui(
            Lang::Fr,
            "checkpoint-answered",
            &[("done", 1), ("total", total)]
        )
    );
    assert_eq!(verdict(c, q1).await?, ui(Lang::Fr, "quiz-correct", &[]));
    let css = question_css(q1);
    if let Answer::Single(chosen) = &a1 {
        let pressed = eval(
            c,
            &format!("document.querySelector(\"{css} [data-option='{chosen}'] button\").getAttribute('aria-pressed')"),
        )
        .await?;
        assert_eq!(pressed, json!("true"), "question 1 is still answered");
        let feedback_id = format!("{}-option-{chosen}-feedback", q1.id);
        if loaded.text.has(Lang::Fr, &feedback_id) {
            let shown = text(c, &format!("{css} .question__option-feedback .bi__own p")).await?;
            assert_eq!(
                shown,
                first_paragraph(&loaded.text.text(Lang::Fr, &feedback_id))
            );
        }
    }
    let explanation = text(c, &format!("{css} .question__explanation .bi__own p")).await?;
    assert_eq!(
        explanation,
        first_paragraph(
            &loaded
                .text
                .text(Lang::Fr, &format!("{}-explanation", q1.id))
        )
    );
    assert_eq!(
        shown_orders(c, &questions).await?,
        order_before,
        "same order in French"
    );

    // Back to English; every other question, free text typed in French.
    super::pages::switch_language(c, Lang::En).await?;
    for (n, q) in questions.iter().enumerate().skip(1) {
        // A few wrong answers, so that there is something to review; the
        // free-text ones right, typed in French.
        let right = matches!(q.kind, QuestionKind::ShortText { .. }) || n % 3 != 1;
        let given = answer(c, q, right).await?;
        if let QuestionKind::ShortText { .. } = q.kind {
            assert!(right, "the free-text questions are answered right here");
            assert_eq!(
                verdict(c, q).await?,
                ui(Lang::En, "quiz-correct", &[]),
                "{} accepts {:?} with the interface in English",
                q.id,
                given
            );
        }
        attempt.answer(&q.id, given, Lang::En);
    }
    let expected = attempt.score(&loaded.module.checkpoint);
    assert!(expected.percent < 100, "some answers were wrong");
    super::pages::Checkpoint::on(c).finish().await?;
    let percent = result_percent(c, "the result").await?;
    assert_eq!(percent, json!(expected.percent.to_string()));
    let focused = eval(c, "document.activeElement.id").await?;
    assert_eq!(focused, json!("checkpoint-result"), "focus on the result");
    let to_review: Vec<String> = serde_json::from_value(
        eval(c, "Array.from(document.querySelectorAll('[data-testid=to-review] a')).map(a => a.getAttribute('href'))").await?,
    )?;
    let expected_review: Vec<String> = attempt
        .to_review(&loaded.module.checkpoint)
        .iter()
        .map(|q| format!("#question-{}", q.id))
        .collect();
    assert_eq!(to_review, expected_review);

    // Reload: the attempt and its score are there, answers locked.
    harness::wait_stored(c, "savoir:progress", "finished").await?;
    c.refresh().await?;
    ready_in(c, "en").await?;
    let percent = result_percent(c, "the result after reload").await?;
    assert_eq!(percent, json!(expected.percent.to_string()));
    assert_eq!(
        text(c, "[data-testid=best-last]").await?,
        ui(
            Lang::En,
            "checkpoint-best-last",
            &[
                ("best", i64::from(expected.percent)),
                ("last", i64::from(expected.percent))
            ]
        )
    );
    assert_eq!(
        text(c, counter).await?,
        ui(
            Lang::En,
            "checkpoint-answered",
            &[("done", total), ("total", total)]
        )
    );

    // Retry: a new order, kept across a switch and a reload.
    click(c, "[data-testid=retry-checkpoint]").await?;
    wait_for(
        c,
        &format!(
            "document.querySelector('{counter}').textContent === {}",
            json!(ui(
                Lang::En,
                "checkpoint-answered",
                &[("done", 0), ("total", total)]
            ))
        ),
        "a fresh attempt",
    )
    .await?;
    assert!(eval(c, "document.querySelector('[data-testid=feedback]')")
        .await?
        .is_null());
    let questions = asked_questions(c, &loaded).await?;
    let retry_order = shown_orders(c, &questions).await?;
    super::pages::switch_language(c, Lang::Fr).await?;
    assert_eq!(
        shown_orders(c, &questions).await?,
        retry_order,
        "same order after a switch"
    );
    harness::wait_stored(c, "savoir:progress", "\"seed\"").await?;
    c.refresh().await?;
    open_wait(c).await?;
    assert_eq!(
        shown_orders(c, &questions).await?,
        retry_order,
        "same order after a reload"
    );
    Ok(())
}

/// Issue 15: the checkpoint asks a draw from a larger pool. Failed and
/// retried, it asks at least one other question; a language switch and a
/// reload in the middle of the retry keep its questions and their order.
pub async fn a_failed_checkpoint_retried_asks_other_questions_and_a_switch_keeps_them(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let loaded = first_checkpoint()?;
    let cp = &loaded.module.checkpoint;
    assert!(
        cp.questions.len() > cp.asked(),
        "the first module draws {} of a pool of {}",
        cp.asked(),
        cp.questions.len()
    );
    open_checkpoint(c, base, Lang::En, &loaded.module.id).await?;
    let first = asked_questions(c, &loaded).await?;
    assert_eq!(first.len(), cp.asked());
    for q in &first {
        answer(c, q, false).await?;
    }
    super::pages::Checkpoint::on(c).finish().await?;
    let percent: u8 = result_percent(c, "the result")
        .await?
        .as_str()
        .unwrap_or("")
        .parse()?;
    assert!(percent < cp.pass_mark, "failed: {percent} %");
    click(c, "[data-testid=retry-checkpoint]").await?;
    wait_for(
        c,
        "!document.querySelector('[data-testid=feedback]') && document.querySelectorAll('.checkpoint__questions [data-question-id]').length > 0",
        "a fresh attempt",
    )
    .await?;
    let second = asked_questions(c, &loaded).await?;
    let ids = |qs: &[Question]| qs.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    let (before, after) = (ids(&first), ids(&second));
    assert_eq!(after.len(), cp.asked());
    assert!(
        after.iter().any(|q| !before.contains(q)),
        "the retry asks at least one other question: {before:?} then {after:?}"
    );

    // Mid-attempt: two answers, then a switch to French, then a reload.
    answer(c, &second[0], true).await?;
    answer(c, &second[1], false).await?;
    let orders = shown_orders(c, &second).await?;
    super::pages::switch_language(c, Lang::Fr).await?;
    assert_eq!(
        ids(&asked_questions(c, &loaded).await?),
        after,
        "same questions in French"
    );
    assert_eq!(
        shown_orders(c, &second).await?,
        orders,
        "same order in French"
    );
    assert_eq!(
        text(c, "[data-testid=answered-count]").await?,
        ui(
            Lang::Fr,
            "checkpoint-answered",
            &[("done", 2), ("total", after.len() as i64)]
        )
    );
    harness::wait_stored(c, "savoir:progress", &format!("\"{}\"", second[1].id)).await?;
    c.refresh().await?;
    open_wait(c).await?;
    assert_eq!(
        ids(&asked_questions(c, &loaded).await?),
        after,
        "same questions after a reload"
    );
    assert_eq!(
        shown_orders(c, &second).await?,
        orders,
        "same order after a reload"
    );
    Ok(())
}

async fn open_wait(c: &Client) -> Result<(), BoxError> {
    ready_in(c, "fr").await?;
    wait_for(c, "document.querySelector('.question')", "the checkpoint").await
}

/// Opens the first module's checkpoint in English, answers its first
/// questions right or wrong as `rights` says, and finishes it.
pub async fn finish_first_checkpoint(
    c: &Client,
    base: &str,
    rights: &[bool],
) -> Result<LoadedModule, BoxError> {
    let loaded = first_checkpoint()?;
    open_checkpoint(c, base, Lang::En, &loaded.module.id).await?;
    for (q, right) in asked_questions(c, &loaded).await?.iter().zip(rights) {
        answer(c, q, *right).await?;
    }
    super::pages::Checkpoint::on(c).finish().await?;
    Ok(loaded)
}

/// Spaced review: a checkpoint finished with wrong answers schedules them
/// for the next day, so nothing is due at once. With the app's clock moved
/// two days on (`Date.now`, which the app reads, replaced in the page: no
/// waiting), the catalog counts them and the review page offers them,
/// with axe finding nothing in either language. A wrong answer there is due
/// again a day later (answered right after a retry, it stays so: only a
/// first answer counts); another answered right is scheduled further out,
/// which the stored logs replayed on the host confirm. A language switch keeps the queue and the answers; a reload
/// on the real clock finds nothing due.
pub async fn spaced_review_brings_back_wrong_answers_when_due(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    use savoir::domain::learner::review::{schedule, Context, Review};
    // Two answered wrong, the rest left unanswered: all are wrong.
    let loaded = finish_first_checkpoint(c, base, &[false, false]).await?;
    let questions = asked_questions(c, &loaded).await?;
    let count = questions.len() as i64;

    c.goto(&format!("{base}{}", route::home(Lang::En))).await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=settings-link]')",
        "the catalog",
    )
    .await?;
    assert_eq!(
        eval(c, "!!document.querySelector('[data-testid=review-link]')").await?,
        json!(false),
        "nothing is due on the day of the checkpoint"
    );

    // Two days on, by the app's clock; then to the catalog again by its
    // own links (a reload would bring the real clock back).
    c.execute(
        "const real = Date.now.bind(Date); Date.now = () => real() + 2 * 86400000;",
        vec![],
    )
    .await?;
    click(c, "[data-testid=settings-link]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=retention]')",
        "the data page",
    )
    .await?;
    // The desired retention, on the data page: out of range is refused and
    // said; 85 is kept, said, and stored with the preferences.
    let retention = c.find(Locator::Css("[data-testid=retention]")).await?;
    retention.clear().await?;
    retention.send_keys("12\n").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=retention]').getAttribute('aria-invalid') === 'true'",
        "the refusal",
    )
    .await?;
    assert_eq!(
        text(c, "[data-testid=retention-status]").await?,
        ui(Lang::En, "settings-retention-invalid", &[])
    );
    retention.clear().await?;
    retention.send_keys("85\n").await?;
    harness::wait_stored(c, "savoir:preferences", "\"retention\":85").await?;
    let mut args = FluentArgs::new();
    args.set("percent", "85%");
    assert_eq!(
        text(c, "[data-testid=retention-status]").await?,
        localizer().format(Lang::En, "settings-retention-saved", Some(&args))
    );
    click(c, ".site-header__brand").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=review-link]')",
        "the review link",
    )
    .await?;
    assert_eq!(
        text(c, "[data-testid=review-link]").await?,
        ui(Lang::En, "review-link", &[("count", count)])
    );
    click(c, "[data-testid=review-link]").await?;
    assert_eq!(practice_questions(c).await?, json!(count));
    assert_eq!(
        text(c, "[data-testid=review-left]").await?,
        ui(Lang::En, "review-left", &[("count", count)])
    );
    let found = super::axe::violations(c).await?;
    assert!(
        found.is_empty(),
        "axe on the review page (en):\n{}",
        found.join("\n")
    );

    // A question answered with one click: what a retry keeps of a typed or
    // ticked draft is not what this journey is about.
    let q = questions
        .iter()
        .find(|q| {
            matches!(
                q.kind,
                QuestionKind::SingleChoice { .. } | QuestionKind::TrueFalse { .. }
            )
        })
        .ok_or("no single-choice or true/false question asked")?;
    answer(c, q, false).await?;
    assert_eq!(verdict(c, q).await?, ui(Lang::En, "quiz-incorrect", &[]));
    // Answered, it is no longer due today, and the page says when it is.
    let left = text(c, "[data-testid=review-left]").await?;
    assert!(
        left.starts_with(&ui(Lang::En, "review-left", &[("count", count - 1)])),
        "{left}"
    );
    click(
        c,
        &format!("{} .question__feedback button", question_css(q)),
    )
    .await?;
    wait_for(
        c,
        &format!(
            "document.activeElement && document.activeElement.dataset.questionId === '{}'",
            q.id
        ),
        "focus back on the question",
    )
    .await?;
    // Right after a retry: not a review (the explanation was just read).
    answer(c, q, true).await?;
    assert_eq!(verdict(c, q).await?, ui(Lang::En, "quiz-correct", &[]));
    // Another question, answered right at once.
    let other = questions
        .iter()
        .find(|x| x.id != q.id)
        .ok_or("one question asked only")?;
    answer(c, other, true).await?;
    wait_for(
        c,
        &format!(
            "document.querySelector(\"[data-review-key$='/{}'] [data-testid=review-scheduled]\")",
            other.id
        ),
        "the date it comes back",
    )
    .await?;
    let left = text(c, "[data-testid=review-left]").await?;
    assert!(
        left.starts_with(&ui(Lang::En, "review-left", &[("count", count - 2)])),
        "{left}"
    );

    // The stored logs: each question's checkpoint answer (wrong), then its
    // first answer in review; replayed, the right one comes back later than
    // the wrong one.
    harness::wait_stored(
        c,
        "savoir:progress",
        "\"right\":true,\"context\":\"review\"",
    )
    .await?;
    let stored = eval(c, "localStorage.getItem('savoir:progress')").await?;
    let progress: serde_json::Value = serde_json::from_str(stored.as_str().unwrap_or("{}"))?;
    let log_of = |id: &str| -> Result<Vec<Review>, BoxError> {
        let key = format!("{}/{id}", loaded.module.id);
        Ok(serde_json::from_value(progress["reviews"][&key].clone())?)
    };
    let shape = |log: &[Review]| -> Vec<(bool, Context)> {
        log.iter().map(|r| (r.right, r.context)).collect()
    };
    let wrong = log_of(&q.id)?;
    let right = log_of(&other.id)?;
    assert_eq!(
        shape(&wrong),
        [(false, Context::Checkpoint), (false, Context::Review)]
    );
    assert_eq!(
        shape(&right),
        [(false, Context::Checkpoint), (true, Context::Review)]
    );
    let day = 86_400_000;
    assert!(
        wrong[1].at >= wrong[0].at + 2 * day,
        "answered on the moved clock"
    );
    let after_wrong = schedule(&wrong, 85).map(|s| s.due).unwrap_or(0);
    let after_right = schedule(&right, 85).map(|s| s.due).unwrap_or(0);
    assert_eq!(after_wrong, wrong[1].at + day, "wrong: back the next day");
    assert!(after_right > after_wrong + day, "right: further out");

    // A switch keeps the queue and the answer.
    super::pages::switch_language(c, Lang::Fr).await?;
    assert_eq!(practice_questions(c).await?, json!(count));
    assert_eq!(verdict(c, q).await?, ui(Lang::Fr, "quiz-correct", &[]));
    let found = super::axe::violations(c).await?;
    assert!(
        found.is_empty(),
        "axe on the review page (fr):\n{}",
        found.join("\n")
    );

    // The real clock: nothing is due yet.
    c.refresh().await?;
    ready_in(c, "fr").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=review-left]')",
        "the review page",
    )
    .await?;
    let left = text(c, "[data-testid=review-left]").await?;
    assert!(
        left.starts_with(&ui(Lang::Fr, "review-empty", &[])),
        "{left}"
    );
    assert_eq!(
        eval(c, "document.querySelectorAll('.review .question').length").await?,
        json!(0)
    );
    Ok(())
}

/// A lesson's exercise (an ordering one) done with the keyboard alone:
/// items moved with their buttons keep focus, the answer gets feedback at
/// once, survives a reload, and can be tried again.
pub async fn a_lesson_exercise_works_by_keyboard_and_gives_feedback(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let catalog = savoir::adapters::content::catalog();
    let dist = harness::dist_dir()?;
    // The first lesson whose exercise is an ordering one.
    let mut found = None;
    for m in &catalog.modules {
        for l in &m.lessons {
            let file = dist
                .join("content")
                .join(&m.id)
                .join(format!("{}.json", l.id));
            let loaded = savoir::adapters::content::LoadedLesson::from_json(
                "x",
                &std::fs::read_to_string(&file)?,
            )?;
            if matches!(loaded.lesson.exercise.kind, QuestionKind::Ordering { .. })
                && found.is_none()
            {
                found = Some((m.id.clone(), l.id.clone(), loaded.lesson.exercise.clone()));
            }
        }
    }
    let (module, lesson, exercise) = found.ok_or("no lesson has an ordering exercise")?;
    c.goto(&format!(
        "{base}{}",
        route::lesson(Lang::En, &module, &lesson)
    ))
    .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('#question-exercise')",
        "the exercise",
    )
    .await?;
    let before = shown_order(c, &exercise).await?;
    // Keyboard: focus the second item's "up" button and press Enter.
    let second = before.get(1).cloned().ok_or("fewer than two items")?;
    c.execute(
        "document.getElementById(arguments[0]).focus();",
        vec![json!(format!("question-exercise-{second}-up"))],
    )
    .await?;
    c.active_element().await?.send_keys("\u{E007}").await?;
    wait_for(
        c,
        &format!(
            "document.querySelector('#question-exercise [data-item]').dataset.item === '{second}'"
        ),
        "the item moved up",
    )
    .await?;
    wait_for(
        c,
        &format!("document.activeElement.id === 'question-exercise-{second}-up'"),
        "focus to stay on the moved item",
    )
    .await?;
    let given = answer(c, &exercise, true).await?;
    assert_eq!(
        verdict(c, &exercise).await?,
        ui(Lang::En, "quiz-correct", &[])
    );
    if let (Answer::Ordering(order), QuestionKind::Ordering { items }) = (&given, &exercise.kind) {
        assert_eq!(order, items);
    }
    harness::wait_stored(c, "savoir:progress", "\"exercise\"").await?;
    c.refresh().await?;
    ready_in(c, "en").await?;
    wait_feedback(c, &exercise).await?;
    click(c, "#question-exercise .question__feedback button").await?;
    wait_for(
        c,
        "!document.querySelector('#question-exercise [data-testid=feedback]') && document.activeElement.id === 'question-exercise'",
        "the exercise open again, focused",
    )
    .await?;
    Ok(())
}
