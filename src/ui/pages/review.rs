use crate::adapters::content::{catalog, fetch_module, LoadedModule};
use crate::ui::components::{LoadFuture, Loader, Ready, ReviewView};
use crate::ui::learner::use_learner;
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

/// "Practise my mistakes": the checkpoint questions answered wrong, across
/// the course. The list is taken when the page opens, so that a question
/// put right stays in view with its feedback; each module's checkpoint is
/// fetched once.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let source = crate::ui::app::use_content_source();
    let learner = use_learner();
    let load = move || -> LoadFuture {
        let mistakes: Vec<(String, String)> = untrack(|| {
            learner.with(|p| {
                p.mistakes_to_practise()
                    .into_iter()
                    .map(|(m, q)| (m.to_owned(), q.to_owned()))
                    .collect()
            })
        });
        let source = source.clone();
        Box::pin(async move {
            let mut groups: Vec<(Arc<LoadedModule>, Vec<String>)> = Vec::new();
            // In course order; modules the course no longer has are left out.
            for summary in &catalog().modules {
                let questions: Vec<String> = mistakes
                    .iter()
                    .filter(|(m, _)| *m == summary.id)
                    .map(|(_, q)| q.clone())
                    .collect();
                if questions.is_empty() {
                    continue;
                }
                let loaded = fetch_module(&source, &summary.id).await?;
                groups.push((loaded, questions));
            }
            // Mistakes on questions the course no longer has cannot be
            // practised: they are put aside as settled, so that no count
            // promises questions this page cannot show.
            for (m, q) in &mistakes {
                let exists = groups.iter().any(|(loaded, _)| {
                    loaded.module.id == *m
                        && loaded
                            .module
                            .checkpoint
                            .questions
                            .iter()
                            .any(|x| x.id == *q)
                });
                if !exists {
                    learner.practised(m, q, true);
                }
            }
            let ready: Ready =
                Rc::new(move || view! { <ReviewView groups=groups.clone()/> }.into_any());
            Ok(ready)
        })
    };
    view! { <Loader load=Rc::new(load)/> }
}
