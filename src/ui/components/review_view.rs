use crate::domain::content::lesson::Question;
use crate::domain::learner::review::{Context, Item};
use crate::domain::learner::scoring::is_correct;
use crate::domain::shared::route;
use crate::ui::components::PageFrame;
use crate::ui::components::{BiText, QuestionView};
use crate::ui::document::focus_by_id;
use crate::ui::format::date_text;
use crate::ui::i18n::{use_i18n, TextFn};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::sync::Arc;

/// A question due for review, ready to show.
#[derive(Clone)]
pub struct ReviewItem {
    pub item: Item,
    pub question: Question,
    pub text: Arc<crate::adapters::content::ContentText>,
    /// The title of the question's module, in every language.
    pub module_title: TextFn,
}

/// The review page: how many questions are due and when the next fall due,
/// then each due question with its module, feedback at once, and the date
/// it comes back once answered. Answers may be tried again; the first goes
/// into the question's review log (`Context::Review`), and a checkpoint
/// question's into its mistakes too.
#[component]
pub fn ReviewView(
    /// The questions due when the page opened, in queue order.
    items: Vec<ReviewItem>,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let seed = crate::ui::document::random_seed();
    let summary = move || {
        let queue = learner.review_queue();
        let lang = i18n.lang();
        let mut lines = vec![if queue.due.is_empty() {
            i18n.t("review-empty")
        } else {
            i18n.t_args("review-left", &[("count", queue.due.len().into())])
        }];
        match queue.next {
            Some(next) => {
                lines.push(i18n.t_args("review-next", &[("date", date_text(next, lang).into())]))
            }
            None if queue.scheduled == 0 => lines.push(i18n.t("review-nothing-scheduled")),
            None => {}
        }
        lines.join(" ")
    };
    let questions: Vec<AnyView> = items
        .into_iter()
        .map(|ReviewItem { item, question, text, module_title }| {
            let answer = RwSignal::new(None);
            let anchor = format!("review-{}", item.key());
            let kind = question.kind.clone();
            let answered = item.clone();
            // Only the first answer is a review: one given after a retry,
            // with the explanation just read, says nothing of memory.
            let logged = StoredValue::new(false);
            let on_answer = Callback::new(move |a| {
                if !logged.get_value() {
                    logged.set_value(true);
                    let right = is_correct(&kind, &a);
                    learner.reviewed(&answered, right, Context::Review);
                    if let Item::Checkpoint { module, question } = &answered {
                        learner.practised(module, question, right);
                    }
                }
                answer.set(Some(a));
            });
            let focus = anchor.clone();
            let on_retry = Callback::new(move |()| {
                answer.set(None);
                let id = focus.clone();
                request_animation_frame(move || focus_by_id(&id));
            });
            let scheduled_item = item.clone();
            let scheduled = move || {
                answer.with(Option::is_some).then(|| {
                    let due = learner.next_review(&scheduled_item)?;
                    let date = date_text(due, i18n.lang());
                    Some(view! {
                        <p class="review__scheduled" data-testid="review-scheduled">
                            {i18n.t_args("review-scheduled", &[("date", date.into())])}
                        </p>
                    })
                })
            };
            let exercise = matches!(item, Item::Exercise { .. })
                .then(|| view! { " · " {i18n.tr("review-exercise")} });
            view! {
                <li class="review__item" data-review-key=item.key()>
                    <p class="review__module"><BiText text=module_title/>{exercise}</p>
                    <QuestionView question text seed anchor answer=answer.into() on_answer on_retry/>
                    {scheduled}
                </li>
            }
            .into_any()
        })
        .collect();
    view! {
        <PageFrame class="review" title="review-title" intro="review-intro">
            <p class="review__left" data-testid="review-left" aria-live="polite">{summary}</p>
            <ol class="review__questions">{questions}</ol>
            <p><a href=move || route::home(i18n.lang())>{i18n.tr("lesson-back-home")}</a></p>
        </PageFrame>
    }
}
