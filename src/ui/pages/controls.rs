use crate::adapters::content::fetch_controls;
use crate::ui::components::{ControlExplorer, LoadFuture, Loader, PageFrame, Ready};
use leptos::prelude::*;
use std::rc::Rc;

/// The controls explorer, `/<lang>/controls`. Its data is fetched when the
/// page is first opened (never on a first visit elsewhere), then kept.
#[component]
pub fn ControlsPage() -> impl IntoView {
    let source = crate::ui::app::use_content_source();
    let load = move || -> LoadFuture {
        let source = source.clone();
        Box::pin(async move {
            let data = fetch_controls(&source).await?;
            let ready: Ready =
                Rc::new(move || view! { <ControlExplorer data=data.clone()/> }.into_any());
            Ok(ready)
        })
    };
    view! {
        <PageFrame class="controls" title="controls-title" intro="controls-intro">
            <Loader load=Rc::new(load)/>
        </PageFrame>
    }
}
