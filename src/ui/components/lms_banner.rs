use crate::ui::i18n::use_i18n;
use crate::ui::scorm::LmsState;
use leptos::prelude::*;

/// On a SCORM package's page: says when the learner's work cannot reach
/// their LMS (none found around the page, or it refused the session or a
/// commit), and that it is kept in this browser all the same.
#[component]
pub fn LmsBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<LmsState>();
    move || {
        state.filter(|s| s.unreachable.get()).map(|_| {
            view! {
                <div class="banner banner--warning" role="status" data-testid="lms-unreachable">
                    <p>{i18n.tr("lms-unreachable")}</p>
                </div>
            }
        })
    }
}
