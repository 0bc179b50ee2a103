//! Writing the compiled course: one JSON bundle per lesson and per module,
//! which Trunk copies into the site and the app fetches on demand, and the
//! course index, from which `scripts/finish-site.mjs` writes the catalog
//! into the page's static shell (the app itself embeds the index).

use crate::authoring::course::CompiledCourse;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The course index's file among the bundles. Read by
/// `scripts/finish-site.mjs`, which removes it from the site.
pub const CATALOG_INDEX: &str = "catalog.json";

/// Writes the bundles the app fetches into `out`: one JSON file per lesson
/// and per module, and the controls' data, at the paths `domain::content::lesson` names. Files left from an
/// earlier build of a lesson that no longer exists are removed.
pub fn write_bundles(course: &CompiledCourse, out: &Path) -> std::io::Result<()> {
    use crate::domain::content::lesson::{lesson_bundle_path, module_bundle_path};
    // Bundles are plain data: serialising them cannot fail.
    let mut files: BTreeMap<PathBuf, String> = BTreeMap::new();
    for m in &course.modules {
        let json = serde_json::to_string(m).unwrap_or_default();
        files.insert(out.join(module_bundle_path(&m.module.id)), json);
    }
    for l in &course.lessons {
        let json = serde_json::to_string(l).unwrap_or_default();
        files.insert(
            out.join(lesson_bundle_path(&l.lesson.module_id, &l.lesson.id)),
            json,
        );
    }
    files.insert(
        out.join(CATALOG_INDEX),
        serde_json::to_string(&course.catalog).unwrap_or_default(),
    );
    if let Some(controls) = &course.controls {
        let json = serde_json::to_string(controls).unwrap_or_default();
        files.insert(out.join(crate::domain::content::controls::BUNDLE), json);
    }
    remove_stale(out, &files)?;
    for (path, json) in &files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // Unchanged files are left alone so that their timestamps do not make
        // Trunk or a static host think they changed.
        if std::fs::read_to_string(path).ok().as_deref() != Some(json.as_str()) {
            std::fs::write(path, json)?;
        }
    }
    Ok(())
}

fn remove_stale(dir: &Path, keep: &BTreeMap<PathBuf, String>) -> std::io::Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            remove_stale(&path, keep)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                std::fs::remove_dir(&path)?;
            }
        } else if !keep.contains_key(&path) {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}
