//! The control data of `lessons/controls/` (see the README there):
//! `controls.toml` for the facts, `en.ftl` and `fr.ftl` for names, summaries
//! and labels. Checked like the lessons, each mistake with file, line and
//! cause; compiled into one [`ControlSet`], written as `controls.json`
//! beside the lesson bundles. A course without the folder has no explorer.

use crate::authoring::control_checks::Checker;
use crate::authoring::fluent::{check_texts, localized, read_ftl, Origins};
use crate::authoring::raw::RawControlSet;
use crate::authoring::report::{parse_toml, Report};
use crate::domain::content::controls::{ControlSet, Facet, Theme};
use crate::domain::content::lesson::{LessonBundle, ModuleBundle};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What a control may point at: `module/lesson`, and questions as
/// `module/question` or `module/lesson/exercise`.
pub(super) struct Targets {
    pub(super) lessons: BTreeSet<String>,
    pub(super) questions: BTreeSet<String>,
}

impl Targets {
    pub(super) fn new(modules: &[ModuleBundle], lessons: &[LessonBundle]) -> Targets {
        let mut questions = BTreeSet::new();
        for m in modules {
            for q in &m.module.checkpoint.questions {
                questions.insert(format!("{}/{}", m.module.id, q.id));
            }
        }
        let mut lesson_ids = BTreeSet::new();
        for l in lessons {
            let id = format!("{}/{}", l.lesson.module_id, l.lesson.id);
            questions.insert(format!("{id}/exercise"));
            lesson_ids.insert(id);
        }
        Targets {
            lessons: lesson_ids,
            questions,
        }
    }
}

/// Checks and compiles `dir` (`lessons/controls`), if the course has it.
pub(super) fn compile_controls(
    report: &mut Report,
    dir: &Path,
    targets: &Targets,
) -> Option<ControlSet> {
    if !dir.is_dir() {
        return None;
    }
    let path = dir.join("controls.toml");
    let parsed = parse_toml::<RawControlSet>(report, &path);
    let en = read_ftl(report, &dir.join("en.ftl"), false);
    let fr = read_ftl(report, &dir.join("fr.ftl"), true);
    let (raw, source) = parsed?;
    let mut check = Checker {
        report,
        path: &path,
        source: &source,
    };

    let annex_a = check.annex_a(&raw.annex_a_2013);
    let mut controls = Vec::new();
    let mut seen: BTreeMap<(u32, u32), usize> = BTreeMap::new();
    let mut origins = Origins::new(path.clone());
    let mut expected = Vec::new();
    for raw_control in &raw.control {
        let line = check.line(raw_control.span());
        let Some(control) = check.control(raw_control.get_ref(), line, &annex_a, targets) else {
            continue;
        };
        let key = sort_key(&control.number);
        if let Some(other) = seen.insert(key, line) {
            check.add(
                line,
                format!(
                    "control {} is listed twice (also line {other})",
                    control.number
                ),
            );
        } else if seen.range(key..).nth(1).is_some() {
            check.add(
                line,
                format!("control {} is out of number order", control.number),
            );
        }
        let slug = control.slug();
        origins.note_at(format!("control-{slug}"), line);
        expected.push((format!("control-{slug}-name"), true));
        expected.push((format!("control-{slug}-summary"), true));
        controls.push(control);
    }
    check.totals(&controls, &raw.annex_a_2013);

    let mut labels = BTreeMap::new();
    for theme in Theme::ALL {
        labels.insert(theme.label_id(), ());
    }
    for facet in Facet::ALL {
        labels.insert(facet.name_id(), ());
        for value in facet.allowed() {
            labels.insert(facet.label_id(value), ());
        }
    }
    expected.extend(labels.keys().map(|id| (id.clone(), true)));
    check_texts(check.report, &en, &fr, &expected, &origins);

    for control in &mut controls {
        let slug = control.slug();
        control.name = localized(&en, &fr, &format!("control-{slug}-name"));
        control.summary = localized(&en, &fr, &format!("control-{slug}-summary"));
    }
    Some(ControlSet {
        annex_a_2013: raw
            .annex_a_2013
            .iter()
            .map(|a| a.get_ref().clone())
            .collect(),
        controls,
        labels: labels
            .into_keys()
            .map(|id| {
                let text = localized(&en, &fr, &id);
                (id, text)
            })
            .collect(),
    })
}

/// `8.15` as `(8, 15)`, for number order.
pub(super) fn sort_key(number: &str) -> (u32, u32) {
    let (a, b) = number.split_once('.').unwrap_or((number, "0"));
    (a.parse().unwrap_or(0), b.parse().unwrap_or(0))
}
