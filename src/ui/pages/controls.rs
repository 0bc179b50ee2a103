use crate::adapters::content::fetch_controls;
use crate::domain::shared::route;
use crate::ui::components::{ControlExplorer, LoadFuture, Loader, PageFrame, Ready};
use leptos::prelude::*;
use std::rc::Rc;

/// The controls explorer, `/<lang>/controls`. Its data is fetched when the
/// page is first opened (never on a first visit elsewhere), then kept.
#[component]
pub fn ControlsPage() -> impl IntoView {
    let i18n = crate::ui::i18n::use_i18n();
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
            <p><a href=move || route::workbook(i18n.lang()) data-testid="soa-explorer-link">{i18n.tr("soa-link")}</a></p>
            <Loader load=Rc::new(load)/>
        </PageFrame>
    }
}
