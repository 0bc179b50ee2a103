use crate::adapters::content::catalog;
use crate::domain::content::catalog::LessonSummary;
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{interface_text, localized_text, use_announcer, use_i18n, TextFn};
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// One requirement of completion, ticked or not. The tick is repeated in
/// words for screen readers.
fn requirement(done: Signal<bool>, label: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="checklist__item" data-done=move || done.get().to_string()>
            <span class="checklist__mark" aria-hidden="true">{move || if done.get() { "✓" } else { "○" }}</span>
            {i18n.tr(label)}
            <span class="visually-hidden">
                {move || i18n.t(if done.get() { "checklist-done" } else { "checklist-to-do" })}
            </span>
        </li>
    }
}

/// A link to the previous or next step, with its title.
fn step(rel: &'static str, label: &'static str, href: Signal<String>, title: TextFn) -> AnyView {
    let i18n = use_i18n();
    view! {
        <a class=format!("lesson-nav__link lesson-nav__link--{rel}") rel=rel href=href data-testid=rel>
            <span class="lesson-nav__label">{i18n.tr(label)}</span>
            <span class="lesson-nav__title"><BiText text=title/></span>
        </a>
    }
    .into_any()
}

/// The end of a lesson: what completing it takes and whether it is done
/// (announced when it becomes done), then the previous and next steps.
#[component]
pub fn LessonEnd(
    /// The lesson's module id.
    module: String,
    /// The lesson's id.
    lesson: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let announcer = use_announcer();
    let entry = learner.lesson_entry(&module, &lesson);
    let complete = Memo::new(move |_| entry.with(|e| e.is_complete()));
    Effect::new(move |was: Option<bool>| {
        let now = complete.get();
        if was == Some(false) && now {
            if let Some(a) = announcer {
                a.announce("lesson-completed");
            }
        }
        now
    });

    // Previous: the lesson before, or the module's page; next: the lesson
    // after, or the module's checkpoint.
    let (before, after) = catalog()
        .module(&module)
        .map(|m| m.neighbours(&lesson))
        .unwrap_or_default();
    let link = |neighbour: Option<&LessonSummary>, rel: &'static str, label, fallback| {
        let module = module.clone();
        match neighbour {
            Some(l) => {
                let id = l.id.clone();
                let href = Signal::derive(move || route::lesson(i18n.lang(), &module, &id));
                step(rel, label, href, localized_text(&l.title))
            }
            None => {
                let href = Signal::derive(move || {
                    let anchor = if rel == "next" { "#checkpoint" } else { "" };
                    format!("{}{anchor}", route::module(i18n.lang(), &module))
                });
                step(rel, label, href, interface_text(fallback))
            }
        }
    };
    // The course's last lesson sends the learner to its closing exercise.
    let last = catalog()
        .modules
        .last()
        .is_some_and(|m| m.id == module && m.lessons.last().is_some_and(|l| l.id == lesson));
    let closing = last.then(|| {
        view! {
            <p class="lesson-end__closing">
                {i18n.tr("soa-done-hint")} " "
                <a href=move || route::workbook(i18n.lang()) data-testid="soa-link">{i18n.tr("soa-link")}</a>
            </p>
        }
    });
    let previous = link(before, "prev", "lesson-previous", "lesson-module-overview");
    let next = link(after, "next", "lesson-next", "checkpoint-heading");
    // Reaching the end by keyboard or a screen reader's browse mode may not
    // scroll it into view; moving into it counts as well.
    let (m, l) = (module.clone(), lesson.clone());
    let reached = move |_| learner.update_lesson(&m, &l, |e| e.reached_end = true);

    view! {
        <footer class="lesson-end" data-end="" on:focusin=reached>
            <h2 class="lesson-end__heading">{i18n.tr("completion-heading")}</h2>
            <ul class="checklist">
                {requirement(Signal::derive(move || entry.with(|e| e.reached_end)), "completion-read")}
                {requirement(Signal::derive(move || entry.with(|e| e.prompt_done())), "completion-prompt")}
            </ul>
            <p class="lesson-end__status" data-testid="lesson-status" data-complete=move || complete.get().to_string()>
                {move || i18n.t(if complete.get() { "lesson-completed" } else { "lesson-not-completed" })}
            </p>
            {closing}
            <nav class="lesson-nav" aria-label=i18n.tr("lesson-nav-label")>
                {previous}
                {next}
            </nav>
        </footer>
    }
}
