use crate::adapters::content::{catalog, LoadedModule};
use crate::domain::content::lesson::Checkpoint;
use crate::domain::learner::quiz::{best_and_last, Attempt};
use crate::domain::learner::scoring::fits;
use crate::ui::components::{score_text, BiText, Breadcrumbs, CheckpointResult, QuestionView};
use crate::ui::document::focus_by_id;
use crate::ui::i18n::{interface_text, localized_text, use_announcer, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;
use std::sync::Arc;

/// A fresh attempt: its seed draws the questions from the pool (those the
/// `previous` attempt did not ask first) and shuffles the options.
fn fresh_attempt(module: &str, checkpoint: &Checkpoint, previous: Option<&Attempt>) -> Attempt {
    Attempt::start(
        module,
        checkpoint,
        crate::ui::document::random_seed(),
        js_sys::Date::now() as u64,
        previous,
    )
}

/// A module's checkpoint: instructions, the questions of the current
/// attempt (answered ones with their feedback), a counter, and once
/// finished, the result. The page shows the module's latest attempt, so a
/// reload comes back to it; a fresh attempt is stored at its first answer
/// (or at once, on retry), with the seed that orders its options.
#[component]
pub fn CheckpointView(
    /// The module, with its checkpoint and text.
    loaded: Arc<LoadedModule>,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let announcer = use_announcer();
    let location = use_location();
    let module_id = loaded.module.id.clone();
    let checkpoint = Arc::new(loaded.module.checkpoint.clone());
    let pass_mark = checkpoint.pass_mark;

    let latest = untrack(|| learner.with(|p| p.latest_attempt(&module_id).cloned()));
    // The attempt shown, as stored, or fresh until its first answer.
    let shown =
        RwSignal::new(latest.unwrap_or_else(|| fresh_attempt(&module_id, &checkpoint, None)));
    // The questions it asks: drawn when it started, kept with it.
    let asked = {
        let checkpoint = Arc::clone(&checkpoint);
        Memo::new(move |_| shown.with(|a| a.asked_ids(&checkpoint)))
    };
    let total = move || asked.with(Vec::len);
    let attempt = Memo::new(move |_| {
        let template = shown.get();
        learner
            .with(|p| p.attempts.get(&template.id).cloned())
            .unwrap_or(template)
    });
    let seed = Memo::new(move |_| shown.with(|a| a.seed));
    let finished = Signal::derive(move || attempt.with(|a| a.finished.is_some()));
    let answered = {
        let checkpoint = Arc::clone(&checkpoint);
        Signal::derive(move || attempt.with(|a| a.answered(&checkpoint)))
    };

    let summary = catalog().module(&module_id);
    let title = summary
        .map(|s| localized_text(&s.title))
        .unwrap_or_else(|| interface_text("checkpoint-heading"));
    let best_last = {
        let m = module_id.clone();
        move || {
            let (best, last) = learner.with(|p| {
                let attempts = p.attempts_of(&m);
                let (b, l) = best_and_last(attempts);
                (b.and_then(|a| a.percent), l.and_then(|a| a.percent))
            });
            let (best, last) = (best?, last?);
            let args = [("best", best.into()), ("last", last.into())];
            Some(
                view! { <p class="checkpoint__best-last" data-testid="best-last">{i18n.t_args("checkpoint-best-last", &args)}</p> },
            )
        }
    };
    let counter = move || {
        i18n.t_args(
            "checkpoint-answered",
            &[("done", (answered.get()).into()), ("total", total().into())],
        )
    };
    let pass_line = move || i18n.t_args("checkpoint-pass-mark", &[("mark", (pass_mark).into())]);

    let questions = {
        let (loaded, checkpoint) = (Arc::clone(&loaded), Arc::clone(&checkpoint));
        move || {
            // Rebuilt only when another attempt is shown (a retry).
            let seed = seed.get();
            let ids = asked.get();
            let total = ids.len();
            ids.iter()
                .filter_map(|id| checkpoint.question(id))
                .enumerate()
                .map(|(n, q)| {
                    let qid = q.id.clone();
                    let kind = q.kind.clone();
                    let answer = Memo::new(move |_| {
                        attempt.with(|a| a.answers.get(&qid).filter(|a| fits(&kind, a)).cloned())
                    });
                    let qid = q.id.clone();
                    let on_answer = Callback::new(move |a| {
                        let mut current = attempt.get_untracked();
                        // A fresh attempt is stored at its first answer and
                        // dated then, so that it is the latest one.
                        if current.answers.is_empty() && current.finished.is_none() {
                            let dated = current.dated(js_sys::Date::now() as u64);
                            if dated.id != current.id
                                && !learner.with(|p| p.attempts.contains_key(&current.id))
                            {
                                shown.set(dated.clone());
                                current = dated;
                            }
                        }
                        learner.answer_attempt(&current, &qid, a, i18n.lang());
                    });
                    view! {
                        <li>
                            <QuestionView question=q.clone() text=Arc::clone(&loaded.text) seed
                                anchor=format!("question-{}", q.id) answer=answer.into() on_answer
                                closed=finished number=(n + 1, total)/>
                        </li>
                    }
                })
                .collect_view()
        }
    };

    let finish = {
        let checkpoint = Arc::clone(&checkpoint);
        move |_| {
            let current = attempt.get_untracked();
            if current.finished.is_some() {
                return;
            }
            if current.answers.is_empty() {
                learner.start_attempt(current.clone());
            }
            if let Some(score) = learner.finish_attempt(&current.id, &checkpoint) {
                request_animation_frame(|| focus_by_id("checkpoint-result"));
                if let Some(a) = announcer {
                    a.announce_text(score_text(score));
                }
            }
        }
    };
    let unanswered = move || {
        let left = total().saturating_sub(answered.get());
        (left > 0 && !finished.get()).then(|| {
            let text = i18n.t_args("checkpoint-unanswered", &[("count", left.into())]);
            view! { <p class="checkpoint__unanswered" id="checkpoint-unanswered">{text}</p> }
        })
    };
    let retry = {
        let (module_id, checkpoint) = (module_id.clone(), Arc::clone(&checkpoint));
        Callback::new(move |()| {
            let fresh = fresh_attempt(&module_id, &checkpoint, Some(&attempt.get_untracked()));
            learner.start_attempt(fresh.clone());
            shown.set(fresh);
            request_animation_frame(|| {
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
                focus_by_id("checkpoint-title");
            });
        })
    };
    let result = {
        let checkpoint = Arc::clone(&checkpoint);
        let loaded = Arc::clone(&loaded);
        move || {
            finished.get().then(|| {
                view! {
                    <CheckpointResult attempt=attempt.get() checkpoint=Arc::clone(&checkpoint)
                        text=Arc::clone(&loaded.text) on_retry=retry/>
                }
            })
        }
    };

    Effect::new(move |_| settle_page(location, None));
    let module_for_crumbs = module_id.clone();
    view! {
        <article class="checkpoint" data-module-id=module_id>
            <Breadcrumbs module=module_for_crumbs current=interface_text("checkpoint-eyebrow")/>
            <p class="checkpoint__eyebrow">{i18n.tr("checkpoint-eyebrow")}</p>
            <h1 class="checkpoint__title" id="checkpoint-title" tabindex="-1"><BiText text=title/></h1>
            <p class="checkpoint__instructions">{i18n.tr("checkpoint-instructions")}</p>
            <p class="checkpoint__pass-mark">{pass_line}</p>
            {best_last}
            <p class="checkpoint__counter" data-testid="answered-count">{counter}</p>
            <ol class="checkpoint__questions">{questions}</ol>
            <div class="checkpoint__finish">
                {unanswered}
                {move || (!finished.get()).then(|| view! {
                    <button type="button" class="button" data-testid="finish" on:click=finish.clone()
                        aria-describedby=move || (total() > answered.get()).then_some("checkpoint-unanswered")>
                        {i18n.tr("checkpoint-finish")}
                    </button>
                })}
            </div>
            {result}
        </article>
    }
}
