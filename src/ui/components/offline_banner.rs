use crate::adapters::offline;
use crate::ui::i18n::use_i18n;
use crate::ui::learner::use_learner;
use crate::ui::offline::use_offline;
use leptos::prelude::*;

/// Says when the browser is offline (and that work is still saved on this
/// device), and when a new version is ready: the learner chooses when to
/// reload, never the app.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_offline();
    let learner = use_learner();
    // Set when the learner asked to reload but some work is not in storage:
    // they are told first (the banner above offers the download), and a
    // second press reloads.
    let warned = RwSignal::new(false);
    let reload = move |_| {
        // Whatever waits for the save delay is written before the page goes.
        learner.save_now();
        if learner.has_unsaved() && !warned.get_untracked() {
            warned.set(true);
            return;
        }
        offline::apply_update();
    };
    let offline = move || {
        (!state.online.get()).then(|| {
            view! {
                <div class="banner banner--info" role="status" data-testid="offline-notice">
                    <p>{i18n.tr("offline-notice")}</p>
                </div>
            }
        })
    };
    let update = move || {
        state.update_waiting.get().then(|| {
            view! {
                <div class="banner banner--info" role="status" data-testid="update-notice">
                    <p>{i18n.tr("update-available")}</p>
                    {move || warned.get().then(|| view! {
                        <p role="alert" data-testid="update-unsaved">{i18n.tr("update-unsaved")}</p>
                    })}
                    <button type="button" class="button" data-testid="update-reload" on:click=reload>
                        {move || i18n.t(if warned.get() { "update-reload-anyway" } else { "update-reload" })}
                    </button>
                </div>
            }
        })
    };
    view! { {offline} {update} }
}
