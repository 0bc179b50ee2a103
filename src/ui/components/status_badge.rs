use crate::domain::trainer::assigned::Status;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// A status as a small labelled badge, `data-status` its id: on the
/// catalog's assignments, an assignment's page and the class grid.
pub fn status_badge(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="status" data-status=status.id()>{i18n.tr(status.message_id())}</span>
    }
}
