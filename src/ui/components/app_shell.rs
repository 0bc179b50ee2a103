use crate::domain::shared::language::Lang;
use crate::ui::components::{LmsBanner, OfflineBanner, SiteHeader, StorageBanner};
use crate::ui::document::{set_document_bilingual, set_document_lang, set_document_title};
use crate::ui::i18n::{provide_announcer, provide_i18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// The frame of every page: skip link, header, storage, network and LMS
/// warnings, the page itself, and a live region. Everything inside reads `lang`.
#[component]
pub fn AppShell(
    /// The language of the interface below.
    lang: Signal<Lang>,
    /// The page.
    children: Children,
) -> impl IntoView {
    let i18n = provide_i18n(lang);
    let announcer = provide_announcer();
    let learner = use_learner();
    Effect::new(move |_| {
        set_document_lang(lang.get());
        set_document_title(&i18n.t("app-name"));
    });
    Effect::new(move |_| set_document_bilingual(learner.bilingual()));
    view! {
        <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
        <SiteHeader/>
        <StorageBanner/>
        <OfflineBanner/>
        <LmsBanner/>
        <main id="main" class="page" tabindex="-1">
            {children()}
        </main>
        <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
            {move || announcer.message(i18n.lang())}
        </div>
    }
}
