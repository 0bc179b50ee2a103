use crate::domain::shared::language::Lang;
use crate::domain::shared::route;
use crate::ui::i18n::{message, use_announcer, use_i18n};
use crate::ui::learner::use_learner;
use crate::ui::reading::{anchor_in_view, keep_anchor_at};
use crate::ui::router::{is_plain_click, use_location};
use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// Links to the current page in each language. Following one switches the
/// interface in place (no reload), keeps the rest of the address, replaces
/// the history entry, and remembers the choice.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let learner = use_learner();
    let announcer = use_announcer();

    let href_for = move |lang: Lang| {
        let here = location.address();
        route::localized_href(&here.path, &here.query, &here.fragment, lang)
    };

    let links = Lang::ALL.map(|lang| {
        let on_click = move |ev: MouseEvent| {
            // Let the browser open a new tab or window as asked.
            if !is_plain_click(&ev) {
                return;
            }
            ev.prevent_default();
            if i18n.lang() == lang {
                return;
            }
            learner.update_preferences(|p| p.lang = Some(lang));
            // The same part stays at the same height on screen, however much
            // longer or shorter the text above it is in the other language.
            let reading = anchor_in_view();
            location.navigate(&href_for(lang), true);
            if let Some((id, top)) = reading {
                request_animation_frame(move || keep_anchor_at(&id, top));
            }
            if let Some(a) = announcer {
                a.announce("language-switched");
            }
        };
        view! {
            <li class="language-switcher__item">
                <a
                    class="language-switcher__link"
                    href=move || href_for(lang)
                    hreflang=lang.tag()
                    lang=lang.tag()
                    aria-current=move || (i18n.lang() == lang).then_some("true")
                    data-testid=format!("switch-{}", lang.tag())
                    on:click=on_click
                >
                    // Each language is named in itself, from its own locale.
                    {message(lang, "language-name")}
                </a>
            </li>
        }
    });

    view! {
        <nav class="language-switcher" aria-label=i18n.tr("language-switcher-label")>
            <ul class="language-switcher__list">{links}</ul>
        </nav>
    }
}
