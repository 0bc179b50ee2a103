use crate::adapters::content::{catalog, LoadedLesson};
use crate::domain::content::lesson::CalloutKind;
use crate::ui::components::{
    BiText, Breadcrumbs, CitedControls, FigureView, LessonEnd, QuestionView, Reflection,
};
use crate::ui::i18n::{interface_text, use_i18n, TextFn};
use crate::ui::learner::use_learner;
use crate::ui::reading::{anchor_in_view, end_in_view, settle_page};
use crate::ui::router::use_location;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// How long scrolling must pause before the reading position is recorded.
const POSITION_DELAY: Duration = Duration::from_millis(300);

// The lesson is assembled from a few small pieces rather than one large
// `view!`: each piece is compiled once, which keeps the wasm small however
// many kinds of part a lesson has.

fn heading(level: u8, text: TextFn, class: &'static str) -> AnyView {
    let text = view! { <BiText text/> };
    match level {
        1 => view! { <h1 class=class tabindex="-1">{text}</h1> }.into_any(),
        2 => view! { <h2 class=class>{text}</h2> }.into_any(),
        _ => view! { <h3 class=class>{text}</h3> }.into_any(),
    }
}

/// A readable part: the reading position and links (`#block-<id>`) name it.
fn section(id: String, class: &'static str, children: Vec<AnyView>) -> AnyView {
    view! { <section class=class id=id data-anchor="">{children}</section> }.into_any()
}

fn rich(text: TextFn) -> AnyView {
    view! { <BiText text rich=true/> }.into_any()
}

/// Every part of a lesson, in reading order, in the current language (or
/// both), then the learner's progress in it and the way on. Each part has a
/// stable id (`block-<id>` and so on) that links and reading positions use.
#[component]
pub fn LessonView(
    /// The lesson, with its text in both languages.
    lesson: Arc<LoadedLesson>,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let location = use_location();
    let own = |id: String| -> TextFn {
        let lesson = Arc::clone(&lesson);
        Arc::new(move |lang| lesson.text(lang, &id))
    };
    let info = &lesson.lesson;
    let (module_id, lesson_id) = (info.module_id.clone(), info.id.clone());

    // Back where the learner was, unless the address names a part; then the
    // reading position is followed as they scroll.
    let resume = untrack(|| learner.lesson(&module_id, &lesson_id).position);
    Effect::new(move |_| settle_page(location, resume.clone()));
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let (m, l) = (module_id.clone(), lesson_id.clone());
    let record = move || {
        let position = anchor_in_view().map(|(id, _)| id);
        let at_end = end_in_view();
        learner.update_lesson(&m, &l, |e| {
            e.position.clone_from(&position);
            e.reached_end |= at_end;
        });
        learner.set_place(&m, &l, position);
    };
    let schedule = move || {
        let record = record.clone();
        let handle = set_timeout_with_handle(record, POSITION_DELAY).ok();
        if let Some(Some(previous)) = pending.try_update_value(|p| std::mem::replace(p, handle)) {
            previous.clear();
        }
    };
    schedule();
    let scrolling = window_event_listener(leptos::ev::scroll, {
        let schedule = schedule.clone();
        move |_| schedule()
    });
    on_cleanup(move || {
        scrolling.remove();
        if let Some(Some(handle)) = pending.try_update_value(Option::take) {
            handle.clear();
        }
    });

    let (track, level, minutes) = (info.track.clone(), info.level, info.duration_minutes);
    let meta = move || {
        let lang = i18n.lang();
        let track = catalog()
            .track(&track)
            .map(|t| t.name.get(lang).to_owned())
            .unwrap_or_default();
        format!(
            "{track} · {} · {}",
            i18n.t(level.message_id()),
            i18n.t_args("lesson-meta-duration", &[("minutes", minutes.into())])
        )
    };

    let mut parts: Vec<AnyView> = vec![view! {
        <Breadcrumbs module=module_id.clone() current=own("title".into())/>
        <header class="lesson__header">
            <p class="lesson__meta" data-testid="lesson-meta">{meta}</p>
            {heading(1, own("title".into()), "lesson__title")}
            <div class="lesson__overview" id="overview" data-anchor="">{rich(own("overview".into()))}</div>
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
            vec![heading(2, interface_text(title), ""), rich(own(id.into()))],
        ));
    }
    for b in &info.blocks {
        let mut children = vec![
            heading(2, own(format!("block-{b}-heading")), ""),
            rich(own(format!("block-{b}-body"))),
        ];
        for f in info.figures.iter().filter(|f| f.block == *b) {
            children.push(
                view! { <FigureView figure=f.clone() lesson=Arc::clone(&lesson)/> }.into_any(),
            );
        }
        parts.push(section(format!("block-{b}"), "lesson__block", children));
    }

    let items: Vec<AnyView> = info
        .examples
        .iter()
        .map(|e| {
            view! { <li class="lesson__example">{rich(own(format!("example-{e}")))}</li> }
                .into_any()
        })
        .collect();
    let mut examples: Vec<AnyView> = vec![
        heading(2, interface_text("lesson-examples-heading"), ""),
        view! { <ul class="lesson__examples">{items}</ul> }.into_any(),
    ];
    for c in &info.callouts {
        let (modifier, label) = match c.kind {
            CalloutKind::Tip => ("callout callout--tip", "callout-tip"),
            CalloutKind::Warning => ("callout callout--warning", "callout-warning"),
            CalloutKind::KeyPoint => ("callout callout--key-point", "callout-key-point"),
        };
        examples.push(
            view! {
                <aside class=modifier id=format!("callout-{}", c.id) data-anchor="">
                    <p class="callout__kind"><BiText text=interface_text(label)/></p>
                    {heading(3, own(format!("callout-{}-title", c.id)), "callout__title")}
                    {rich(own(format!("callout-{}-body", c.id)))}
                </aside>
            }
            .into_any(),
        );
    }
    parts.push(section("examples".into(), "lesson__part", examples));

    parts.push(view! { <CitedControls controls=info.controls.clone()/> }.into_any());

    parts.push(section(
        "prompt".into(),
        "lesson__part",
        vec![
            heading(2, interface_text("lesson-prompt-heading"), ""),
            view! { <div id="prompt-text">{rich(own("prompt".into()))}</div> }.into_any(),
            view! {
                <Reflection module=module_id.clone() lesson=lesson_id.clone() guidance=own("prompt-guidance".into())/>
            }
            .into_any(),
        ],
    ));

    // The exercise: the checkpoint's interactions, ungraded, with feedback
    // at once; the answer is kept with the lesson's progress.
    let (m, l) = (module_id.clone(), lesson_id.clone());
    // An answer given to the exercise before it was rewritten is not
    // judged against the new one.
    let kind = info.exercise.kind.clone();
    let answer = Memo::new(move |_| {
        learner
            .lesson(&m, &l)
            .exercise
            .filter(|a| crate::domain::learner::scoring::fits(&kind, a))
    });
    let (m, l) = (module_id.clone(), lesson_id.clone());
    let kind = info.exercise.kind.clone();
    // The first answer of each visit also goes into the exercise's review
    // log, so that it comes back for spaced review (one given after a
    // retry, with the explanation just read, says nothing of memory).
    let logged = StoredValue::new(false);
    let on_answer = Callback::new(move |a| {
        if !logged.get_value() {
            logged.set_value(true);
            let item = crate::domain::learner::review::Item::Exercise {
                module: m.clone(),
                lesson: l.clone(),
            };
            let right = crate::domain::learner::scoring::is_correct(&kind, &a);
            learner.reviewed(
                &item,
                right,
                crate::domain::learner::review::Context::Exercise,
            );
        }
        learner.update_lesson(&m, &l, |e| e.exercise = Some(a));
    });
    let (m, l) = (module_id.clone(), lesson_id.clone());
    let on_retry = Callback::new(move |()| {
        learner.update_lesson(&m, &l, |e| e.exercise = None);
        request_animation_frame(|| crate::ui::document::focus_by_id("question-exercise"));
    });
    parts.push(section(
        "exercise".into(),
        "lesson__part",
        vec![
            heading(2, interface_text("lesson-exercise-heading"), ""),
            view! { <p class="lesson__ungraded">{i18n.tr("exercise-ungraded")}</p> }.into_any(),
            view! {
                <QuestionView question=info.exercise.clone() text=Arc::clone(&lesson.text) seed=0
                    anchor="question-exercise".to_owned() answer=answer.into() on_answer on_retry/>
            }
            .into_any(),
        ],
    ));
    parts.push(view! { <LessonEnd module=module_id lesson=lesson_id.clone()/> }.into_any());

    view! { <article class="lesson" data-lesson-id=lesson_id>{parts}</article> }
}
