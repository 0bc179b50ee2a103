use crate::adapters::content::{catalog, LoadedLesson};
use crate::domain::language::Lang;
use crate::domain::lesson::{CalloutKind, QuestionKind};
use crate::ui::components::RichText;
use crate::ui::i18n::{use_i18n, I18n};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use std::sync::Arc;

/// Where a piece of text comes from: the lesson's own Fluent text, or the
/// interface's.
#[derive(Clone)]
enum Source {
    Lesson(String),
    Interface(&'static str),
}

/// Text that follows the current language.
fn text_of(i18n: I18n, lesson: &Arc<LoadedLesson>, source: Source) -> Signal<String> {
    let lesson = Arc::clone(lesson);
    Signal::derive(move || match &source {
        Source::Lesson(id) => lesson.text(i18n.lang(), id),
        Source::Interface(id) => i18n.t(id),
    })
}

// The lesson is assembled from a few small pieces rather than one large
// `view!`: each piece is compiled once, which keeps the wasm small however
// many kinds of part a lesson has.

fn heading(level: u8, text: Signal<String>, class: &'static str) -> AnyView {
    match level {
        1 => view! { <h1 class=class tabindex="-1">{text}</h1> }.into_any(),
        2 => view! { <h2 class=class>{text}</h2> }.into_any(),
        _ => view! { <h3 class=class>{text}</h3> }.into_any(),
    }
}

fn section(id: String, class: &'static str, children: Vec<AnyView>) -> AnyView {
    view! { <section class=class id=id>{children}</section> }.into_any()
}

fn rich(text: Signal<String>) -> AnyView {
    view! { <RichText text/> }.into_any()
}

/// Every part of a lesson, in reading order, in the current language. Each
/// part has a stable id (`block-<id>` and so on) that links and reading
/// positions use.
#[component]
pub fn LessonView(
    /// The lesson, with its text in both languages.
    lesson: Arc<LoadedLesson>,
) -> impl IntoView {
    let i18n = use_i18n();
    let own = |id: String| text_of(i18n, &lesson, Source::Lesson(id));
    let ui = |id: &'static str| text_of(i18n, &lesson, Source::Interface(id));
    let info = &lesson.lesson;

    let (track, level, minutes) = (info.track.clone(), info.level, info.duration_minutes);
    let meta = Signal::derive(move || {
        let lang: Lang = i18n.lang();
        let track = catalog()
            .track(&track)
            .map(|t| t.name.get(lang).to_owned())
            .unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("minutes", minutes);
        format!(
            "{track} · {} · {}",
            i18n.t(level.message_id()),
            i18n.t_with("lesson-meta-duration", &args)
        )
    });

    let mut parts: Vec<AnyView> = vec![view! {
        <header class="lesson__header">
            <p class="lesson__meta" data-testid="lesson-meta">{meta}</p>
            {heading(1, own("title".into()), "lesson__title")}
            <div class="lesson__overview">{rich(own("overview".into()))}</div>
        </header>
    }
    .into_any()];
    for (id, title) in [
        ("explanation", "lesson-explanation-heading"),
        ("practical-example", "lesson-practical-heading"),
    ] {
        parts.push(section(
            id.into(),
            "lesson__part",
            vec![heading(2, ui(title), ""), rich(own(id.into()))],
        ));
    }
    for b in &info.blocks {
        parts.push(section(
            format!("block-{b}"),
            "lesson__block",
            vec![
                heading(2, own(format!("block-{b}-heading")), ""),
                rich(own(format!("block-{b}-body"))),
            ],
        ));
    }

    let mut examples: Vec<AnyView> = vec![heading(2, ui("lesson-examples-heading"), "")];
    let items: Vec<AnyView> = info
        .examples
        .iter()
        .map(|e| {
            view! { <li class="lesson__example">{rich(own(format!("example-{e}")))}</li> }
                .into_any()
        })
        .collect();
    examples.push(view! { <ul class="lesson__examples">{items}</ul> }.into_any());
    for c in &info.callouts {
        let (modifier, label) = match c.kind {
            CalloutKind::Tip => ("callout callout--tip", "callout-tip"),
            CalloutKind::Warning => ("callout callout--warning", "callout-warning"),
            CalloutKind::KeyPoint => ("callout callout--key-point", "callout-key-point"),
        };
        let kind = ui(label);
        examples.push(
            view! {
                <aside class=modifier id=format!("callout-{}", c.id)>
                    <p class="callout__kind">{kind}</p>
                    {heading(3, own(format!("callout-{}-title", c.id)), "callout__title")}
                    {rich(own(format!("callout-{}-body", c.id)))}
                </aside>
            }
            .into_any(),
        );
    }
    parts.push(section("examples".into(), "lesson__part", examples));

    let guidance = ui("lesson-guidance-toggle");
    parts.push(section(
        "prompt".into(),
        "lesson__part",
        vec![
            heading(2, ui("lesson-prompt-heading"), ""),
            rich(own("prompt".into())),
            view! {
                <details class="lesson__guidance">
                    <summary>{guidance}</summary>
                    {rich(own("prompt-guidance".into()))}
                </details>
            }
            .into_any(),
        ],
    ));

    let exercise_items: Vec<AnyView> = match &info.exercise.kind {
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
    }
    .into_iter()
    .map(|id| view! { <li>{own(id)}</li> }.into_any())
    .collect();
    parts.push(section(
        "exercise".into(),
        "lesson__part",
        vec![
            heading(2, ui("lesson-exercise-heading"), ""),
            rich(own("exercise".into())),
            view! { <ul>{exercise_items}</ul> }.into_any(),
        ],
    ));

    view! { <article class="lesson" data-lesson-id=info.id.clone()>{parts}</article> }
}
