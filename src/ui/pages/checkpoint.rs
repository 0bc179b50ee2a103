use crate::adapters::content::fetch_module;
use crate::ui::components::{CheckpointView, LoadFuture, Loader, Ready};
use leptos::prelude::*;
use std::rc::Rc;

/// A module's checkpoint: fetched when opened (once per visit), then shown.
#[component]
pub fn CheckpointPage(
    /// The module's id; the app shows this page only for known modules.
    module: String,
) -> impl IntoView {
    let source = crate::ui::app::use_content_source();
    let load = move || -> LoadFuture {
        let (source, module) = (source.clone(), module.clone());
        Box::pin(async move {
            let loaded = fetch_module(&source, &module).await?;
            let ready: Ready =
                Rc::new(move || view! { <CheckpointView loaded=loaded.clone()/> }.into_any());
            Ok(ready)
        })
    };
    view! { <Loader load=Rc::new(load)/> }
}
