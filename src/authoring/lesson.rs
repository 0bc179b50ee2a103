//! A lesson: `lesson.toml` (track, level, duration, blocks, examples,
//! callouts, the exercise, figures), the drawing of each figure, and its text.

use crate::authoring::figure;
use crate::authoring::fluent::{check_texts, Origins};
use crate::authoring::manifest::{check_ids, parse_level, read_folder, required_id, Ctx};
use crate::authoring::questions::check_question;
use crate::authoring::raw::{RawFigure, RawLesson};
use crate::authoring::report::Report;
use crate::domain::content::lesson::{
    is_valid_id, Callout, CalloutKind, Figure, Lesson, LessonBundle, Question, QuestionKind,
};
use std::path::Path;
use toml::Spanned;

/// Checks and compiles the lesson in `dir`; `None` when it has no valid
/// exercise (every other mistake is reported, and the lesson kept).
pub(super) fn compile_lesson(
    report: &mut Report,
    dir: &Path,
    module_id: &str,
    folder_id: &str,
) -> Option<LessonBundle> {
    let folder = read_folder::<RawLesson>(report, dir, "lesson.toml", "lesson", folder_id, |l| {
        l.id.as_ref()
    })?;
    let ctx = folder.ctx();
    let (raw, source, path) = (&folder.raw, folder.source.as_str(), folder.path.clone());
    let (en, fr) = (&folder.en, &folder.fr);
    let track = required_id(report, &ctx, raw.track.as_ref(), "track", "track");
    let level = parse_level(report, &ctx, raw.level.as_ref(), 1);
    let duration_minutes = match raw
        .duration_minutes
        .as_ref()
        .map(|d| (*d.get_ref(), ctx.line(d.span())))
    {
        Some((m @ 1..=240, _)) => m as u32,
        Some((m, line)) => {
            report.add(
                &path,
                line,
                format!("invalid duration_minutes {m}: use 1 to 240"),
            );
            0
        }
        None => {
            report.add(&path, 1, "`duration_minutes` is missing");
            0
        }
    };
    let mut origins = Origins::new(path.clone());
    for id in raw.blocks.iter().chain(&raw.examples) {
        origins.note(id, source);
    }
    let blocks = check_ids(report, &ctx, &raw.blocks, "block");
    if blocks.is_empty() {
        report.add(
            &path,
            1,
            "`blocks` is missing or empty: a lesson has at least one content block",
        );
    }
    let examples = check_ids(report, &ctx, &raw.examples, "example");
    let mut callouts = Vec::new();
    let mut callout_ids = Vec::new();
    for c in &raw.callouts {
        let at = ctx.line(c.span());
        let raw_callout = c.get_ref();
        let Some(id) = &raw_callout.id else {
            report.add(&path, at, "callout has no `id`");
            continue;
        };
        origins.note(id, source);
        callout_ids.push(id.clone());
        let kind = match &raw_callout.kind {
            Some(k) => CalloutKind::from_id(k.get_ref()).or_else(|| {
                report.add(
                    &path,
                    ctx.line(k.span()),
                    format!(
                        "invalid callout kind `{}`: use tip, warning or key-point",
                        k.get_ref()
                    ),
                );
                None
            }),
            None => {
                report.add(
                    &path,
                    at,
                    format!("callout `{}` has no `kind`", id.get_ref()),
                );
                None
            }
        };
        if let Some(kind) = kind {
            callouts.push(Callout {
                id: id.get_ref().clone(),
                kind,
            });
        }
    }
    check_ids(report, &ctx, &callout_ids, "callout");

    let exercise = match &raw.exercise {
        None => {
            report.add(
                &path,
                1,
                "`[exercise]` is missing: every lesson has an interactive exercise",
            );
            None
        }
        Some(q) => {
            if let Some(id) = &q.get_ref().id {
                if id.get_ref() != "exercise" {
                    report.add(
                        &path,
                        ctx.line(id.span()),
                        "the exercise's id is always `exercise`; remove `id`",
                    );
                }
            }
            check_question(report, &ctx, q, "exercise".to_owned(), &mut origins)
        }
    };
    let lesson = Lesson {
        id: folder_id.to_owned(),
        module_id: module_id.to_owned(),
        track,
        level,
        duration_minutes,
        blocks,
        examples,
        callouts,
        exercise: exercise.clone().unwrap_or(Question {
            id: "exercise".to_owned(),
            kind: QuestionKind::TrueFalse { answer: true },
        }),
        figures: Vec::new(),
        controls: Vec::new(),
    };
    let (figures, broken) = compile_figures(
        report,
        &ctx,
        dir,
        &raw.figures,
        &lesson.blocks,
        &mut origins,
    );
    let lesson = Lesson { figures, ..lesson };
    let mut expected = lesson.messages();
    // A drawing that could not be read cannot say which labels it needs.
    for id in broken {
        let prefix = format!("figure-{id}-");
        for file in [&en, &fr] {
            for m in file.messages.keys().filter(|m| m.starts_with(&prefix)) {
                expected.push((m.clone(), false));
            }
        }
    }
    if exercise.is_none() {
        // Without a valid exercise, its texts cannot be checked either.
        let prefix = "exercise";
        expected.retain(|(id, _)| !id.starts_with(prefix));
        for file in [&en, &fr] {
            for id in file.messages.keys().filter(|id| id.starts_with(prefix)) {
                expected.push((id.clone(), false));
            }
        }
    }
    check_texts(report, en, fr, &expected, &origins);
    exercise.as_ref()?;
    Some(LessonBundle {
        lesson,
        text: folder.texts(),
    })
}

/// Reads and checks each figure's drawing (`<id>.svg` beside lesson.toml).
/// Returns the figures, and the ids of those whose drawing has mistakes.
fn compile_figures(
    report: &mut Report,
    ctx: &Ctx,
    dir: &Path,
    raw: &[Spanned<RawFigure>],
    blocks: &[String],
    origins: &mut Origins,
) -> (Vec<Figure>, Vec<String>) {
    let (mut figures, mut broken) = (Vec::new(), Vec::new());
    let mut ids = Vec::new();
    for f in raw {
        let at = ctx.line(f.span());
        let Some(id) = &f.get_ref().id else {
            report.add(ctx.path, at, "figure has no `id`");
            continue;
        };
        ids.push(id.clone());
        origins.note(id, ctx.source);
        let block = match &f.get_ref().block {
            Some(b) if blocks.contains(b.get_ref()) => b.get_ref().clone(),
            Some(b) => {
                report.add(
                    ctx.path,
                    ctx.line(b.span()),
                    format!(
                        "figure `{}` names block `{}`, which is not in `blocks`",
                        id.get_ref(),
                        b.get_ref()
                    ),
                );
                String::new()
            }
            None => {
                report.add(
                    ctx.path,
                    at,
                    format!("figure `{}` has no `block`", id.get_ref()),
                );
                String::new()
            }
        };
        let path = dir.join(format!("{}.svg", id.get_ref()));
        let drawing = match std::fs::read_to_string(&path) {
            Ok(source) => match figure::check(&source, is_valid_id) {
                Ok(d) => Some(d),
                Err(mistakes) => {
                    for (line, cause) in mistakes {
                        report.add(&path, line, cause);
                    }
                    None
                }
            },
            Err(e) => {
                report.add(
                    ctx.path,
                    at,
                    format!(
                        "figure `{}`: cannot read {}: {e}",
                        id.get_ref(),
                        report.name(&path)
                    ),
                );
                None
            }
        };
        match drawing {
            Some(d) if !block.is_empty() => figures.push(Figure {
                id: id.get_ref().clone(),
                block,
                svg: d.svg,
                labels: d.labels,
            }),
            _ => broken.push(id.get_ref().clone()),
        }
    }
    check_ids(report, ctx, &ids, "figure");
    (figures, broken)
}
