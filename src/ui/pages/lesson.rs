use crate::adapters::content::fetch_lesson;
use crate::ui::components::{LessonView, LoadFuture, Loader, Ready};
use leptos::prelude::*;
use std::rc::Rc;

/// A lesson: fetched when opened (once per visit), then shown.
#[component]
pub fn LessonPage(
    /// The module's id.
    module: String,
    /// The lesson's id.
    lesson: String,
) -> impl IntoView {
    let source = crate::ui::app::use_content_source();
    let load = move || -> LoadFuture {
        let (source, module, lesson) = (source.clone(), module.clone(), lesson.clone());
        Box::pin(async move {
            let loaded = fetch_lesson(&source, &module, &lesson).await?;
            let ready: Ready =
                Rc::new(move || view! { <LessonView lesson=loaded.clone()/> }.into_any());
            Ok(ready)
        })
    };
    view! { <Loader load=Rc::new(load)/> }
}
