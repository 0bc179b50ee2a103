//! What the page shows about the offline copy: whether the browser is
//! online, and whether a new version waits. (That the copy is complete is
//! marked on `<html>` by the registration script itself.)
//!
//! [`OfflineState`] turns the browser's and the registration script's
//! events into these signals. `OfflineBanner` says "offline, still saved on
//! this device" and "a new version is ready". Its button writes pending
//! progress first; if some of it is still not in storage (a write refused),
//! the button says so and reloads only on a second press, while the storage
//! banner offers the download. The learner chooses when to reload, never
//! the app.

use crate::adapters::offline;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct OfflineState {
    /// Whether the browser is online (tracked).
    pub online: ReadSignal<bool>,
    /// Whether a new version has been downloaded and waits for a reload.
    pub update_waiting: ReadSignal<bool>,
}

impl OfflineState {
    /// Starts the service worker (release builds) and follows the network,
    /// and provides the state to every component below.
    pub fn provide() -> OfflineState {
        let (online, set_online) = signal(offline::online());
        let (update_waiting, set_update_waiting) = signal(false);
        let listeners = [
            window_event_listener_untyped("online", move |_| set_online.set(true)),
            window_event_listener_untyped("offline", move |_| set_online.set(false)),
            window_event_listener_untyped(offline::UPDATE_EVENT, move |_| {
                set_update_waiting.set(true)
            }),
        ];
        on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
        offline::start();
        let state = OfflineState {
            online,
            update_waiting,
        };
        provide_context(state);
        state
    }
}

/// The state provided by [`OfflineState::provide`].
pub fn use_offline() -> OfflineState {
    expect_context::<OfflineState>()
}
