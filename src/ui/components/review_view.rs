use crate::adapters::content::{catalog, LoadedModule};
use crate::domain::learner::scoring::is_correct;
use crate::domain::shared::route;
use crate::ui::components::PageFrame;
use crate::ui::components::{BiText, QuestionView};
use crate::ui::document::focus_by_id;
use crate::ui::i18n::{interface_text, localized_text, use_i18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::sync::Arc;

/// Practice on the questions answered wrong, module by module: feedback at
/// once, as often as needed; a right answer takes the question off the
/// learner's list (it stays on this page, marked as put right).
#[component]
pub fn ReviewView(
    /// Each module with mistakes, and the ids of its questions to practise.
    groups: Vec<(Arc<LoadedModule>, Vec<String>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let seed = crate::ui::document::random_seed();
    let left = move || {
        let count = learner.with(|p| p.mistakes_to_practise().len());
        if count == 0 {
            i18n.t("review-empty")
        } else {
            i18n.t_args("review-left", &[("count", count.into())])
        }
    };
    let sections: Vec<AnyView> = groups
        .into_iter()
        .map(|(loaded, ids)| {
            let module_id = loaded.module.id.clone();
            let title = catalog()
                .module(&module_id)
                .map(|s| localized_text(&s.title))
                .unwrap_or_else(|| interface_text("checkpoint-heading"));
            let questions: Vec<AnyView> = loaded
                .module
                .checkpoint
                .questions
                .iter()
                .filter(|q| ids.contains(&q.id))
                .map(|q| {
                    let answer = RwSignal::new(None);
                    let anchor = format!("question-{module_id}-{}", q.id);
                    let (kind, module_id, qid) = (q.kind.clone(), module_id.clone(), q.id.clone());
                    let on_answer = Callback::new(move |a| {
                        learner.practised(&module_id, &qid, is_correct(&kind, &a));
                        answer.set(Some(a));
                    });
                    let focus = anchor.clone();
                    let on_retry = Callback::new(move |()| {
                        answer.set(None);
                        let id = focus.clone();
                        request_animation_frame(move || focus_by_id(&id));
                    });
                    let kind = q.kind.clone();
                    let put_right = move || {
                        answer.with(|a| a.as_ref().is_some_and(|a| is_correct(&kind, a))).then(|| {
                            view! { <p class="review__put-right">{i18n.tr("review-put-right")}</p> }
                        })
                    };
                    view! {
                        <li>
                            <QuestionView question=q.clone() text=Arc::clone(&loaded.text) seed anchor
                                answer=answer.into() on_answer on_retry/>
                            {put_right}
                        </li>
                    }
                    .into_any()
                })
                .collect();
            view! {
                <section class="review__module">
                    <h2><BiText text=title/></h2>
                    <ol class="review__questions">{questions}</ol>
                </section>
            }
            .into_any()
        })
        .collect();
    view! {
        <PageFrame class="review" title="review-title" intro="review-intro">
            <p class="review__left" data-testid="review-left">{left}</p>
            {sections}
            <p><a href=move || route::home(i18n.lang())>{i18n.tr("lesson-back-home")}</a></p>
        </PageFrame>
    }
}
