//! Component tests: real Leptos components mounted in headless Chromium by
//! `wasm-bindgen-test` (configured by `webdriver.json`), with real
//! `localStorage` and real `fetch`. Components mounted alone get the app's
//! state from `ui::app::Standalone`. The test runner serves the crate's
//! folder, so the app fetches the real bundles from `target/content/`, and
//! failed loads from `tests/fixtures/bundles/`.
#![cfg(target_arch = "wasm32")]
// A test that cannot find what it needs should fail loudly, right there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use leptos::prelude::*;
use savoir::adapters::content::{catalog, ContentSource};
use savoir::domain::content::catalog::{LessonSummary, Level, Localized, ModuleSummary};
use savoir::domain::shared::language::Lang;
use savoir::domain::{learner::preferences, learner::progress, shared::store};
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

/// A fresh container for one test, with the address set as a visitor would
/// arrive, and no language on `<html>` yet (the app must set it).
fn arrive_at(path: &str) -> web_sys::HtmlElement {
    if let Some(root) = document().document_element() {
        let _ = root.remove_attribute("lang");
    }
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

/// Waits (at most 5 s) until `read` gives `expected`, letting effects,
/// navigation and fetches run in between; fails with the last value read.
/// Each test waits for what it is about, never for a fixed time.
async fn until_eq<T: PartialEq + std::fmt::Debug>(what: &str, read: impl Fn() -> T, expected: T) {
    let mut last = read();
    for _ in 0..500 {
        if last == expected {
            return;
        }
        leptos::task::tick().await;
        sleep(10).await;
        last = read();
    }
    panic!("timed out waiting for {what}: still {last:?}, expected {expected:?}");
}

/// Waits (at most 5 s) until `condition` holds.
async fn until(what: &str, condition: impl Fn() -> bool) {
    until_eq(what, condition, true).await;
}

/// Waits (at most 5 s) until `selector` matches under `host`.
async fn wait_for(host: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    until(&format!("something to match {selector}"), || {
        exists(host, selector)
    })
    .await;
    find(host, selector)
}

/// Runs a piece of JavaScript in the test page and returns its value.
fn js(body: &str) -> wasm_bindgen::JsValue {
    web_sys::js_sys::Function::new_no_args(body)
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect("script")
}

#[wasm_bindgen_test]
async fn language_switch_updates_text_in_place_and_is_remembered() {
    storage().clear().expect("clear");
    let host = arrive_at("/en/");
    let handle = leptos::mount::mount_to(host.clone(), App);
    let module_title = wait_for(&host, ".module-card__title").await;

    until_eq("<html lang>", html_lang, "en".to_owned()).await;
    let first_module = &catalog().modules[0];
    let skip = find(&host, ".skip-link");
    assert_eq!(skip.text_content().as_deref(), Some("Skip to main content"));
    assert_eq!(
        module_title.text_content().as_deref(),
        Some(first_module.title.en.as_str())
    );

    find(&host, "[data-testid=switch-fr]").click();
    until_eq("<html lang>", html_lang, "fr".to_owned()).await;

    assert_eq!(pathname(), "/fr/");
    // The same nodes now carry French text: updated in place, not re-created.
    until_eq(
        "the skip link in French",
        || skip.text_content(),
        Some("Aller au contenu principal".to_owned()),
    )
    .await;
    until_eq(
        "the module's title in French",
        || module_title.text_content(),
        Some(first_module.title.fr.clone()),
    )
    .await;
    assert!(skip.is_connected() && module_title.is_connected());
    let current = find(&host, "[aria-current=true]");
    assert_eq!(current.get_attribute("lang").as_deref(), Some("fr"));
    until_eq(
        "the announcement",
        || text(&host, "[data-testid=announcer]"),
        "La page est maintenant en français.".to_owned(),
    )
    .await;
    let stored = || {
        storage()
            .get_item(&preferences::storage_key())
            .expect("read")
            .unwrap_or_default()
    };
    until("the choice to be saved", || {
        stored().contains(r#""lang":"fr""#)
    })
    .await;
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
    wait_for(&host, "[data-testid=module-list]").await;
    assert_eq!(pathname(), "/fr/");
    until_eq("<html lang>", html_lang, "fr".to_owned()).await;
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
    wait_for(&host, "[data-testid=module-list]").await;
    let lang = pathname();
    assert!(lang == "/en/" || lang == "/fr/", "redirected to {lang}");
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
    wait_for(&host, "[data-testid=module-list]").await;
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
    let heading = wait_for(&host, "[data-testid=not-found] h1").await;
    assert_eq!(heading.text_content().as_deref(), Some("Page introuvable"));
    until_eq("<html lang>", html_lang, "fr".to_owned()).await;
    drop(handle);

    for path in [
        "/de/",
        "/en/modules/foundations/lessons/no-such-lesson",
        "/en/modules/x/lessons/y",
    ] {
        let host = arrive_at(path);
        let handle = leptos::mount::mount_to(host.clone(), App);
        wait_for(&host, "[data-testid=not-found]").await;
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
        questions: Vec::new(),
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
    wait_for(&host, "[data-module-id=b]").await;
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
    let heading = wait_for(&host, "[data-testid=empty-catalog] h3").await;
    assert_eq!(
        heading.text_content().as_deref(),
        Some("No modules published yet")
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
    until_eq(
        "the lesson's title in French",
        || title.text_content(),
        Some(lesson.title.fr.clone()),
    )
    .await;
    assert!(title.is_connected());
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
    until_eq("<html lang>", html_lang, "en".to_owned()).await;
    until_eq(
        "the explanation in English",
        || text(&host, ".load-error__message"),
        "This lesson’s file is damaged and cannot be shown. Please report it to the course team."
            .to_owned(),
    )
    .await;
    find(&host, ".load-error__actions a").click();
    wait_for(&host, "[data-testid=module-list]").await;
    assert_eq!(pathname(), "/en/");
    drop(handle);
}

/// Counts the app's requests to `missing`, and serves `missing` from
/// `found` once `appear()` has been called (a file that arrives on the
/// server), through a stand-in for `window.fetch`.
struct Server {
    missing: &'static str,
}

impl Server {
    fn watch(missing: &'static str, found: &'static str) -> Server {
        js(&format!(
            "window.__realFetch = window.__realFetch || window.fetch; \
             window.__requests = []; window.__appeared = false; \
             window.fetch = (input, init) => {{ \
                 let url = String(input); window.__requests.push(url); \
                 if (window.__appeared && url.endsWith('{missing}')) url = '{found}'; \
                 return window.__realFetch.call(window, url, init); }};"
        ));
        Server { missing }
    }

    fn requests(&self) -> u32 {
        let count = js(&format!(
            "return window.__requests.filter(u => u.endsWith('{}')).length;",
            self.missing
        ));
        count.as_f64().unwrap_or(0.0) as u32
    }

    fn appear(&self) {
        js("window.__appeared = true;");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        js("window.fetch = window.__realFetch;");
    }
}

#[wasm_bindgen_test]
async fn a_missing_lesson_file_gets_a_localised_error_and_a_retry() {
    storage().clear().expect("clear");
    let lesson = catalog()
        .modules
        .iter()
        .find(|m| m.id == "foundations")
        .and_then(|m| m.lessons.iter().find(|l| l.id == "cia-and-controls"))
        .expect("the lesson");
    let server = Server::watch(
        "/tests/fixtures/bundles/foundations/cia-and-controls.json",
        "/target/content/foundations/cia-and-controls.json",
    );
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
    assert_eq!(server.requests(), 1);

    // Retrying asks the server again, and says so again, in a new
    // explanation, while the file is still missing.
    find(&host, "[data-testid=retry]").click();
    until_eq("a second request", || server.requests(), 2).await;
    until("the old explanation to go", || !error.is_connected()).await;
    let again = wait_for(&host, "[data-testid=load-error]").await;
    assert_eq!(
        again.get_attribute("data-error").as_deref(),
        Some("lesson-error-missing")
    );

    // Once the file is there, Retry shows the lesson.
    server.appear();
    find(&host, "[data-testid=retry]").click();
    let title = wait_for(&host, ".lesson__title").await;
    assert_eq!(
        title.text_content().as_deref(),
        Some(lesson.title.en.as_str())
    );
    assert!(!exists(&host, "[data-testid=load-error]"));
    assert_eq!(server.requests(), 3);
    drop(handle);
}

/// Puts a real SCORM 1.2 runtime, scorm-again's `Scorm12API` (npm, put in
/// `node_modules/` by setup), on this window as `window.API`, as an LMS
/// does on the frame around a package; `mastery` as its manifest's
/// mastery score. Returns the runtime.
fn scorm_runtime(mastery: &str) -> wasm_bindgen::JsValue {
    use wasm_bindgen::JsValue;
    let window: JsValue = web_sys::window().unwrap().into();
    // Its bundle sets `this.Scorm12API`: run as a function called on the
    // window, outside the strict mode of the test's module.
    let bundle = include_str!("../node_modules/scorm-again/dist/scorm12.min.js");
    js_sys::Function::new_no_args(bundle)
        .call0(&window)
        .unwrap();
    let class: js_sys::Function = js_sys::Reflect::get(&window, &"Scorm12API".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let settings = js_sys::Object::new();
    js_sys::Reflect::set(&settings, &"logLevel".into(), &JsValue::from(5)).unwrap();
    let api = js_sys::Reflect::construct(&class, &js_sys::Array::of1(&settings)).unwrap();
    let data = js_sys::JSON::parse(&format!(
        r#"{{"core": {{"student_name": "Lima, Ana", "student_id": "ana"}}, "student_data": {{"mastery_score": "{mastery}"}}}}"#
    ))
    .unwrap();
    let load: js_sys::Function = js_sys::Reflect::get(&api, &"loadFromJSON".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    load.call2(&api, &data, &JsValue::from_str("")).unwrap();
    js_sys::Reflect::set(&window, &"API".into(), &api).unwrap();
    api
}

/// What the runtime holds at `path` (dots between parts), as text.
fn runtime_value(api: &wasm_bindgen::JsValue, path: &str) -> String {
    let value = runtime_value_object(api, path);
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}

#[wasm_bindgen_test]
fn the_scorm_adapter_finds_a_real_runtime_and_leaves_status_score_interactions_and_resume_state_in_it(
) {
    use savoir::adapters::scorm::Lms;
    use savoir::domain::trainer::scorm::{Interaction, Report, Status, SUSPEND_LIMIT};

    let api = scorm_runtime("80");
    let lms = Lms::find().expect("the API on this window");
    assert!(lms.initialize(), "LMSInitialize");
    assert_eq!(
        lms.value("cmi.core.lesson_status").as_deref(),
        Some("not attempted")
    );
    assert_eq!(lms.mastery(), Some(80));
    assert_eq!(
        lms.learner_name().as_deref(),
        Some("Ana Lima"),
        "turned round from 'Last, First'"
    );

    assert!(lms.report(&Report {
        status: Status::Incomplete,
        raw: None
    }));
    assert_eq!(runtime_value(&api, "cmi.core.lesson_status"), "incomplete");
    assert!(lms.report(&Report {
        status: Status::Passed,
        raw: Some(85)
    }));
    assert_eq!(runtime_value(&api, "cmi.core.lesson_status"), "passed");
    assert_eq!(runtime_value(&api, "cmi.core.score.raw"), "85");
    assert_eq!(runtime_value(&api, "cmi.core.score.max"), "100");

    assert!(lms.keeps_interactions());
    let interaction = |id: &str, result| Interaction {
        id: id.into(),
        kind: "choice",
        response: "1".into(),
        correct: "1".into(),
        result,
    };
    let sent = [
        interaction("basics.q1", "correct"),
        interaction("basics.q2", "wrong"),
    ];
    assert_eq!(lms.add_interactions(&sent), 2);
    assert_eq!(
        lms.add_interactions(&sent[..1]),
        1,
        "appended after those already there"
    );
    assert_eq!(lms.value("cmi.interactions._count").as_deref(), Some("3"));
    // Interactions are write-only to a SCO; what the runtime commits to
    // the LMS holds them.
    let second = runtime_value_object(&committed_cmi(&api), "interactions.1");
    assert_eq!(runtime_value(&second, "id"), "basics.q2");
    assert_eq!(runtime_value(&second, "result"), "wrong");
    assert_eq!(runtime_value(&second, "type"), "choice");

    let full = "x".repeat(SUSPEND_LIMIT);
    assert!(lms.suspend(&full), "4,096 characters are taken");
    assert!(
        !lms.suspend(&format!("{full}y")),
        "one more is refused here, whatever the runtime allows"
    );
    assert_eq!(
        runtime_value(&api, "cmi.suspend_data"),
        full,
        "the refused one was never sent"
    );

    assert!(lms.set("cmi.core.session_time", "0000:01:02.00"));
    assert!(lms.commit(), "LMSCommit");
    assert_eq!(
        runtime_value(&committed_cmi(&api), "core.session_time"),
        "00:01:02", // the runtime keeps it in its own form
    );
    assert!(lms.finish(), "LMSFinish");
    assert_eq!(runtime_value(&api, "cmi.core.lesson_status"), "passed");
    // A page framed twice below the window holding the API finds it too.
    let outer = document().create_element("iframe").unwrap();
    document().body().unwrap().append_child(&outer).unwrap();
    let outer_window = js_sys::Reflect::get(&outer, &"contentWindow".into()).unwrap();
    let outer_document = js_sys::Reflect::get(&outer_window, &"document".into()).unwrap();
    // Another realm's element: not an `instanceof` this window's classes.
    let outer_body: web_sys::Element = js_sys::Reflect::get(&outer_document, &"body".into())
        .unwrap()
        .unchecked_into();
    let inner = document().create_element("iframe").unwrap();
    outer_body.append_child(&inner).unwrap();
    let inner_window = js_sys::Reflect::get(&inner, &"contentWindow".into()).unwrap();
    let framed = Lms::find_from(inner_window.clone()).expect("the API two parents up");
    assert_eq!(framed.value("cmi.core.score.raw").as_deref(), Some("85"));
    outer.remove();
    js_sys::Reflect::delete_property(&web_sys::window().unwrap().into(), &"API".into()).unwrap();
    assert!(
        Lms::find().is_none(),
        "no LMS, no API: the app runs standalone"
    );
}

/// What the runtime would commit to the LMS (its own JSON of `cmi`), with
/// the elements a SCO may only write.
fn committed_cmi(api: &wasm_bindgen::JsValue) -> wasm_bindgen::JsValue {
    let cmi = runtime_value_object(api, "cmi");
    let text = String::from(js_sys::JSON::stringify(&cmi).unwrap());
    js_sys::JSON::parse(&text).unwrap()
}

/// The runtime's object at `path` (dots between parts).
fn runtime_value_object(api: &wasm_bindgen::JsValue, path: &str) -> wasm_bindgen::JsValue {
    let mut value = api.clone();
    for part in path.split('.') {
        value = js_sys::Reflect::get(&value, &part.into()).unwrap();
    }
    value
}
