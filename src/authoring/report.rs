//! Collecting mistakes: each with its file (relative to the folder above the
//! course), line and cause. Files that cannot be read or parsed are
//! mistakes too, never a panic.

use crate::adapters::fluent_source::line_of;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// One mistake in the content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub cause: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.cause)
    }
}

/// The mistakes found so far, and the folder file names are relative to.
pub(super) struct Report {
    root: PathBuf,
    problems: Vec<Problem>,
}

impl Report {
    pub(super) fn new(root: PathBuf) -> Report {
        Report {
            root,
            problems: Vec::new(),
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// The mistakes, sorted and each once, so that the order in which the
    /// checks ran never shows.
    pub(super) fn into_problems(self) -> Vec<Problem> {
        let mut problems = self.problems;
        problems.sort();
        problems.dedup();
        problems
    }

    /// A file's name as problems show it: relative to `root`, with `/`.
    pub(super) fn name(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    pub(super) fn add(&mut self, path: &Path, line: usize, cause: impl Into<String>) {
        let file = self.name(path);
        self.problems.push(Problem {
            file,
            line,
            cause: cause.into(),
        });
    }
}

/// A file's text, or a mistake on its first line.
pub(super) fn read(report: &mut Report, path: &Path) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => Some(s),
        Err(e) => {
            report.add(path, 1, format!("cannot read: {e}"));
            None
        }
    }
}

/// A TOML file parsed into `T`, with its text (for line numbers later), or
/// a mistake on the line where parsing stopped.
pub(super) fn parse_toml<T: for<'de> Deserialize<'de>>(
    report: &mut Report,
    path: &Path,
) -> Option<(T, String)> {
    let source = read(report, path)?;
    match toml::from_str::<T>(&source) {
        Ok(value) => Some((value, source)),
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(&source, s.start));
            report.add(path, line, e.message().trim().to_owned());
            None
        }
    }
}
