//! The offline copy of the site, and whether the browser is online.
//!
//! The service worker and the small script that registers it are written
//! for each build by `scripts/finish-site.mjs`; they are plain JavaScript
//! because that is what a service worker is, and because keeping the
//! registration out of the wasm keeps it out of the first load. The app
//! adds `/sw-register.js` to the page once the page has loaded, so caching
//! the app shell and every lesson bundle never competes with the first
//! load. The script talks to the app through window events:
//! [`UPDATE_EVENT`] (a new version waits) and the app's [`apply_update`]
//! (reload with it: the learner asked); it marks `<html>` with
//! `data-offline-ready` once the offline copy of this version is complete.
//! In a development build the same script removes any worker a release
//! build left behind, and `sw.js` deletes every `savoir-` cache, unregisters
//! itself and reloads its pages, so a browser that once ran a release build
//! on the same address is never trapped on it.
//!
//! When they were written with web-sys, the registration and update logic
//! cost 4.4 KB brotli of wasm on every first load; as a script they are
//! fetched only after the page has loaded.
//!
//! The script registers `/sw.js` (`updateViaCache: none`) and checks for a
//! new version when the tab becomes visible, when the browser comes online
//! and hourly. It sends [`UPDATE_EVENT`] only when a new version waits and
//! the page is already controlled (a first install is not an update). On
//! the app's cancelable `savoir-apply-update` it sends `skip-waiting` to the
//! waiting worker and reloads on `controllerchange`. Nothing reloads on its
//! own, and another tab that did not ask is not reloaded.
//!
//! The worker caches every file of the build, the page itself under `/`
//! (hosts that redirect `/index.html` to `/` would otherwise hand it a
//! redirected response, which browsers refuse for a page load). It answers
//! every navigation to an address without a file extension with that page,
//! and every other same-origin GET from its cache, else from the network;
//! activating a version deletes the others. Progress lives in
//! `localStorage`, which no update touches.

/// Sent on `window` when a new version has been downloaded and waits.
pub const UPDATE_EVENT: &str = "savoir-update-waiting";
/// Sent by the app when the learner chooses to reload with the new version.
const APPLY_EVENT: &str = "savoir-apply-update";
/// The registration script, at the site's root.
const SCRIPT: &str = "/sw-register.js";

/// Whether the browser believes it is online (`navigator.onLine`).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Adds the registration script to the page once it has loaded; not in a
/// SCORM package, which has no worker (`adapters::package`).
pub fn start() {
    use wasm_bindgen::JsCast;
    if crate::adapters::package::packaged() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        add_script();
    } else {
        let once = wasm_bindgen::closure::Closure::once_into_js(add_script);
        let _ = window.add_event_listener_with_callback("load", once.unchecked_ref());
    }
}

fn add_script() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(script) = document
        .create_element("script")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlScriptElement>().ok())
    else {
        return;
    };
    script.set_type("module");
    script.set_src(SCRIPT);
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// Reloads with the waiting version: the registration script takes the
/// (cancelable) event, activates the version and reloads once it is in
/// control. Where no script took it, the page reloads at once.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::EventInit::new();
    init.set_cancelable(true);
    let taken = web_sys::Event::new_with_event_init_dict(APPLY_EVENT, &init)
        .ok()
        .and_then(|e| window.dispatch_event(&e).ok())
        == Some(false);
    if !taken {
        let _ = window.location().reload();
    }
}
