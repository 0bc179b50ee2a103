//! Certificates of completion: what one certifies, what is still missing
//! before it can be had, and its verification code.
//!
//! A certificate covers the whole course (every module passed at its own
//! pass mark) or an accepted assignment (every module at the assignment's
//! pass mark, every single lesson it asks for read). Its facts are the
//! same whether they are read from the learner's progress or from a
//! result file of theirs: per module the best score and when it was first
//! passed (a time, so that time zones do not matter), the lessons, and the
//! interface languages of the finished attempts. The verification code is
//! FNV-1a over those facts and the name on the certificate, written out in
//! one canonical text: a trainer's dashboard given the learner's result
//! file computes it again. Like the result files' checksums it catches a
//! certificate edited by hand, not a determined forger: there is no server
//! and no key, and the certificate says so.

use crate::domain::content::catalog::Catalog;
use crate::domain::learner::progress::Progress;
use crate::domain::learner::quiz::fnv1a;
use crate::domain::shared::language::Lang;
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::results::Results;

#[cfg(test)]
mod tests;

/// Names the canonical text's layout: a change to it gives other codes.
const FORMAT: &str = "savoir-certificate/1";

/// The longest name kept, in characters (as result files keep it).
pub const NAME_LIMIT: usize = 80;

/// What a certificate is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every module of the course, each at its own pass mark.
    Course,
    /// An accepted assignment, at its pass mark.
    Assignment {
        id: String,
        /// The trainer's name, as the link gave it.
        by: String,
        group: String,
    },
}

/// A module the certificate lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassedModule {
    pub module: String,
    /// The best score of its finished attempts, in percent.
    pub best: u8,
    /// When an attempt first reached the pass mark, milliseconds since 1970.
    pub passed: u64,
}

/// What a certificate certifies: everything but the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub scope: Scope,
    pub modules: Vec<PassedModule>,
    /// Single lessons an assignment asked for, read to the end, as
    /// `<module>/<lesson>`.
    pub lessons: Vec<String>,
    /// The interface languages the certified modules' finished attempts
    /// were answered in, English first.
    pub languages: Vec<Lang>,
}

/// What stands between a learner and a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    /// A module not yet passed: its best score so far, if any, and the mark.
    Module {
        module: String,
        best: Option<u8>,
        pass_mark: u8,
    },
    /// A lesson the assignment asks for, not yet read to the end.
    Lesson { module: String, lesson: String },
}

/// A finished attempt, as progress and result files both keep it.
#[derive(Debug, Clone, Copy)]
pub struct Graded<'a> {
    pub finished: u64,
    pub percent: u8,
    pub languages: &'a [Lang],
}

impl<'a> Graded<'a> {
    /// An attempt as kept, if it was finished (and so graded).
    fn of(finished: Option<u64>, percent: Option<u8>, languages: &'a [Lang]) -> Option<Graded<'a>> {
        Some(Graded {
            finished: finished?,
            percent: percent?,
            languages,
        })
    }
}

/// What a certificate asks for, and where the attempts come from.
struct Requirements<'r, 'a> {
    scope: Scope,
    /// Module id and its pass mark.
    modules: Vec<(String, u8)>,
    /// Module id, lesson id, and whether it was read to the end.
    lessons: Vec<(String, String, bool)>,
    attempts: &'r dyn Fn(&str) -> Vec<Graded<'a>>,
}

/// Either the facts, or what is missing (in the order asked for).
fn certify(required: Requirements<'_, '_>) -> Result<Facts, Vec<Missing>> {
    let mut missing = Vec::new();
    let mut modules = Vec::new();
    let mut languages: Vec<Lang> = Vec::new();
    for (module, pass_mark) in &required.modules {
        let attempts = (required.attempts)(module);
        let best = attempts.iter().map(|a| a.percent).max();
        let passed = attempts
            .iter()
            .filter(|a| a.percent >= *pass_mark)
            .map(|a| a.finished)
            .min();
        for lang in attempts.iter().flat_map(|a| a.languages) {
            if !languages.contains(lang) {
                languages.push(*lang);
            }
        }
        match (best, passed) {
            (Some(best), Some(passed)) => modules.push(PassedModule {
                module: module.clone(),
                best,
                passed,
            }),
            _ => missing.push(Missing::Module {
                module: module.clone(),
                best,
                pass_mark: *pass_mark,
            }),
        }
    }
    let mut lessons = Vec::new();
    for (module, lesson, read) in required.lessons {
        if read {
            lessons.push(format!("{module}/{lesson}"));
        } else {
            missing.push(Missing::Lesson { module, lesson });
        }
    }
    if modules.is_empty() && lessons.is_empty() && missing.is_empty() {
        // Nothing asked (an empty course): nothing to certify.
        return Err(missing);
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    languages.sort_by_key(|l| Lang::ALL.iter().position(|x| x == l));
    Ok(Facts {
        scope: required.scope,
        modules,
        lessons,
        languages,
    })
}

fn graded_progress<'a>(progress: &'a Progress) -> impl Fn(&str) -> Vec<Graded<'a>> + 'a {
    move |module| {
        progress
            .attempts
            .values()
            .filter(|a| a.module == module)
            .filter_map(|a| Graded::of(a.finished, a.percent, &a.languages))
            .collect()
    }
}

/// A result file's finished attempts up to `until` (milliseconds since 1970).
fn graded_results<'a>(results: &'a Results, until: u64) -> impl Fn(&str) -> Vec<Graded<'a>> + 'a {
    move |module| {
        results
            .modules
            .iter()
            .filter(|m| m.module == module)
            .flat_map(|m| &m.attempts)
            .filter_map(|a| Graded::of(a.finished, a.percent, &a.languages))
            .filter(|a| a.finished <= until)
            .collect()
    }
}

/// What an assignment asks for: its modules at its pass mark, and its
/// single lessons (`read` says which were read to the end).
fn for_assignment<'r, 'a>(
    assignment: &Assignment,
    read: impl Fn(&str, &str) -> bool,
    attempts: &'r dyn Fn(&str) -> Vec<Graded<'a>>,
) -> Requirements<'r, 'a> {
    Requirements {
        scope: Scope::Assignment {
            id: assignment.id.clone(),
            by: assignment.by.clone(),
            group: assignment.group.clone(),
        },
        modules: assignment
            .modules
            .iter()
            .map(|m| (m.clone(), assignment.pass_mark))
            .collect(),
        lessons: assignment
            .lessons
            .iter()
            .filter_map(|key| {
                let (m, l) = key.split_once('/')?;
                Some((m.to_owned(), l.to_owned(), read(m, l)))
            })
            .collect(),
        attempts,
    }
}

/// What the whole course asks for: every module at its own pass mark.
fn for_course<'r, 'a>(
    catalog: &Catalog,
    attempts: &'r dyn Fn(&str) -> Vec<Graded<'a>>,
) -> Requirements<'r, 'a> {
    Requirements {
        scope: Scope::Course,
        modules: catalog
            .modules
            .iter()
            .map(|m| (m.id.clone(), m.pass_mark))
            .collect(),
        lessons: Vec::new(),
        attempts,
    }
}

/// The whole course's certificate from the learner's progress.
pub fn of_course(progress: &Progress, catalog: &Catalog) -> Result<Facts, Vec<Missing>> {
    certify(for_course(catalog, &graded_progress(progress)))
}

/// An accepted assignment's certificate from the learner's progress.
pub fn of_assignment(progress: &Progress, assignment: &Assignment) -> Result<Facts, Vec<Missing>> {
    let read = |m: &str, l: &str| progress.lesson(m, l).is_complete();
    certify(for_assignment(assignment, read, &graded_progress(progress)))
}

/// Every certificate a result file supports: its assignment's, and the
/// whole course's when the file covers every module of `catalog`; each as
/// it stood after every finished attempt the file holds. A certificate made
/// before the learner studied further (a better score, an attempt in the
/// other language) still matches the later file: its facts are those the
/// file gives up to the attempt it was made after.
pub fn of_results(results: &Results, catalog: &Catalog) -> Vec<Facts> {
    let read = |m: &str, l: &str| {
        results
            .lessons
            .iter()
            .any(|r| r.module == m && r.lesson == l && r.status.done())
    };
    let covered = catalog
        .modules
        .iter()
        .all(|m| results.modules.iter().any(|r| r.module == m.id));
    let mut times: Vec<u64> = results
        .modules
        .iter()
        .flat_map(|m| &m.attempts)
        .filter_map(|a| a.finished)
        .collect();
    times.sort_unstable();
    times.dedup();
    // A lessons-only assignment has no attempt: certified as it stands.
    if times.is_empty() {
        times.push(u64::MAX);
    }
    let mut out: Vec<Facts> = Vec::new();
    for until in times {
        let attempts = graded_results(results, until);
        let mut found: Vec<Facts> = certify(for_assignment(&results.assignment, read, &attempts))
            .into_iter()
            .collect();
        if covered {
            found.extend(certify(for_course(catalog, &attempts)));
        }
        for facts in found {
            if !out.contains(&facts) {
                out.push(facts);
            }
        }
    }
    out
}

/// A name as typed, for showing: spaces trimmed and runs of white space
/// made one, at most [`NAME_LIMIT`] characters.
pub fn display_name(typed: &str) -> String {
    let joined = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.chars().take(NAME_LIMIT).collect()
}

/// A verification code: 60 bits, written as three groups of four
/// characters of Crockford's base 32 (no I, L, O or U), `7KQ2-M9XA-3TBW`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code(u64);

const DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl Code {
    /// Reads a code as a person might type it: any case, with or without
    /// hyphens and spaces, O for 0 and I or L for 1. `None` if it is not 12
    /// such characters.
    pub fn parse(text: &str) -> Option<Code> {
        let mut value = 0u64;
        let mut count = 0;
        for c in text.chars().filter(|c| !matches!(c, '-' | ' ' | '\u{a0}')) {
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let digit = DIGITS.iter().position(|d| char::from(*d) == c)?;
            value = (value << 5) | digit as u64;
            count += 1;
            if count > 12 {
                return None;
            }
        }
        (count == 12).then_some(Code(value))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for n in 0..12 {
            if n > 0 && n % 4 == 0 {
                f.write_str("-")?;
            }
            let digit = (self.0 >> (55 - 5 * n)) & 31;
            write!(f, "{}", char::from(DIGITS[digit as usize]))?;
        }
        Ok(())
    }
}

impl Facts {
    /// The canonical text the code is computed over: one JSON array, each
    /// fact in a fixed place. The name counts without regard to case or
    /// spacing, so that a trainer may type it as they read it.
    pub fn canonical(&self, course: &str, name: &str) -> String {
        let name = display_name(name).to_lowercase();
        let scope = match &self.scope {
            Scope::Course => serde_json::json!(["course"]),
            Scope::Assignment { id, by, group } => serde_json::json!(["assignment", id, by, group]),
        };
        let modules: Vec<_> = self
            .modules
            .iter()
            .map(|m| serde_json::json!([m.module, m.best, m.passed]))
            .collect();
        let languages: Vec<&str> = self.languages.iter().map(|l| l.tag()).collect();
        serde_json::json!([
            FORMAT,
            course,
            name,
            scope,
            modules,
            self.lessons,
            languages
        ])
        .to_string()
    }

    /// The verification code of this certificate with `name` on it.
    pub fn code(&self, course: &str, name: &str) -> Code {
        Code(fnv1a(&self.canonical(course, name)) >> 4)
    }
}

/// What a dashboard found for a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Which loaded result file (its index) gave the code.
    pub file: usize,
    pub scope: Scope,
}

/// The result files, among `files`, whose results give `code` with the
/// name on the certificate: `name` if one is typed, else the name the
/// learner signed the file with.
pub fn verify(files: &[Results], catalog: &Catalog, code: Code, name: &str) -> Vec<Match> {
    let mut found = Vec::new();
    for (n, results) in files.iter().enumerate() {
        let name = if display_name(name).is_empty() {
            results.learner.name.as_str()
        } else {
            name
        };
        for facts in of_results(results, catalog) {
            if facts.code(&catalog.course_id, name) == code {
                found.push(Match {
                    file: n,
                    scope: facts.scope,
                });
            }
        }
    }
    found
}
