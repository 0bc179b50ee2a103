//! The root component and the route table.

use crate::adapters::storage::AppStore;
use crate::ui::pages::{EntryRedirect, HomePage, LanguageRoot, UnknownAddress};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

/// Why learner state cannot be kept beyond this tab, if it cannot.
#[derive(Clone)]
pub struct StorageStatus(pub Option<String>);

/// The whole app: storage, then the routes, each under its language.
#[component]
pub fn App() -> impl IntoView {
    let (store, problem) = AppStore::open();
    provide_context(store);
    provide_context(StorageStatus(problem.map(|e| e.to_string())));
    view! {
        <Router>
            <Routes fallback=|| view! { <UnknownAddress/> }>
                <Route path=path!("") view=EntryRedirect/>
                <ParentRoute path=path!(":lang") view=LanguageRoot>
                    <Route path=path!("") view=HomePage/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The store provided by [`App`], or a memory-only one where a component is
/// mounted alone.
pub fn use_store() -> AppStore {
    use_context::<AppStore>().unwrap_or_else(|| AppStore::Memory(std::sync::Arc::default()))
}
