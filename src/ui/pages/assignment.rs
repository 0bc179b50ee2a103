use crate::domain::shared::route;
use crate::domain::trainer::assignment::Assignment;
use crate::ui::components::AssignmentView;
use crate::ui::i18n::use_i18n;
use crate::ui::learner::known;
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;

/// An assignment link, opened: the assignment it holds, or, for a link that
/// is malformed, cut short, edited, too long or from a newer version, a
/// page that says so in the learner's language. Reading a link stores
/// nothing; only "Accept" does.
#[component]
pub fn AssignmentPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let decoded = Memo::new(move |_| {
        let fragment = location.address().fragment;
        let code = fragment.trim_start_matches('#');
        Assignment::decode(code, &known).map_err(|e| e.message_id())
    });
    Effect::new(move |_| {
        decoded.track();
        settle_page(location, None);
    });
    move || {
        match decoded.get() {
        Ok(assignment) => view! { <AssignmentView assignment/> }.into_any(),
        Err(id) => view! {
            <section class="notice-page" data-testid="assignment-error" data-error=id>
                <h1 class="notice-page__title" tabindex="-1">{i18n.tr("assignment-error-heading")}</h1>
                <p>{i18n.tr(id)}</p>
                <p>{i18n.tr("assignment-error-nothing-stored")}</p>
                <p><a href=move || route::home(i18n.lang())>{i18n.tr("not-found-home")}</a></p>
            </section>
        }
        .into_any(),
    }
    }
}
