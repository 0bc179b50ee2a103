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

/// Fetches a page's content when mounted: a status while it loads, then
/// the content, or a localised explanation with a retry (the rest of the
/// app goes on working). A retry is asked for like a page: its result takes
/// focus when it arrives, where the Retry button it replaces had it.
///
/// Built on Leptos's `LocalResource` and `<Suspense>`: the resource refetches
/// when the retry counter changes, and a result that arrives after the page
/// has gone is dropped with the resource. Failures are matched here rather
/// than thrown to an `<ErrorBoundary>`, which erases the error's type: the
/// learner's message depends on which `ContentError` it is.
#[component]
pub fn Loader(
    /// Starts fetching; called again on each retry.
    load: Rc<dyn Fn() -> LoadFuture>,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let tries = RwSignal::new(0_u32);
    let resource = LocalResource::new(move || {
        tries.track();
        let future = load();
        async move {
            let result = future.await;
            if let Err(e) = &result {
                crate::ui::document::log_error(e);
            }
            // Shared, so that the resource can hand out copies cheaply.
            Rc::new(result)
        }
    });
    let retry = Callback::new(move |()| {
        location.mark_navigated();
        tries.update(|n| *n += 1);
    });
    Effect::new(move |_| {
        if resource.with(|r| r.as_ref().is_some_and(|r| r.is_err())) {
            settle_page(location, None);
        }
    });
    let loading = move || {
        view! {
            <p class="lesson-loading" role="status" data-testid="lesson-loading">
                {i18n.tr("lesson-loading")}
            </p>
        }
    };
    view! {
        <Suspense fallback=loading>
            {move || {
                resource.get().map(|result| match result.as_ref() {
                    Ok(ready) => ready(),
                    Err(error) => view! { <LoadError error=error.clone() on_retry=retry/> }.into_any(),
                })
            }}
        </Suspense>
    }
}
