use crate::domain::language::Lang;
use crate::ui::app::use_store;
use crate::ui::components::AppShell;
use crate::ui::document::preferred_lang;
use crate::ui::pages::NotFoundPage;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

/// `/:lang/...`: every page under a language. The shell is built once and
/// stays mounted when the language changes, so text updates in place and
/// nothing on the page (focus, scroll, typed text) is lost.
#[component]
pub fn LanguageRoot() -> impl IntoView {
    let params = use_params_map();
    let lang = Memo::new(move |_| params.read().get("lang").and_then(|t| Lang::from_tag(&t)));
    let known = Memo::new(move |_| lang.get().is_some());
    let fallback = preferred_lang(&use_store());
    let shown = Signal::derive(move || lang.get().unwrap_or(fallback));
    view! {
        <AppShell lang=shown>
            <Show when=move || known.get() fallback=|| view! { <NotFoundPage/> }>
                <Outlet/>
            </Show>
        </AppShell>
    }
}
