use crate::domain::content::catalog::LessonSummary;
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{localized_text, use_i18n};
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// One lesson in a list: its title as a link, its duration, and how far the
/// learner is with it.
#[component]
pub fn LessonLink(
    /// The module the lesson belongs to.
    module: String,
    /// The lesson.
    lesson: LessonSummary,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let (module_id, lesson_id) = (module.clone(), lesson.id.clone());
    let status = Memo::new(move |_| learner.lesson(&module, &lesson.id).status());
    let meta = move || {
        format!(
            "{} · {}",
            i18n.t_args(
                "lesson-meta-duration",
                &[("minutes", lesson.duration_minutes.into())]
            ),
            i18n.t(status.get().message_id())
        )
    };
    view! {
        <li class="lesson-link" data-status=move || status.get().message_id()>
            <a class="lesson-link__title" href=move || route::lesson(i18n.lang(), &module_id, &lesson_id)>
                <BiText text=localized_text(&lesson.title)/>
            </a>
            <span class="lesson-link__meta">{meta}</span>
        </li>
    }
}
