//! A module: `module.toml` (level, lessons, the checkpoint and its pool),
//! its text, each of its lessons, and its summary in the course index.

use crate::authoring::fluent::{check_texts, localized, title_of, Origins};
use crate::authoring::lesson::compile_lesson;
use crate::authoring::manifest::{check_ids, listed_folder, parse_level, read_folder, Ctx};
use crate::authoring::questions::check_question;
use crate::authoring::raw::{RawCheckpoint, RawModule, RawPolicy};
use crate::authoring::report::Report;
use crate::domain::content::catalog::{LessonSummary, Localized, ModuleSummary};
use crate::domain::content::lesson::{Checkpoint, LessonBundle, Module, ModuleBundle, Question};
use std::collections::BTreeSet;
use std::path::Path;
use toml::Spanned;

/// Checks and compiles the module in `dir`: its bundle, its summary for the
/// course index, and its lessons.
pub(super) fn compile_module(
    report: &mut Report,
    dir: &Path,
    folder_id: &str,
    policy: RawPolicy,
) -> Option<(ModuleBundle, ModuleSummary, Vec<LessonBundle>)> {
    let folder = read_folder::<RawModule>(report, dir, "module.toml", "module", folder_id, |m| {
        m.id.as_ref()
    })?;
    let ctx = folder.ctx();
    let (raw, source, path) = (&folder.raw, folder.source.as_str(), folder.path.clone());
    let (en, fr) = (&folder.en, &folder.fr);
    let level = parse_level(report, &ctx, raw.level.as_ref(), 1);
    let lesson_ids = check_ids(report, &ctx, &raw.lessons, "lesson");
    if lesson_ids.is_empty() {
        report.add(&path, 1, "`lessons` is missing or empty");
    }

    let mut origins = Origins::new(path.clone());
    let mut questions = Vec::new();
    let mut pass_mark = 0;
    let mut draw = None;
    match &raw.checkpoint {
        None => report.add(
            &path,
            1,
            "`[checkpoint]` is missing: every module ends with one",
        ),
        Some(checkpoint) => {
            let at = ctx.line(checkpoint.span());
            let cp = checkpoint.get_ref();
            match cp
                .pass_mark
                .as_ref()
                .map(|p| (*p.get_ref(), ctx.line(p.span())))
            {
                Some((mark @ 1..=100, _)) => pass_mark = mark as u8,
                Some((mark, line)) => report.add(
                    &path,
                    line,
                    format!("invalid pass_mark {mark}: use a percentage from 1 to 100"),
                ),
                None => report.add(&path, at, "`pass_mark` is missing"),
            }
            if cp.questions.is_empty() {
                report.add(&path, at, "the checkpoint has no questions");
            }
            let ids: Vec<Spanned<String>> = cp
                .questions
                .iter()
                .filter_map(|q| {
                    let id = q.get_ref().id.clone();
                    if id.is_none() {
                        report.add(&path, ctx.line(q.span()), "question has no `id`");
                    }
                    id
                })
                .collect();
            check_ids(report, &ctx, &ids, "question");
            // Review keys a lesson's exercise as `<module>/<lesson>/exercise`
            // and a question as `<module>/<question>`: a question named
            // `exercise` would read as neither.
            for id in ids.iter().filter(|id| id.get_ref() == "exercise") {
                report.add(
                    &path,
                    ctx.line(id.span()),
                    "question id `exercise` is reserved for lessons' exercises: choose another",
                );
            }
            for q in &cp.questions {
                if let Some(id) = &q.get_ref().id {
                    origins.note(id, source);
                    if let Some(question) =
                        check_question(report, &ctx, q, id.get_ref().clone(), &mut origins)
                    {
                        questions.push(question);
                    }
                }
            }
            draw = check_pool(report, &ctx, cp, at, policy, &questions);
        }
    }
    let module = Module {
        id: folder_id.to_owned(),
        level,
        lessons: lesson_ids,
        checkpoint: Checkpoint {
            pass_mark,
            questions,
            draw,
        },
    };
    check_texts(report, en, fr, &module.messages(), &origins);

    let mut lessons = Vec::new();
    for listed in &raw.lessons {
        let Some(lesson_dir) = listed_folder(report, &ctx, dir, listed, "lesson.toml", "lesson")
        else {
            continue;
        };
        if let Some(bundle) = compile_lesson(report, &lesson_dir, folder_id, listed.get_ref()) {
            lessons.push(bundle);
        }
    }

    let summary = ModuleSummary {
        id: folder_id.to_owned(),
        title: localized(en, fr, "title"),
        summary: localized(en, fr, "summary"),
        level,
        duration_minutes: lessons.iter().map(|l| l.lesson.duration_minutes).sum(),
        question_count: module.checkpoint.asked() as u32,
        pass_mark: module.checkpoint.pass_mark,
        questions: module
            .checkpoint
            .questions
            .iter()
            .map(|q| q.id.clone())
            .collect(),
        lessons: lessons
            .iter()
            .map(|l| LessonSummary {
                id: l.lesson.id.clone(),
                title: Localized {
                    en: title_of(&l.text.en),
                    fr: title_of(&l.text.fr),
                },
                level: l.lesson.level,
                duration_minutes: l.lesson.duration_minutes,
            })
            .collect(),
    };
    Some((
        ModuleBundle {
            module,
            text: folder.texts(),
        },
        summary,
        lessons,
    ))
}

/// Checks the pool against `draw` and the course's `[checkpoints]` policy,
/// and returns `draw`.
fn check_pool(
    report: &mut Report,
    ctx: &Ctx,
    cp: &RawCheckpoint,
    at: usize,
    policy: RawPolicy,
    questions: &[Question],
) -> Option<usize> {
    let pool = cp.questions.len();
    let draw = match cp.draw.as_ref().map(|d| (*d.get_ref(), ctx.line(d.span()))) {
        Some((n, line)) if n < 1 || n as usize > pool => {
            report.add(
                ctx.path,
                line,
                format!("invalid draw {n}: use 1 to the pool's size ({pool})"),
            );
            None
        }
        Some((n, _)) => Some(n as usize),
        None => None,
    };
    let asked = draw.unwrap_or(pool);
    if pool < policy.min_pool {
        report.add(
            ctx.path,
            at,
            format!(
                "the pool has {pool} questions; course.toml asks for at least {}",
                policy.min_pool
            ),
        );
    }
    if asked < policy.min_draw {
        report.add(
            ctx.path,
            at,
            format!(
                "an attempt asks {asked} questions; course.toml asks for at least {} (set `draw`)",
                policy.min_draw
            ),
        );
    }
    let kinds: BTreeSet<&str> = questions.iter().map(|q| q.kind.id()).collect();
    if kinds.len() < policy.min_kinds {
        report.add(
            ctx.path,
            at,
            format!(
                "the pool has {} kinds of question ({}); course.toml asks for at least {}",
                kinds.len(),
                kinds.into_iter().collect::<Vec<_>>().join(", "),
                policy.min_kinds
            ),
        );
    }
    draw
}
