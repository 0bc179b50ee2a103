//! The root component: storage, routing, and the page for the address.
//!
//! The address is the source of truth for the language: every page lives
//! under `/en/...` or `/fr/...` (`domain::shared::route::Route` parses it).
//! [`App`] derives a `Signal<Lang>` from the route and gives it to
//! `AppShell`, which stays mounted for the whole visit, provides the `I18n`
//! context and keeps `<html lang>` and the title in step. The page inside
//! it is chosen from a language-free `Page` memo, so a language switch never
//! rebuilds the page: text read through `I18n` (`i18n.tr("id")` in views)
//! updates in place, and focus, scroll position and typed text stay. The
//! switcher (`LanguageSwitcher`) replaces the history entry with the same
//! address in the other language and saves the choice in the preferences.
//!
//! Arriving at `/` redirects to the remembered language, else the first
//! supported language of `navigator.languages`, else English. So does a
//! shared assignment link, `/assignment#…` (to `/<lang>/assignment#…`): the
//! only address outside a language. Modules and lessons the course index
//! does not know are "not found" without a request.

use crate::adapters::content::{catalog, ContentSource};
use crate::adapters::storage::AppStore;
use crate::domain::shared::language::Lang;
use crate::domain::shared::route::{self, Page, Route};
use crate::ui::assignments::Assignments;
use crate::ui::components::AppShell;
use crate::ui::document::preferred_lang;
use crate::ui::i18n::{provide_announcer, provide_i18n};
use crate::ui::lazy::{lazy, LazyPage};
use crate::ui::learner::Learner;
use crate::ui::offline::OfflineState;
use crate::ui::pages::{HomePage, LessonPage, ModulePage, NotFoundPage};
use crate::ui::router::{provide_router, Location};
use leptos::prelude::*;

/// Why learner state cannot be kept beyond this tab, if it cannot.
#[derive(Clone)]
pub struct StorageStatus(pub Option<String>);

/// The whole app. The shell stays mounted for the whole visit; only the page
/// inside it changes, and only when the page (not the language) changes.
#[component]
pub fn App() -> impl IntoView {
    // Each of an LMS's learners has their own part of the browser's storage.
    let space = if crate::adapters::package::cmi5() {
        crate::adapters::package::cmi5_learner_space()
    } else if crate::adapters::package::packaged() {
        crate::adapters::scorm::learner_space()
    } else {
        None
    };
    let (store, problem) = AppStore::open(space);
    let location = provide_state(store.clone(), problem.map(|e| e.to_string()));
    if crate::adapters::package::packaged() {
        connect_lms();
    }
    crate::ui::lrs::provide(
        store.clone(),
        crate::ui::learner::use_learner(),
        crate::ui::assignments::use_assignments(),
    );

    let route = Memo::new(move |_| Route::parse(&location.path()));
    // For pages whose address names no language, and for `/`.
    let preferred = preferred_lang(&store);
    let lang = Signal::derive(move || route.get().lang().unwrap_or(preferred));
    let page = Memo::new(move |_| route.get().page());

    Effect::new(move |_| match route.get() {
        Route::Entry => location.navigate(&entry(preferred_lang(&store)), true),
        // A shared assignment link: the same assignment in the learner's language.
        Route::Page {
            lang: None,
            page: Page::Assignment,
        } => {
            let code = location.address().fragment;
            let code = code.trim_start_matches('#');
            location.navigate(&route::assignment(preferred_lang(&store), code), true);
        }
        Route::Page { .. } => {}
    });

    view! {
        <AppShell lang>
            {move || match page.get() {
                Some(Page::Home) => view! { <HomePage/> }.into_any(),
                Some(Page::Module { module }) if catalog().module(&module).is_some() => {
                    view! { <ModulePage module/> }.into_any()
                }
                // Only lessons the course index knows are fetched: a made-up
                // or tampered address is "not found" without a request.
                Some(Page::Lesson { module, lesson }) if lesson_exists(&module, &lesson) => {
                    view! { <LessonPage module lesson/> }.into_any()
                }
                Some(Page::Checkpoint { module }) if catalog().module(&module).is_some() => {
                    lazy(LazyPage::Checkpoint(module))
                }
                Some(Page::Review) => lazy(LazyPage::Review),
                Some(Page::Settings) => lazy(LazyPage::Settings),
                Some(Page::Trainer) => lazy(LazyPage::Trainer),
                Some(Page::Dashboard) => lazy(LazyPage::Dashboard),
                Some(Page::Assignment) => lazy(LazyPage::Assignment),
                Some(Page::Controls) => lazy(LazyPage::Controls),
                Some(Page::Control { number }) => lazy(LazyPage::Control(number)),
                Some(Page::Workbook) => lazy(LazyPage::Workbook),
                Some(Page::Certificate) => lazy(LazyPage::Certificate),
                Some(Page::Module { .. } | Page::Lesson { .. } | Page::Checkpoint { .. } | Page::NotFound) => {
                    view! { <NotFoundPage/> }.into_any()
                }
                None => ().into_any(),
            }}
        </AppShell>
    }
}

/// On a SCORM package's page: provides what is known of the LMS (nothing
/// yet), and connects to it once the code for it has arrived.
fn connect_lms() {
    let state = crate::ui::scorm::LmsState::provide();
    let learner = crate::ui::learner::use_learner();
    let Some(owner) = Owner::current() else {
        return;
    };
    leptos::task::spawn_local(async move {
        match crate::ui::lazy::lms_connector().await {
            Ok(connect) => owner.with(|| connect(learner)),
            Err(e) => {
                crate::ui::document::log_error(&e);
                state.unreachable.set(true);
            }
        }
    });
}

/// Where arriving at `/` leads: the course home, or the module a SCORM
/// package is for.
fn entry(lang: Lang) -> String {
    match crate::adapters::package::scope() {
        Some(crate::domain::trainer::scorm::Scope::Module(m)) if catalog().module(&m).is_some() => {
            route::module(lang, &m)
        }
        _ => route::home(lang),
    }
}

fn lesson_exists(module: &str, lesson: &str) -> bool {
    let c = catalog();
    c.module(module)
        .is_some_and(|m| m.lessons.iter().any(|l| l.id == lesson))
}

/// Where lesson bundles come from: `/content/` unless a test provides
/// another [`ContentSource`] around the app. (Optional by design: the only
/// context that has a default.)
pub fn use_content_source() -> ContentSource {
    use_context::<ContentSource>().unwrap_or_default()
}

/// The store provided by [`App`] (or [`Standalone`]).
pub fn use_store() -> AppStore {
    expect_context::<AppStore>()
}

/// Everything the app's components read from context, but the language:
/// the store, the learner's progress, accepted assignments, the offline
/// state, why storage is limited (if it is), and the router.
fn provide_state(store: AppStore, problem: Option<String>) -> Location {
    provide_context(store.clone());
    Learner::provide(store.clone());
    Assignments::provide(store);
    OfflineState::provide();
    provide_context(StorageStatus(problem));
    provide_router()
}

/// A component mounted on its own (component tests), with what `App`
/// would give it: the app's state over storage in memory, and `lang`.
#[component]
pub fn Standalone(
    /// The interface language.
    lang: Lang,
    children: Children,
) -> impl IntoView {
    provide_state(AppStore::Memory(std::sync::Arc::default()), None);
    provide_i18n(Signal::stored(lang));
    provide_announcer();
    children()
}
