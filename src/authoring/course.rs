//! The course: `course.toml` (its id, its modules in teaching order, the
//! checkpoint policy), its text (title, summary, track names), each module,
//! and the course index the app starts with.

use crate::authoring::controls::{compile_controls, Targets};
use crate::authoring::fluent::{check_texts, localized, read_ftl, Origins};
use crate::authoring::manifest::{check_ids, listed_folder, required_id, Ctx};
use crate::authoring::module::compile_module;
use crate::authoring::raw::RawCourse;
use crate::authoring::report::{parse_toml, Problem, Report};
use crate::domain::content::catalog::{Catalog, Track};
use crate::domain::content::controls::ControlSet;
use crate::domain::content::lesson::{ControlRef, LessonBundle, ModuleBundle};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The whole course, checked and compiled.
#[derive(Debug, Clone)]
pub struct CompiledCourse {
    pub catalog: Catalog,
    pub modules: Vec<ModuleBundle>,
    pub lessons: Vec<LessonBundle>,
    /// The controls explorer's data (`lessons/controls/`), if the course has it.
    pub controls: Option<ControlSet>,
}

/// Checks and compiles the course in `dir` (usually `lessons/`). File names in
/// problems are relative to the parent of `dir`.
pub fn compile(dir: &Path) -> Result<CompiledCourse, Vec<Problem>> {
    let root = dir.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut report = Report::new(root);
    match compile_course(&mut report, dir) {
        Some(course) if report.is_empty() => Ok(course),
        _ => Err(report.into_problems()),
    }
}

fn compile_course(report: &mut Report, dir: &Path) -> Option<CompiledCourse> {
    let path = dir.join("course.toml");
    let parsed = parse_toml::<RawCourse>(report, &path);
    let en = read_ftl(report, &dir.join("en.ftl"), false);
    let fr = read_ftl(report, &dir.join("fr.ftl"), true);
    let (raw, source) = parsed?;
    let ctx = Ctx {
        path: &path,
        source: &source,
    };
    let course_id = required_id(report, &ctx, raw.id.as_ref(), "id", "course");
    check_ids(report, &ctx, &raw.modules, "module");

    let mut modules = Vec::new();
    let mut lessons = Vec::new();
    let mut summaries = Vec::new();
    let mut lesson_ids_seen: BTreeMap<String, String> = BTreeMap::new();
    for listed in &raw.modules {
        let module_id = listed.get_ref();
        let Some(module_dir) = listed_folder(report, &ctx, dir, listed, "module.toml", "module")
        else {
            continue;
        };
        if let Some((bundle, summary, module_lessons)) = compile_module(
            report,
            &module_dir,
            module_id,
            raw.checkpoints.unwrap_or_default(),
        ) {
            for lesson in &module_lessons {
                let id = &lesson.lesson.id;
                if let Some(other) = lesson_ids_seen.insert(id.clone(), module_id.clone()) {
                    report.add(
                        &module_dir.join("module.toml"),
                        1,
                        format!("duplicate lesson id `{id}`: module `{other}` has a lesson with the same id"),
                    );
                }
            }
            modules.push(bundle);
            summaries.push(summary);
            lessons.extend(module_lessons);
        }
    }

    let controls = compile_controls(
        report,
        &dir.join("controls"),
        &Targets::new(&modules, &lessons),
    );
    if let Some(set) = &controls {
        for bundle in &mut lessons {
            let id = format!("{}/{}", bundle.lesson.module_id, bundle.lesson.id);
            bundle.lesson.controls = set
                .controls
                .iter()
                .filter(|c| c.lessons.contains(&id))
                .map(|c| ControlRef {
                    number: c.number.clone(),
                    name: c.name.clone(),
                })
                .collect();
        }
    }

    // Course text: title, summary, and the name of every track in use.
    let tracks_used: BTreeSet<String> = lessons.iter().map(|l| l.lesson.track.clone()).collect();
    let mut expected = vec![
        ("course-title".to_owned(), true),
        ("course-summary".to_owned(), true),
    ];
    expected.extend(tracks_used.iter().map(|t| (format!("track-{t}"), true)));
    let mut origins = Origins::new(path.clone());
    if let Some(id) = &raw.id {
        origins.note(id, &source);
    }
    check_texts(report, &en, &fr, &expected, &origins);

    let catalog = Catalog {
        course_id,
        title: localized(&en, &fr, "course-title"),
        summary: localized(&en, &fr, "course-summary"),
        tracks: tracks_used
            .iter()
            .map(|t| Track {
                id: t.clone(),
                name: localized(&en, &fr, &format!("track-{t}")),
            })
            .collect(),
        modules: summaries,
    };
    Some(CompiledCourse {
        catalog,
        modules,
        lessons,
        controls,
    })
}
