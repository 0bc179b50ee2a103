//! The offline copy of the site: the service worker that
//! `scripts/finish-site.mjs` writes for each release build, and whether the
//! browser is online.
//!
//! The release build registers `/sw.js` once the page has loaded, so caching
//! the app shell and every lesson bundle never competes with the first load.
//! A new deploy installs in the background and waits; the page is told
//! ([`Events::update_waiting`]) and reloads only when the learner asks
//! ([`apply_update`]). A development build registers nothing and removes
//! any worker a release build left on the same address.

/// What the page hears about the offline copy. Each callback may be called
/// more than once.
pub struct Events {
    /// The offline copy of this version is complete and in use.
    pub ready: Box<dyn Fn()>,
    /// Another version has been downloaded and waits for a reload.
    pub update_waiting: Box<dyn Fn()>,
}

/// Whether the browser believes it is online (`navigator.onLine`).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Events;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

    fn container() -> Option<ServiceWorkerContainer> {
        let window = web_sys::window()?;
        // Browsers without service workers (or with them disabled) lack the member.
        let has = js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).ok()?;
        has.then(|| window.navigator().service_worker())
    }

    /// Registers the worker after the page's `load` event (release), or
    /// removes every worker of this origin (development).
    pub fn start(events: Events) {
        let Some(container) = container() else {
            return;
        };
        if cfg!(debug_assertions) {
            wasm_bindgen_futures::spawn_local(unregister_all(container));
            return;
        }
        let events = Rc::new(events);
        let register = move || {
            let container = container.clone();
            let events = Rc::clone(&events);
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = register(container, events).await {
                    web_sys::console::warn_2(&"service worker:".into(), &e);
                }
            });
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        let complete = window
            .document()
            .is_some_and(|d| d.ready_state() == "complete");
        if complete {
            register();
        } else {
            let once = Closure::once_into_js(register);
            let options = web_sys::AddEventListenerOptions::new();
            options.set_once(true);
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                "load",
                once.unchecked_ref(),
                &options,
            );
        }
    }

    async fn register(
        container: ServiceWorkerContainer,
        events: Rc<Events>,
    ) -> Result<(), JsValue> {
        let options = web_sys::RegistrationOptions::new();
        options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
        let registration: ServiceWorkerRegistration =
            JsFuture::from(container.register_with_options("/sw.js", &options))
                .await?
                .dyn_into()?;
        // A version already waiting from an earlier visit.
        if registration.waiting().is_some() && container.controller().is_some() {
            (events.update_waiting)();
        }
        // Versions found later, while this page is open.
        {
            let events = Rc::clone(&events);
            let watched = registration.clone();
            let had_controller = container.controller().is_some();
            let on_found = Closure::<dyn Fn()>::new(move || {
                let Some(worker) = watched.installing() else {
                    return;
                };
                let events = Rc::clone(&events);
                let seen = worker.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    // A first install is not an update: nothing to reload for.
                    if seen.state() == ServiceWorkerState::Installed && had_controller {
                        (events.update_waiting)();
                    }
                });
                worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            });
            registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
        }
        // Checked again when the learner comes back to the tab or online,
        // and hourly, besides the browser's own check on each navigation.
        if let Some(window) = web_sys::window() {
            let check = {
                let registration = registration.clone();
                Closure::<dyn Fn()>::new(move || {
                    let visible = web_sys::window()
                        .and_then(|w| w.document())
                        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
                    if visible && super::online() {
                        let _ = registration.update();
                    }
                })
            };
            let target: &web_sys::EventTarget = window.as_ref();
            let _ =
                target.add_event_listener_with_callback("online", check.as_ref().unchecked_ref());
            if let Some(document) = window.document() {
                let target: &web_sys::EventTarget = document.as_ref();
                let _ = target.add_event_listener_with_callback(
                    "visibilitychange",
                    check.as_ref().unchecked_ref(),
                );
            }
            let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
                check.as_ref().unchecked_ref(),
                60 * 60 * 1000,
            );
            check.forget();
        }
        // The offline copy is complete once a worker of this version is active.
        JsFuture::from(container.ready()?).await?;
        (events.ready)();
        Ok(())
    }

    async fn unregister_all(container: ServiceWorkerContainer) {
        let Ok(list) = JsFuture::from(container.get_registrations()).await else {
            return;
        };
        for registration in js_sys::Array::from(&list).iter() {
            if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
                if let Ok(done) = registration.unregister() {
                    let _ = JsFuture::from(done).await;
                }
            }
        }
    }

    /// Activates the waiting version and reloads this page once it is in
    /// control; reloads at once when nothing waits (another tab activated it).
    pub fn apply_update() {
        let reload = || {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        };
        let Some(container) = container() else {
            reload();
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let waiting = JsFuture::from(container.get_registration())
                .await
                .ok()
                .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
                .and_then(|r| r.waiting());
            match waiting {
                Some(worker) => {
                    let on_change = Closure::once_into_js(reload);
                    container.set_oncontrollerchange(Some(on_change.unchecked_ref()));
                    let _ = worker.post_message(&"skip-waiting".into());
                }
                None => reload(),
            }
        });
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{apply_update, start};

/// The app runs in a browser only; on the host these do nothing.
#[cfg(not(target_arch = "wasm32"))]
pub fn start(_events: Events) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn apply_update() {}
