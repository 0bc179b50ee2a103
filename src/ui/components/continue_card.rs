use crate::adapters::content::catalog;
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{localized_text, use_i18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// "Continue where you left off": a link back to the lesson the learner was
/// reading last, which opens at the part they had reached. Nothing before
/// their first lesson.
#[component]
pub fn ContinueCard() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let last = Memo::new(move |_| learner.with(|p| p.last.clone()));
    move || {
        let place = last.get()?;
        // A place the course no longer has (a withdrawn lesson) is ignored.
        let module = catalog().module(&place.module)?;
        let lesson = module.lessons.iter().find(|l| l.id == place.lesson)?;
        // No fragment: the lesson goes back to the part saved with it, which
        // stays right as the learner reads on (a fragment would not).
        let href = move || route::lesson(i18n.lang(), &place.module, &place.lesson);
        Some(view! {
            <section class="continue-card" aria-labelledby="continue-heading" data-testid="continue">
                <h2 id="continue-heading" class="continue-card__heading">{i18n.tr("continue-heading")}</h2>
                <p class="continue-card__lesson">
                    <a href=href><BiText text=localized_text(&lesson.title)/></a>
                </p>
                <p class="continue-card__module"><BiText text=localized_text(&module.title)/></p>
            </section>
        })
    }
}
