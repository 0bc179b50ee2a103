//! Component tests: real Leptos components mounted in headless Chromium by
//! `wasm-bindgen-test`, with real `localStorage`.
#![cfg(target_arch = "wasm32")]
// A test that cannot find what it needs should fail loudly, right there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use leptos::prelude::*;
use savoir::domain::catalog::{Level, Localized, ModuleSummary};
use savoir::domain::language::Lang;
use savoir::domain::preferences;
use savoir::ui::app::App;
use savoir::ui::components::ModuleList;
use savoir::ui::i18n::provide_i18n;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// A fresh container for one test, with the address set as a visitor would arrive.
fn arrive_at(path: &str) -> web_sys::HtmlElement {
    let window = web_sys::window().expect("window");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("replaceState");
    let host = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    host.unchecked_into()
}

fn html_lang() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

fn pathname() -> String {
    web_sys::window()
        .expect("window")
        .location()
        .pathname()
        .expect("pathname")
}

fn find(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

/// Lets effects and the router's navigation run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
        gloo_timers_sleep(10).await;
    }
}

async fn gloo_timers_sleep(ms: i32) {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn language_switch_updates_text_in_place_and_is_remembered() {
    storage().clear().expect("clear");
    let host = arrive_at("/en/");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;

    assert_eq!(html_lang(), "en");
    let skip = find(&host, ".skip-link");
    let empty = find(&host, "[data-testid=empty-catalog] h3");
    assert_eq!(skip.text_content().as_deref(), Some("Skip to main content"));
    assert_eq!(
        empty.text_content().as_deref(),
        Some("No modules published yet")
    );

    find(&host, "[data-testid=switch-fr]").click();
    settle().await;

    assert_eq!(html_lang(), "fr");
    assert_eq!(pathname(), "/fr/");
    // The same nodes now carry French text: updated in place, not re-created.
    assert!(skip.is_connected() && empty.is_connected());
    assert_eq!(
        skip.text_content().as_deref(),
        Some("Aller au contenu principal")
    );
    assert_eq!(
        empty.text_content().as_deref(),
        Some("Aucun module publié pour l’instant")
    );
    let current = find(&host, "[aria-current=true]");
    assert_eq!(current.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(
        find(&host, "[data-testid=announcer]")
            .text_content()
            .as_deref(),
        Some("La page est maintenant en français.")
    );
    let stored = storage()
        .get_item(&preferences::storage_key())
        .expect("read")
        .expect("preferences saved");
    assert!(stored.contains(r#""lang":"fr""#), "stored: {stored}");
    drop(handle);
}

#[wasm_bindgen_test]
async fn entry_address_opens_the_remembered_language() {
    storage().clear().expect("clear");
    storage()
        .set_item(&preferences::storage_key(), r#"{"schema":1,"lang":"fr"}"#)
        .expect("write");
    let host = arrive_at("/");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert_eq!(pathname(), "/fr/");
    assert_eq!(html_lang(), "fr");
    drop(handle);
}

#[wasm_bindgen_test]
async fn corrupt_preferences_do_not_stop_the_app() {
    storage().clear().expect("clear");
    storage()
        .set_item(&preferences::storage_key(), "{{{ not json")
        .expect("write");
    let host = arrive_at("/");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    let lang = pathname();
    assert!(lang == "/en/" || lang == "/fr/", "redirected to {lang}");
    assert!(host
        .query_selector("[data-testid=empty-catalog]")
        .ok()
        .flatten()
        .is_some());
    drop(handle);
}

#[wasm_bindgen_test]
async fn unknown_address_shows_a_localised_not_found_page() {
    storage().clear().expect("clear");
    let host = arrive_at("/fr/nothing/here");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    let heading = find(&host, "[data-testid=not-found] h1");
    assert_eq!(heading.text_content().as_deref(), Some("Page introuvable"));
    assert_eq!(html_lang(), "fr");
    drop(handle);

    let host = arrive_at("/de/");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert!(host
        .query_selector("[data-testid=not-found]")
        .ok()
        .flatten()
        .is_some());
    drop(handle);
}

fn sample_module(id: &str, minutes: u32, lessons: u32) -> ModuleSummary {
    ModuleSummary {
        id: id.into(),
        title: Localized {
            en: format!("Module {id}"),
            fr: format!("Module {id} (fr)"),
        },
        level: Level::Intermediate,
        duration_minutes: minutes,
        lesson_count: lessons,
    }
}

#[wasm_bindgen_test]
async fn module_list_shows_each_module_in_the_current_language() {
    let host = arrive_at("/fr/");
    let modules = vec![sample_module("a", 45, 3), sample_module("b", 20, 1)];
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_i18n(Signal::stored(Lang::Fr));
        view! { <ModuleList modules=modules.clone()/> }
    });
    settle().await;
    let cards = host.query_selector_all(".module-card").expect("cards");
    assert_eq!(cards.length(), 2);
    let first: web_sys::HtmlElement = find(&host, "[data-module-id=a]");
    assert_eq!(
        find(&first, ".module-card__title")
            .text_content()
            .as_deref(),
        Some("Module a (fr)")
    );
    assert_eq!(
        find(&first, ".module-card__meta").text_content().as_deref(),
        Some("Intermédiaire · 45\u{a0}min · 3 leçons")
    );
    let second: web_sys::HtmlElement = find(&host, "[data-module-id=b]");
    assert_eq!(
        find(&second, ".module-card__meta")
            .text_content()
            .as_deref(),
        Some("Intermédiaire · 20\u{a0}min · 1 leçon")
    );
    assert!(host
        .query_selector("[data-testid=empty-catalog]")
        .ok()
        .flatten()
        .is_none());
    drop(handle);
}
