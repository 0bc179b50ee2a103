use crate::adapters::content::{catalog, fetch_module, LoadedModule};
use crate::ui::components::{ClassDashboard, LoadFuture, Loader, Ready};
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

/// The trainer's class dashboard. Every module's checkpoint is fetched
/// first, so that questions show their text in either language.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let source = crate::ui::app::use_content_source();
    let load = move || -> LoadFuture {
        let source = source.clone();
        Box::pin(async move {
            let mut modules: Vec<Arc<LoadedModule>> = Vec::new();
            for m in &catalog().modules {
                modules.push(fetch_module(&source, &m.id).await?);
            }
            let ready: Ready =
                Rc::new(move || view! { <ClassDashboard modules=modules.clone()/> }.into_any());
            Ok(ready)
        })
    };
    view! { <Loader load=Rc::new(load)/> }
}
