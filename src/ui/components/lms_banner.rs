use crate::ui::i18n::use_i18n;
use crate::ui::scorm::LmsState;
use leptos::prelude::*;

/// On a package's page:
/// - says when the learner's work cannot reach their LMS (none found
///   around the page, or it refused the session, a commit or a statement),
///   and that it is kept in this browser all the same;
/// - in a cmi5 session, offers to finish it and go back to the LMS, and
///   says when it is finished where the LMS gave no address to go back to.
#[component]
pub fn LmsBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_context::<LmsState>();
    let unreachable = move || {
        state.filter(|s| s.unreachable.get()).map(|_| {
            view! {
                <div class="banner banner--warning" role="status" data-testid="lms-unreachable">
                    <p>{i18n.tr("lms-unreachable")}</p>
                </div>
            }
        })
    };
    let finish = move || {
        let state = state?;
        if let Some(back) = state.finished.get() {
            let link = back.map(|(url, site)| {
                view! {
                    <p><a href=url data-testid="lms-return">{move || i18n.t_args("lms-return", &[("site", site.clone().into())])}</a></p>
                }
            });
            return Some(
                view! {
                    <div class="banner" role="status" data-testid="lms-finished">
                        <p>{i18n.tr("lms-finished")}</p>
                        {link}
                    </div>
                }
                .into_any(),
            );
        }
        state.can_finish.get().then(|| {
            let on_click = move |_| {
                if let Some(finish) = state.finish.get_value() {
                    finish();
                }
            };
            // A landmark of its own, named by its button: it stays on
            // every page of the session.
            view! {
                <section class="banner" aria-label=i18n.tr("lms-finish")>
                    <p>{i18n.tr("lms-finish-hint")}</p>
                    <button type="button" class="button" data-testid="lms-finish" on:click=on_click>
                        {i18n.tr("lms-finish")}
                    </button>
                </section>
            }
            .into_any()
        })
    };
    view! { {unreachable} {finish} }
}
