use crate::adapters::content::fetch_controls;
use crate::ui::components::{ControlDetail, LoadFuture, Loader, Ready};
use leptos::prelude::*;
use std::rc::Rc;

/// One control's page, `/<lang>/controls/<number>`; the router lets only the
/// 93 numbers of the 2022 edition through.
#[component]
pub fn ControlPage(number: String) -> impl IntoView {
    let source = crate::ui::app::use_content_source();
    let load = move || -> LoadFuture {
        let (source, number) = (source.clone(), number.clone());
        Box::pin(async move {
            let data = fetch_controls(&source).await?;
            let ready: Ready = Rc::new(move || {
                view! { <ControlDetail data=data.clone() number=number.clone()/> }.into_any()
            });
            Ok(ready)
        })
    };
    view! { <Loader load=Rc::new(load)/> }
}
