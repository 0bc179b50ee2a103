use crate::domain::route;
use crate::ui::app::use_store;
use crate::ui::components::AppShell;
use crate::ui::document::preferred_lang;
use crate::ui::pages::NotFoundPage;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Any address no route matches: a "not found" page in the language the
/// address names, else the visitor's preferred one.
#[component]
pub fn UnknownAddress() -> impl IntoView {
    let pathname = use_location().pathname;
    let fallback = preferred_lang(&use_store());
    let lang = Signal::derive(move || route::lang_of_path(&pathname.get()).unwrap_or(fallback));
    view! {
        <AppShell lang>
            <NotFoundPage/>
        </AppShell>
    }
}
