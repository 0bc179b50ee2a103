use crate::adapters::content::catalog;
use crate::domain::shared::language::Lang;
use crate::domain::trainer::certificate::{Facts, Scope};
use crate::ui::assignments::{assignment_title, now};
use crate::ui::format::{date_text, percent_text};
use crate::ui::i18n::{message, message_args};
use leptos::prelude::*;

/// The paper a certificate is printed on (`style/certificate.css` gives
/// each its named `@page`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Letter where the browser's language names a country that uses it
    /// (the United States, Canada, Mexico, the Philippines, Chile,
    /// Colombia, Venezuela), else A4.
    pub fn usual() -> Paper {
        let tag = web_sys::window()
            .and_then(|w| w.navigator().language())
            .unwrap_or_default();
        let region = tag
            .rsplit(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let letter = tag.contains(['-', '_'])
            && ["US", "CA", "MX", "PH", "CL", "CO", "VE"].contains(&region.as_str());
        if letter {
            Paper::Letter
        } else {
            Paper::A4
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }
}

/// The certificate itself, in one language or in both side by side: the
/// name, the course (and assignment, trainer and group), each module with
/// its best score and the date it was first passed, the lessons an
/// assignment asked for, the languages studied in, the date of issue, the
/// verification code, and the plain statement of what it is not. Each side
/// carries its own `lang`. Only this part of the page prints.
#[component]
pub fn CertificateView(
    facts: Facts,
    name: String,
    sides: Vec<Lang>,
    paper: Paper,
) -> impl IntoView {
    let course = catalog();
    let code = facts.code(&course.course_id, &name).to_string();
    let issued = now();
    let both = sides.len() > 1;
    let side = move |lang: Lang| {
        let t = |id: &str| message(lang, id);
        let course_title = course.title.get(lang).to_owned();
        let completed = match &facts.scope {
            Scope::Course => message_args(
                lang,
                "certificate-completed-course",
                &[("course", course_title.into())],
            ),
            Scope::Assignment { .. } => message_args(
                lang,
                "certificate-completed-assignment",
                &[("course", course_title.into())],
            ),
        };
        let assignment = match &facts.scope {
            Scope::Course => None,
            Scope::Assignment { by, group, .. } => {
                let title = assignment_title(group, lang);
                Some(if by.is_empty() {
                    message_args(
                        lang,
                        "certificate-assignment",
                        &[("assignment", title.into())],
                    )
                } else {
                    message_args(
                        lang,
                        "certificate-assignment-by",
                        &[("assignment", title.into()), ("trainer", by.clone().into())],
                    )
                })
            }
        };
        let rows = facts
            .modules
            .iter()
            .map(|m| {
                let title = course
                    .module(&m.module)
                    .map_or_else(|| m.module.clone(), |s| s.title.get(lang).to_owned());
                view! {
                    <tr>
                        <th scope="row">{title}</th>
                        <td>{percent_text(m.best, lang)}</td>
                        <td>{date_text(m.passed, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        let modules = (!facts.modules.is_empty()).then(|| {
            view! {
                <table class="certificate__modules">
                    <caption>{t("certificate-modules")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("certificate-module")}</th>
                            <th scope="col">{t("certificate-best")}</th>
                            <th scope="col">{t("certificate-passed-on")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        let lessons = (!facts.lessons.is_empty()).then(|| {
            let items = facts
                .lessons
                .iter()
                .map(|key| {
                    let (m, l) = key.split_once('/').unwrap_or((key, ""));
                    let title = course
                        .module(m)
                        .and_then(|s| s.lessons.iter().find(|x| x.id == l))
                        .map_or_else(|| key.clone(), |x| x.title.get(lang).to_owned());
                    view! { <li>{title}</li> }
                })
                .collect_view();
            view! {
                <p class="certificate__label">{t("certificate-lessons")}</p>
                <ul class="certificate__lessons">{items}</ul>
            }
        });
        // Said only when attempts say it (a lessons-only assignment has none).
        let studied = match facts.languages[..] {
            [Lang::En] => Some("en"),
            [Lang::Fr] => Some("fr"),
            [Lang::En, Lang::Fr] => Some("both"),
            _ => None,
        }
        .map(|which| view! { <p>{message_args(lang, "certificate-languages", &[("languages", which.into())])}</p> });
        view! {
            <div class="certificate__side" lang=lang.tag()>
                <h2 class="certificate__kind">{t("certificate-kind")}</h2>
                <p class="certificate__certifies">{t("certificate-certifies")}</p>
                <p class="certificate__name" data-testid="certificate-shown-name">{name.clone()}</p>
                <p class="certificate__completed">{completed}</p>
                {assignment.map(|a| view! { <p class="certificate__assignment">{a}</p> })}
                {modules}
                {lessons}
                {studied}
                <p>{message_args(lang, "certificate-issued", &[("date", date_text(issued, lang).into())])}</p>
                <p class="certificate__code">
                    {t("certificate-code")} " " <strong data-testid="certificate-code">{code.clone()}</strong>
                </p>
                <p class="certificate__hint">{t("certificate-code-hint")}</p>
                <p class="certificate__note" data-testid="certificate-not-accredited">{t("certificate-not-accredited")}</p>
            </div>
        }
    };
    let class = format!(
        "certificate certificate--{}{}",
        paper.id(),
        if both { " certificate--both" } else { "" }
    );
    view! {
        <section class=class data-testid="certificate" data-paper=paper.id()>
            <div class="certificate__sides">{sides.into_iter().map(side).collect_view()}</div>
        </section>
    }
}
