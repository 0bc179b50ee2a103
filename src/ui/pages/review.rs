use crate::adapters::content::{catalog, fetch_lesson, fetch_module};
use crate::domain::learner::review::Item;
use crate::ui::components::{LoadFuture, Loader, Ready, ReviewItem, ReviewView};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

/// Spaced review (`/<lang>/review`): the questions due now across the
/// course, interleaved by module (`domain::learner::review`). The queue is
/// taken when the page opens, so that a question answered stays in view
/// with its feedback (and through a language switch); each module's
/// checkpoint and each lesson is fetched once. Questions the course no
/// longer has are left out of the queue (by the course index's question
/// ids), their logs kept: deleting them would be undone by the next merge
/// with another tab's copy.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let source = crate::ui::app::use_content_source();
    let learner = use_learner();
    let load = move || -> LoadFuture {
        let due: Vec<Item> = untrack(|| learner.review_queue().due);
        let source = source.clone();
        Box::pin(async move {
            let mut items: Vec<ReviewItem> = Vec::new();
            for item in due {
                let title = |module: &str| {
                    catalog()
                        .module(module)
                        .map(|s| crate::ui::i18n::localized_text(&s.title))
                };
                let found = match &item {
                    Item::Checkpoint { module, question } => {
                        let loaded = fetch_module(&source, module).await?;
                        let q = loaded
                            .module
                            .checkpoint
                            .questions
                            .iter()
                            .find(|q| q.id == *question)
                            .cloned();
                        q.map(|q| (q, Arc::clone(&loaded.text)))
                    }
                    Item::Exercise { module, lesson } => {
                        let loaded = fetch_lesson(&source, module, lesson).await?;
                        Some((loaded.lesson.exercise.clone(), Arc::clone(&loaded.text)))
                    }
                };
                // Not in the bundle fetched (a course changed since the index
                // was built): left out, its log kept.
                if let (Some((question, text)), Some(module_title)) = (found, title(item.module()))
                {
                    items.push(ReviewItem {
                        item,
                        question,
                        text,
                        module_title,
                    });
                }
            }
            let ready: Ready =
                Rc::new(move || view! { <ReviewView items=items.clone()/> }.into_any());
            Ok(ready)
        })
    };
    view! { <Loader load=Rc::new(load)/> }
}
