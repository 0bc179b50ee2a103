//! The root component: storage, routing, and the page for the address.

use crate::adapters::content::catalog;
use crate::adapters::storage::AppStore;
use crate::domain::route::{self, Page, Route};
use crate::ui::assignments::Assignments;
use crate::ui::components::AppShell;
use crate::ui::document::preferred_lang;
use crate::ui::learner::Learner;
use crate::ui::offline::OfflineState;
use crate::ui::pages::{
    AssignmentPage, CheckpointPage, DashboardPage, HomePage, LessonPage, ModulePage, NotFoundPage,
    ReviewPage, SettingsPage, TrainerPage,
};
use crate::ui::router::provide_router;
use leptos::prelude::*;

/// Why learner state cannot be kept beyond this tab, if it cannot.
#[derive(Clone)]
pub struct StorageStatus(pub Option<String>);

/// The whole app. The shell stays mounted for the whole visit; only the page
/// inside it changes, and only when the page (not the language) changes.
#[component]
pub fn App() -> impl IntoView {
    let (store, problem) = AppStore::open();
    provide_context(store.clone());
    Learner::provide(store.clone());
    Assignments::provide(store.clone());
    OfflineState::provide();
    provide_context(StorageStatus(problem.map(|e| e.to_string())));
    let location = provide_router();

    let route = Memo::new(move |_| Route::parse(&location.path()));
    // For pages whose address names no language, and for `/`.
    let preferred = preferred_lang(&store);
    let lang = Signal::derive(move || route.get().lang().unwrap_or(preferred));
    let page = Memo::new(move |_| route.get().page());

    Effect::new(move |_| match route.get() {
        Route::Entry => location.navigate(&route::home(preferred_lang(&store)), true),
        // A shared assignment link: the same assignment in the learner's language.
        Route::Page {
            lang: None,
            page: Page::Assignment,
        } => {
            let code = location.address().fragment;
            let code = code.trim_start_matches('#');
            location.navigate(&route::assignment(preferred_lang(&store), code), true);
        }
        Route::Page { .. } => {}
    });

    view! {
        <AppShell lang>
            {move || match page.get() {
                Some(Page::Home) => view! { <HomePage/> }.into_any(),
                Some(Page::Module { module }) if catalog().module(&module).is_some() => {
                    view! { <ModulePage module/> }.into_any()
                }
                // Only lessons the course index knows are fetched: a made-up
                // or tampered address is "not found" without a request.
                Some(Page::Lesson { module, lesson }) if lesson_exists(&module, &lesson) => {
                    view! { <LessonPage module lesson/> }.into_any()
                }
                Some(Page::Checkpoint { module }) if catalog().module(&module).is_some() => {
                    view! { <CheckpointPage module/> }.into_any()
                }
                Some(Page::Review) => view! { <ReviewPage/> }.into_any(),
                Some(Page::Settings) => view! { <SettingsPage/> }.into_any(),
                Some(Page::Trainer) => view! { <TrainerPage/> }.into_any(),
                Some(Page::Dashboard) => view! { <DashboardPage/> }.into_any(),
                Some(Page::Assignment) => view! { <AssignmentPage/> }.into_any(),
                Some(Page::Module { .. } | Page::Lesson { .. } | Page::Checkpoint { .. } | Page::NotFound) => {
                    view! { <NotFoundPage/> }.into_any()
                }
                None => ().into_any(),
            }}
        </AppShell>
    }
}

fn lesson_exists(module: &str, lesson: &str) -> bool {
    let c = catalog();
    c.module(module)
        .is_some_and(|m| m.lessons.iter().any(|l| l.id == lesson))
}

/// The store provided by [`App`], or a memory-only one where a component is
/// mounted alone.
pub fn use_store() -> AppStore {
    use_context::<AppStore>().unwrap_or_else(|| AppStore::Memory(std::sync::Arc::default()))
}
