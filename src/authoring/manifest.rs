//! What every manifest shares: where it is and its text (for lines), ids
//! (valid, none twice), levels, and the folder of a module or lesson (its
//! manifest, named like the folder, and its Fluent file in each language).

use crate::adapters::fluent_source::line_of;
use crate::authoring::fluent::{read_ftl, FtlFile};
use crate::authoring::report::{parse_toml, Report};
use crate::domain::content::catalog::Level;
use crate::domain::content::lesson::{is_valid_id, Texts};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// A manifest being checked: its path, and its text for line numbers.
pub(super) struct Ctx<'a> {
    pub(super) path: &'a Path,
    pub(super) source: &'a str,
}

impl Ctx<'_> {
    /// The line where a span starts.
    pub(super) fn line(&self, span: std::ops::Range<usize>) -> usize {
        line_of(self.source, span.start)
    }
}

/// Checks that an id is well formed.
pub(super) fn check_id(report: &mut Report, ctx: &Ctx, id: &Spanned<String>, what: &str) {
    if !is_valid_id(id.get_ref()) {
        report.add(
            ctx.path,
            ctx.line(id.span()),
            format!(
                "{what} id `{}` is not valid: use lower-case letters, digits and single hyphens, starting with a letter",
                id.get_ref()
            ),
        );
    }
}

/// A field holding an id that must be there (`field`, naming a `what`): the
/// id, checked, or empty after reporting it missing on the first line.
pub(super) fn required_id(
    report: &mut Report,
    ctx: &Ctx,
    id: Option<&Spanned<String>>,
    field: &str,
    what: &str,
) -> String {
    match id {
        Some(id) => {
            check_id(report, ctx, id, what);
            id.get_ref().clone()
        }
        None => {
            report.add(ctx.path, 1, format!("`{field}` is missing"));
            String::new()
        }
    }
}

/// The folder of a module or lesson (`what`) listed in a manifest, if it
/// holds its own `manifest`; if not, a mistake on the line that lists it.
pub(super) fn listed_folder(
    report: &mut Report,
    ctx: &Ctx,
    dir: &Path,
    listed: &Spanned<String>,
    manifest: &str,
    what: &str,
) -> Option<PathBuf> {
    let id = listed.get_ref();
    let folder = dir.join(id);
    if folder.join(manifest).is_file() {
        return Some(folder);
    }
    report.add(
        ctx.path,
        ctx.line(listed.span()),
        format!(
            "{what} `{id}` has no folder with a {manifest} ({})",
            report.name(&folder)
        ),
    );
    None
}

/// Checks a list of ids: each valid, none twice.
pub(super) fn check_ids(
    report: &mut Report,
    ctx: &Ctx,
    ids: &[Spanned<String>],
    what: &str,
) -> Vec<String> {
    let mut seen = BTreeMap::new();
    for id in ids {
        check_id(report, ctx, id, what);
        let line = ctx.line(id.span());
        if let Some(first) = seen.insert(id.get_ref().clone(), line) {
            report.add(
                ctx.path,
                line,
                format!(
                    "duplicate {what} id `{}` (also at line {first})",
                    id.get_ref()
                ),
            );
        }
    }
    ids.iter().map(|s| s.get_ref().clone()).collect()
}

/// A manifest's `level`; `at` is the line to blame when it is missing.
pub(super) fn parse_level(
    report: &mut Report,
    ctx: &Ctx,
    level: Option<&Spanned<String>>,
    at: usize,
) -> Level {
    let Some(level) = level else {
        report.add(
            ctx.path,
            at,
            "`level` is missing (introductory, intermediate or advanced)",
        );
        return Level::Introductory;
    };
    match level.get_ref().as_str() {
        "introductory" => Level::Introductory,
        "intermediate" => Level::Intermediate,
        "advanced" => Level::Advanced,
        other => {
            report.add(
                ctx.path,
                ctx.line(level.span()),
                format!("invalid level `{other}`: use introductory, intermediate or advanced"),
            );
            Level::Introductory
        }
    }
}

/// A module's or lesson's folder: its manifest, and its text in each language.
pub(super) struct Folder<T> {
    pub(super) raw: T,
    pub(super) source: String,
    pub(super) path: PathBuf,
    pub(super) en: FtlFile,
    pub(super) fr: FtlFile,
}

impl<T> Folder<T> {
    pub(super) fn ctx(&self) -> Ctx<'_> {
        Ctx {
            path: &self.path,
            source: &self.source,
        }
    }

    /// The Fluent sources as they are, for the bundle the app fetches.
    pub(super) fn texts(&self) -> Texts {
        Texts {
            en: std::fs::read_to_string(&self.en.path).unwrap_or_default(),
            fr: std::fs::read_to_string(&self.fr.path).unwrap_or_default(),
        }
    }
}

/// Reads a folder's manifest and Fluent files, and checks that the
/// manifest's `id` is the folder's name.
pub(super) fn read_folder<T: for<'de> Deserialize<'de>>(
    report: &mut Report,
    dir: &Path,
    manifest: &str,
    what: &str,
    folder_id: &str,
    id_of: impl Fn(&T) -> Option<&Spanned<String>>,
) -> Option<Folder<T>> {
    let path = dir.join(manifest);
    let parsed = parse_toml::<T>(report, &path);
    let en = read_ftl(report, &dir.join("en.ftl"), false);
    let fr = read_ftl(report, &dir.join("fr.ftl"), true);
    let (raw, source) = parsed?;
    match id_of(&raw) {
        Some(id) if id.get_ref() != folder_id => {
            let line = line_of(&source, id.span().start);
            report.add(
                &path,
                line,
                format!(
                    "{what} id `{}` differs from its folder name `{folder_id}`",
                    id.get_ref()
                ),
            );
        }
        Some(_) => {}
        None => report.add(&path, 1, "`id` is missing"),
    }
    Some(Folder {
        raw,
        source,
        path,
        en,
        fr,
    })
}
