use crate::ui::app::StorageStatus;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// A standing warning when nothing can be saved beyond this tab.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let i18n = use_i18n();
    let problem = use_context::<StorageStatus>().and_then(|s| s.0);
    problem.map(|_| {
        view! {
            <p class="banner banner--warning" role="alert" data-testid="storage-banner">
                {i18n.tr("storage-unavailable")}
            </p>
        }
    })
}
