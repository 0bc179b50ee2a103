use crate::adapters::content::ContentError;
use crate::ui::components::LoadError;
use crate::ui::i18n::use_i18n;
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// What a [`Loader`] shows once its content has arrived.
pub type Ready = Rc<dyn Fn() -> AnyView>;

/// Content being fetched: the view to show, or why there is none.
pub type LoadFuture = Pin<Box<dyn Future<Output = Result<Ready, ContentError>>>>;

#[derive(Clone)]
enum LoadState {
    Loading,
    Ready(Ready),
    Failed(ContentError),
}

/// Fetches a page's content when mounted: a status while it loads, then
/// the content, or a localised explanation with a retry (the rest of the
/// app goes on working). A retry is asked for like a page: its result takes
/// focus when it arrives, where the Retry button it replaces had it.
///
/// Why not `LocalResource` with `<Suspense>`: tried in issue 16, it broke
/// leaving a lesson. With the lesson inside `<Suspense>`, navigating away
/// re-ran the lesson's text signals after they were disposed (a panic in
/// reactive_graph 0.2.16: "you tried to access a reactive value … already
/// disposed", from `BiText`'s derived signal), which stopped the app; three
/// journeys caught it (`lessons_are_fetched_only_when_opened`,
/// `completing_a_lesson_shows_in_progress_and_resume`, `fault_9_…`). This
/// loader keeps a state signal of its own and none of that machinery.
#[component]
pub fn Loader(
    /// Starts fetching; called again on each retry.
    load: Rc<dyn Fn() -> LoadFuture>,
    /// The message shown while it loads (also its `data-testid`).
    #[prop(default = "lesson-loading")]
    loading: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new_local(LoadState::Loading);
    let start = move || {
        state.set(LoadState::Loading);
        let future = load();
        leptos::task::spawn_local(async move {
            state.set(match future.await {
                Ok(ready) => LoadState::Ready(ready),
                Err(e) => {
                    crate::ui::document::log_error(&e);
                    LoadState::Failed(e)
                }
            });
        });
    };
    start();
    let location = use_location();
    let start = StoredValue::new_local(start);
    let retry = Callback::new(move |()| {
        location.mark_navigated();
        start.with_value(|s| s());
    });
    Effect::new(move |_| {
        if matches!(state.get(), LoadState::Failed(_)) {
            settle_page(location, None);
        }
    });
    move || match state.get() {
        LoadState::Loading => view! {
            <p class="lesson-loading" role="status" data-testid=loading>
                {i18n.tr(loading)}
            </p>
        }
        .into_any(),
        LoadState::Ready(ready) => ready(),
        LoadState::Failed(error) => view! { <LoadError error on_retry=retry/> }.into_any(),
    }
}
