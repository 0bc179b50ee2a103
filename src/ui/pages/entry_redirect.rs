use crate::domain::route;
use crate::ui::app::use_store;
use crate::ui::document::preferred_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// `/`: sends the visitor to the home page in their remembered language, or
/// on a first visit in the browser's preferred one.
#[component]
pub fn EntryRedirect() -> impl IntoView {
    let target = route::home(preferred_lang(&use_store()));
    let navigate = use_navigate();
    Effect::new(move |_| {
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
}
