use crate::adapters::content::{fetch_controls, LoadedControls};
use crate::domain::shared::route;
use crate::ui::components::{ControlExplorer, LoadFuture, Loader, PageFrame, Ready};
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

/// Loads the controls' data (fetched when a page that needs it is first
/// opened, never on a first visit elsewhere, then kept) for `show`.
pub(super) fn with_controls(
    show: impl Fn(Arc<LoadedControls>) -> AnyView + Clone + Send + 'static,
) -> impl Fn() -> LoadFuture + Send + 'static {
    let source = crate::ui::app::use_content_source();
    move || -> LoadFuture {
        let (source, show) = (source.clone(), show.clone());
        Box::pin(async move {
            let data = fetch_controls(&source).await?;
            let ready: Ready = Rc::new(move || show(data.clone()));
            Ok(ready)
        })
    }
}

/// The controls explorer, `/<lang>/controls`.
#[component]
pub fn ControlsPage() -> impl IntoView {
    let i18n = crate::ui::i18n::use_i18n();
    let load = with_controls(|data| view! { <ControlExplorer data/> }.into_any());
    view! {
        <PageFrame class="controls" title="controls-title" intro="controls-intro">
            <p><a href=move || route::workbook(i18n.lang()) data-testid="soa-explorer-link">{i18n.tr("soa-link")}</a></p>
            <Loader load=Rc::new(load)/>
        </PageFrame>
    }
}
