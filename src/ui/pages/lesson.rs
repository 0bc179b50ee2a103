use crate::adapters::content::{ContentError, ContentSource, LoadedLesson};
use crate::ui::components::{LessonView, LoadError};
use crate::ui::i18n::use_i18n;
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
enum LoadState {
    Loading,
    Ready(Arc<LoadedLesson>),
    Failed(ContentError),
}

/// A lesson: fetched when opened (once per visit), then shown; a lesson that
/// cannot be fetched or read gets a localised explanation and a retry, and
/// the rest of the app goes on working.
#[component]
pub fn LessonPage(
    /// The module's id.
    module: String,
    /// The lesson's id.
    lesson: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let source = use_context::<ContentSource>().unwrap_or_default();
    let state = RwSignal::new(LoadState::Loading);
    let load = move || {
        state.set(LoadState::Loading);
        let (source, module, lesson) = (source.clone(), module.clone(), lesson.clone());
        leptos::task::spawn_local(async move {
            let result = fetch(&source, &module, &lesson).await;
            state.set(match result {
                Ok(loaded) => LoadState::Ready(loaded),
                Err(e) => {
                    crate::ui::document::log_error(&e);
                    LoadState::Failed(e)
                }
            });
        });
    };
    load();
    // A retry is asked for like a page: the result takes focus when it
    // arrives, where the Retry button it replaces had it.
    let location = use_location();
    let retry = Callback::new(move |()| {
        location.mark_navigated();
        load();
    });
    Effect::new(move |_| {
        if matches!(state.get(), LoadState::Failed(_)) {
            settle_page(location, None);
        }
    });
    move || match state.get() {
        LoadState::Loading => view! {
            <p class="lesson-loading" role="status" data-testid="lesson-loading">
                {i18n.tr("lesson-loading")}
            </p>
        }
        .into_any(),
        LoadState::Ready(loaded) => view! { <LessonView lesson=loaded/> }.into_any(),
        LoadState::Failed(error) => view! { <LoadError error on_retry=retry/> }.into_any(),
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch(
    source: &ContentSource,
    module: &str,
    lesson: &str,
) -> Result<Arc<LoadedLesson>, ContentError> {
    crate::adapters::content::fetch_lesson(source, module, lesson).await
}

/// The host build has no network; only the wasm app fetches.
#[cfg(not(target_arch = "wasm32"))]
async fn fetch(
    source: &ContentSource,
    module: &str,
    lesson: &str,
) -> Result<Arc<LoadedLesson>, ContentError> {
    Err(ContentError::Unreachable {
        url: source.lesson_url(module, lesson),
        cause: "no network outside a browser".into(),
    })
}
