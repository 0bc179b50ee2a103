use crate::ui::app::StorageStatus;
use crate::ui::i18n::use_i18n;
use crate::ui::learner::{use_learner, Notice};
use leptos::prelude::*;

/// Standing warnings about saving, in the learner's language, each with
/// what can be done: when nothing can be saved beyond this tab, when stored
/// progress could not be read or was written by a newer version, when
/// storage is full or a write did not stick. Where the learner's latest
/// work exists only in this tab, a download of it is offered.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let memory_only = expect_context::<StorageStatus>().0.is_some();
    let download = move |_| {
        if let Err(e) = learner.download() {
            crate::ui::document::log_error(&std::io::Error::other(e));
        }
    };
    let download_unreadable = move |_| learner.download_unreadable();
    let notices = move || {
        let mut ids: Vec<(&'static str, Option<Notice>)> = Vec::new();
        if memory_only {
            ids.push(("storage-unavailable", None));
        }
        ids.extend(
            learner
                .notices()
                .into_iter()
                .map(|n| (n.message_id(), Some(n))),
        );
        ids.into_iter()
            .map(|(id, notice)| {
                let action = match notice {
                    Some(Notice::Unreadable) => Some(view! {
                        <button type="button" class="button button--quiet" data-testid="download-unreadable" on:click=download_unreadable>
                            {i18n.tr("notice-download-unreadable")}
                        </button>
                    }.into_any()),
                    None | Some(Notice::Full | Notice::Mismatch | Notice::WriteFailed | Notice::ReadFailed) => Some(view! {
                        <button type="button" class="button button--quiet" data-testid="download-progress" on:click=download>
                            {i18n.tr("settings-export-button")}
                        </button>
                    }.into_any()),
                    Some(Notice::Repaired | Notice::Newer | Notice::NewerParts | Notice::BothKept | Notice::PreferencesNotSaved) => None,
                };
                view! {
                    <div class="banner banner--warning" role="alert" data-testid="storage-banner" data-notice=id>
                        <p>{i18n.tr(id)}</p>
                        {action}
                    </div>
                }
            })
            .collect_view()
    };
    view! { <div class="banners">{notices}</div> }
}
