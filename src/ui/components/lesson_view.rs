use crate::adapters::content::{catalog, LoadedLesson};
use crate::domain::lesson::{CalloutKind, QuestionKind};
use crate::ui::components::RichText;
use crate::ui::i18n::use_i18n;
use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use std::sync::Arc;

/// Every part of a lesson, in reading order, in the current language. Each
/// part has a stable id (`block-<id>` and so on) that links and reading
/// positions use.
#[component]
pub fn LessonView(
    /// The lesson, with its text in both languages.
    lesson: Arc<LoadedLesson>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = Arc::clone(&lesson);
    let text = move |id: &'static str| {
        let l = Arc::clone(&l);
        Signal::derive(move || l.text(i18n.lang(), id))
    };
    let owned = {
        let l = Arc::clone(&lesson);
        move |id: String| {
            let l = Arc::clone(&l);
            Signal::derive(move || l.text(i18n.lang(), &id))
        }
    };
    let info = &lesson.lesson;
    let track = info.track.clone();
    let level = info.level;
    let minutes = info.duration_minutes;
    let meta = move || {
        let lang = i18n.lang();
        let track = catalog()
            .ok()
            .and_then(|c| c.track(&track))
            .map(|t| t.name.get(lang).to_owned())
            .unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("minutes", minutes);
        format!(
            "{track} · {} · {}",
            i18n.t(level.message_id()),
            i18n.t_with("lesson-meta-duration", &args)
        )
    };

    let blocks = info
        .blocks
        .iter()
        .map(|b| {
            view! {
                <section class="lesson__block" id=format!("block-{b}")>
                    <h2>{owned(format!("block-{b}-heading"))}</h2>
                    <RichText text=owned(format!("block-{b}-body"))/>
                </section>
            }
        })
        .collect_view();
    let examples = info
        .examples
        .iter()
        .map(|e| view! { <li class="lesson__example"><RichText text=owned(format!("example-{e}"))/></li> })
        .collect_view();
    let callouts = info
        .callouts
        .iter()
        .map(|c| {
            let (modifier, label) = match c.kind {
                CalloutKind::Tip => ("tip", "callout-tip"),
                CalloutKind::Warning => ("warning", "callout-warning"),
                CalloutKind::KeyPoint => ("key-point", "callout-key-point"),
            };
            view! {
                <aside class=format!("callout callout--{modifier}") id=format!("callout-{}", c.id)>
                    <p class="callout__kind">{move || i18n.t(label)}</p>
                    <h3 class="callout__title">{owned(format!("callout-{}-title", c.id))}</h3>
                    <RichText text=owned(format!("callout-{}-body", c.id))/>
                </aside>
            }
        })
        .collect_view();
    let exercise_items: Vec<String> = match &info.exercise.kind {
        QuestionKind::SingleChoice { options, .. }
        | QuestionKind::MultipleChoice { options, .. } => options
            .iter()
            .map(|o| format!("exercise-option-{o}"))
            .collect(),
        QuestionKind::Ordering { items } => {
            items.iter().map(|i| format!("exercise-item-{i}")).collect()
        }
        QuestionKind::Categorising { items, .. } => items
            .iter()
            .map(|i| format!("exercise-item-{}", i.id))
            .collect(),
        QuestionKind::Matching { pairs } => pairs
            .iter()
            .map(|p| format!("exercise-left-{}", p.left))
            .collect(),
        QuestionKind::TrueFalse { .. } | QuestionKind::ShortText { .. } => Vec::new(),
    };
    let exercise_items = exercise_items
        .into_iter()
        .map(|id| view! { <li>{owned(id)}</li> })
        .collect_view();

    view! {
        <article class="lesson" data-lesson-id=info.id.clone()>
            <header class="lesson__header">
                <p class="lesson__meta" data-testid="lesson-meta">{meta}</p>
                <h1 class="lesson__title" tabindex="-1">{text("title")}</h1>
                <div class="lesson__overview"><RichText text=text("overview")/></div>
            </header>
            <section class="lesson__part" id="explanation">
                <h2>{move || i18n.t("lesson-explanation-heading")}</h2>
                <RichText text=text("explanation")/>
            </section>
            <section class="lesson__part" id="practical-example">
                <h2>{move || i18n.t("lesson-practical-heading")}</h2>
                <RichText text=text("practical-example")/>
            </section>
            {blocks}
            <section class="lesson__part" id="examples">
                <h2>{move || i18n.t("lesson-examples-heading")}</h2>
                <ul class="lesson__examples">{examples}</ul>
                {callouts}
            </section>
            <section class="lesson__part" id="prompt">
                <h2>{move || i18n.t("lesson-prompt-heading")}</h2>
                <RichText text=text("prompt")/>
                <details class="lesson__guidance">
                    <summary>{move || i18n.t("lesson-guidance-toggle")}</summary>
                    <RichText text=text("prompt-guidance")/>
                </details>
            </section>
            <section class="lesson__part" id="exercise">
                <h2>{move || i18n.t("lesson-exercise-heading")}</h2>
                <RichText text=text("exercise")/>
                <ul>{exercise_items}</ul>
            </section>
        </article>
    }
}
