//! Component tests: real Leptos components mounted in headless Chromium by
//! `wasm-bindgen-test`, with real `localStorage` and real `fetch`.
#![cfg(target_arch = "wasm32")]
// A test that cannot find what it needs should fail loudly, right there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use leptos::prelude::*;
use savoir::adapters::content::{catalog, ContentSource};
use savoir::domain::catalog::{LessonSummary, Level, Localized, ModuleSummary};
use savoir::domain::language::Lang;
use savoir::domain::{preferences, progress, store};
use savoir::ui::app::{App, Standalone};
use savoir::ui::components::ModuleList;
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

fn find(host: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn exists(host: &web_sys::Element, selector: &str) -> bool {
    host.query_selector(selector).ok().flatten().is_some()
}

fn text(host: &web_sys::Element, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

async fn sleep(ms: i32) {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Lets effects and navigation run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
        sleep(10).await;
    }
}

/// Waits (a bounded time) until `selector` matches.
async fn wait_for(host: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    for _ in 0..250 {
        if exists(host, selector) {
            return find(host, selector);
        }
        sleep(20).await;
    }
    panic!("nothing matched {selector} in time");
}

#[wasm_bindgen_test]
async fn language_switch_updates_text_in_place_and_is_remembered() {
    storage().clear().expect("clear");
    let host = arrive_at("/en/");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;

    assert_eq!(html_lang(), "en");
    let first_module = &catalog().modules[0];
    let skip = find(&host, ".skip-link");
    let module_title = find(&host, ".module-card__title");
    assert_eq!(skip.text_content().as_deref(), Some("Skip to main content"));
    assert_eq!(
        module_title.text_content().as_deref(),
        Some(first_module.title.en.as_str())
    );

    find(&host, "[data-testid=switch-fr]").click();
    settle().await;

    assert_eq!(html_lang(), "fr");
    assert_eq!(pathname(), "/fr/");
    // The same nodes now carry French text: updated in place, not re-created.
    assert!(skip.is_connected() && module_title.is_connected());
    assert_eq!(
        skip.text_content().as_deref(),
        Some("Aller au contenu principal")
    );
    assert_eq!(
        module_title.text_content().as_deref(),
        Some(first_module.title.fr.as_str())
    );
    let current = find(&host, "[aria-current=true]");
    assert_eq!(current.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(
        text(&host, "[data-testid=announcer]"),
        "La page est maintenant en français."
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
    assert!(exists(&host, "[data-testid=module-list]"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn unreadable_progress_is_copied_aside_before_a_fresh_start() {
    storage().clear().expect("clear");
    let damaged = r#"{"schema":1,"lessons":{"a/b":{"reflection":"half a sen"#;
    storage()
        .set_item(&progress::storage_key(), damaged)
        .expect("write");
    let host = arrive_at("/en/");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert!(exists(&host, "[data-testid=module-list]"));
    assert_eq!(
        storage()
            .get_item(&store::backup_key(&progress::storage_key()))
            .expect("read")
            .as_deref(),
        Some(damaged),
        "the damaged document is kept for recovery"
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn unknown_address_shows_a_localised_not_found_page() {
    storage().clear().expect("clear");
    let host = arrive_at("/fr/nothing/here");
    let handle = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert_eq!(
        text(&host, "[data-testid=not-found] h1"),
        "Page introuvable"
    );
    assert_eq!(html_lang(), "fr");
    drop(handle);

    for path in [
        "/de/",
        "/en/modules/foundations/lessons/no-such-lesson",
        "/en/modules/x/lessons/y",
    ] {
        let host = arrive_at(path);
        let handle = leptos::mount::mount_to(host.clone(), App);
        settle().await;
        assert!(exists(&host, "[data-testid=not-found]"), "{path}");
        drop(handle);
    }
}

fn sample_module(id: &str, minutes: u32, lessons: u32) -> ModuleSummary {
    let text = |en: String, fr: String| Localized { en, fr };
    ModuleSummary {
        id: id.into(),
        title: text(format!("Module {id}"), format!("Module {id} (fr)")),
        summary: text("Summary".into(), "Résumé".into()),
        level: Level::Intermediate,
        duration_minutes: minutes,
        question_count: 5,
        pass_mark: 70,
        lessons: (0..lessons)
            .map(|n| LessonSummary {
                id: format!("l{n}"),
                title: text(format!("Lesson {n}"), format!("Leçon {n}")),
                level: Level::Intermediate,
                duration_minutes: 10,
            })
            .collect(),
    }
}

#[wasm_bindgen_test]
async fn module_list_shows_each_module_in_the_current_language() {
    let host = arrive_at("/fr/");
    let modules = vec![sample_module("a", 45, 3), sample_module("b", 20, 1)];
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Standalone lang=Lang::Fr><ModuleList modules=modules.clone()/></Standalone> }
    });
    settle().await;
    assert_eq!(
        host.query_selector_all(".module-card")
            .expect("cards")
            .length(),
        2
    );
    let first = find(&host, "[data-module-id=a]");
    assert_eq!(text(&first, ".module-card__title"), "Module a (fr)");
    assert_eq!(
        text(&first, ".module-card__meta"),
        "Intermédiaire · 45\u{a0}min · 3 leçons"
    );
    let second = find(&host, "[data-module-id=b]");
    assert_eq!(
        text(&second, ".module-card__meta"),
        "Intermédiaire · 20\u{a0}min · 1 leçon"
    );
    let link = find(&second, ".lesson-link__title");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/fr/modules/b/lessons/l0")
    );
    assert_eq!(link.text_content().as_deref(), Some("Leçon 0"));
    assert!(!exists(&host, "[data-testid=empty-catalog]"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn an_empty_course_shows_an_empty_state() {
    let host = arrive_at("/en/");
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Standalone lang=Lang::En><ModuleList modules=Vec::new()/></Standalone> }
    });
    settle().await;
    assert_eq!(
        text(&host, "[data-testid=empty-catalog] h3"),
        "No modules published yet"
    );
    drop(handle);
}

/// Mounts the whole app at `path`, fetching lesson bundles from `base`.
fn mount_app_with_content(path: &str, base: &'static str) -> (web_sys::HtmlElement, impl Drop) {
    let host = arrive_at(path);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(ContentSource { base: base.into() });
        view! { <App/> }
    });
    (host, handle)
}

#[wasm_bindgen_test]
async fn a_lesson_loads_through_the_real_fetch_path() {
    storage().clear().expect("clear");
    // build.rs writes the real bundles to target/content/, and the test runner
    // serves the crate's folder: this is the app's own fetch of real files.
    let module = &catalog().modules[0];
    let lesson = &module.lessons[0];
    let path = format!("/en/modules/{}/lessons/{}", module.id, lesson.id);
    let (host, handle) = mount_app_with_content(&path, "/target/content/");
    let title = wait_for(&host, ".lesson__title").await;
    assert_eq!(
        title.text_content().as_deref(),
        Some(lesson.title.en.as_str())
    );
    assert!(!exists(&host, "[data-testid=load-error]"));
    for part in [
        ".lesson__meta",
        ".lesson__overview p",
        "#explanation p",
        "#practical-example p",
        ".lesson__block h2",
        ".lesson__example",
        ".callout .callout__title",
        "#prompt textarea",
        "#guidance",
        ".lesson-end .lesson-nav",
        "#exercise",
    ] {
        assert!(exists(&host, part), "no {part}");
    }
    // Switching language re-renders from the same fetched bundle, in place.
    find(&host, "[data-testid=switch-fr]").click();
    settle().await;
    assert!(title.is_connected());
    assert_eq!(
        title.text_content().as_deref(),
        Some(lesson.title.fr.as_str())
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_broken_lesson_file_gets_a_localised_error_and_the_app_works_on() {
    storage().clear().expect("clear");
    let (host, handle) = mount_app_with_content(
        "/fr/modules/foundations/lessons/what-is-27002",
        "/tests/fixtures/bundles/",
    );
    let error = wait_for(&host, "[data-testid=load-error]").await;
    assert_eq!(
        error.get_attribute("data-error").as_deref(),
        Some("lesson-error-broken")
    );
    assert_eq!(
        text(&error, ".load-error__message"),
        "Le fichier de cette leçon est endommagé et ne peut pas être affiché. Merci de le signaler à l’équipe pédagogique."
    );
    // The rest of the app works: the language switch, then the way home.
    find(&host, "[data-testid=switch-en]").click();
    settle().await;
    assert_eq!(html_lang(), "en");
    assert_eq!(
        text(&host, ".load-error__message"),
        "This lesson’s file is damaged and cannot be shown. Please report it to the course team."
    );
    find(&host, ".load-error__actions a").click();
    settle().await;
    assert_eq!(pathname(), "/en/");
    wait_for(&host, "[data-testid=module-list]").await;
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_missing_lesson_file_gets_a_localised_error_and_a_retry() {
    storage().clear().expect("clear");
    let (host, handle) = mount_app_with_content(
        "/en/modules/foundations/lessons/cia-and-controls",
        "/tests/fixtures/bundles/",
    );
    let error = wait_for(&host, "[data-testid=load-error]").await;
    assert_eq!(
        error.get_attribute("data-error").as_deref(),
        Some("lesson-error-missing")
    );
    assert_eq!(
        text(&error, ".load-error__message"),
        "This lesson is not on the server. It may have been moved or withdrawn."
    );
    // Retrying asks again, and says so again while the file is still missing.
    find(&host, "[data-testid=retry]").click();
    let error = wait_for(&host, "[data-testid=load-error]").await;
    assert_eq!(
        error.get_attribute("data-error").as_deref(),
        Some("lesson-error-missing")
    );
    drop(handle);
}
