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
///
/// `interface` is the page text for `INTERFACE_TEXT` ([`page_text`]).
pub fn write_bundles(course: &CompiledCourse, interface: &str, out: &Path) -> std::io::Result<()> {
    use crate::domain::content::lesson::{lesson_bundle_path, module_bundle_path, INTERFACE_TEXT};
    // Bundles are plain data: serialising them cannot fail.
    let mut files: BTreeMap<PathBuf, String> = BTreeMap::new();
    files.insert(out.join(INTERFACE_TEXT), interface.to_owned());
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

/// The interface text of the pages fetched when first opened, as the
/// release build fetches it: `{"en": [{"path", "source"}…], "fr": […]}`
/// from `locales/<lang>/pages/*.ftl`, files in name order. (Their syntax
/// and messages are checked by the host tests, as every locale file's.)
pub fn page_text(locales: &Path) -> std::io::Result<String> {
    let mut all = serde_json::Map::new();
    for lang in ["en", "fr"] {
        let dir = locales.join(lang).join("pages");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        names.sort();
        let mut files = Vec::new();
        for path in names {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(serde_json::json!({
                "path": format!("locales/{lang}/pages/{name}"),
                "source": std::fs::read_to_string(&path)?,
            }));
        }
        all.insert(lang.to_owned(), serde_json::Value::Array(files));
    }
    Ok(serde_json::Value::Object(all).to_string())
}
