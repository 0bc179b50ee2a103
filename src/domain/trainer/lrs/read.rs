//! Reads an assignment's statements back from an LRS into the same
//! [`Results`] a result file gives, so that the class dashboard builds its
//! grid, charts and CSV the same way from either.
//!
//! Only what the statements say is used: per learner (the actor's account),
//! each checkpoint attempt (grouped by the attempt extension): its start
//! (`attempted`), its answers (`answered`, with the credit as score), its
//! end (`passed` or `failed`, with score, duration and the questions
//! drawn); answers in spaced review; lessons `completed`. An answer comes
//! back as the response text the LRS holds (the dashboard only counts
//! whether it was right). Statuses are computed again from scores, as for
//! files.

use crate::domain::content::catalog::Catalog;
use crate::domain::learner::scoring::Answer;
use crate::domain::shared::language::Lang;
use crate::domain::trainer::assigned::{Signature, Status};
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::class::Class;
use crate::domain::trainer::results::{
    AnswerResult, AttemptResult, LessonResult, ModuleResult, Results, ReviewResult,
    MAX_ATTEMPT_SECONDS,
};
use crate::domain::trainer::xapi::{ASKED_EXTENSION, ATTEMPT_EXTENSION, CONTEXT_EXTENSION};
use serde_json::Value;
use std::collections::BTreeMap;

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Milliseconds since 1970 of an ISO 8601 timestamp with a time zone, as
/// LRSs write them (`2026-12-01T10:00:00.25Z`, `…T11:00:00+01:00`).
pub fn parse_timestamp(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    let digits = |from: usize, len: usize| -> Option<i64> {
        let part = text.get(from..from + len)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (y, mo, d) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
    let (h, mi, s) = (digits(11, 2)?, digits(14, 2)?, digits(17, 2)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let mut rest = &text[19..];
    let mut ms = 0i64;
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        let first3: String = fraction[..n].chars().chain("000".chars()).take(3).collect();
        ms = first3.parse().ok()?;
        rest = &fraction[n..];
    }
    let offset_minutes = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (oh, om) = match rest.len() {
                6 if rest.as_bytes()[3] == b':' => (rest.get(1..3)?, rest.get(4..6)?),
                5 => (rest.get(1..3)?, rest.get(3..5)?),
                _ => return None,
            };
            let (oh, om): (i64, i64) = (oh.parse().ok()?, om.parse().ok()?);
            sign * (oh * 60 + om)
        }
    };
    let days = days_from_civil(y, mo as u32, d as u32);
    let total = ((days * 24 + h) * 60 + mi - offset_minutes) * 60_000 + s * 1000 + ms;
    u64::try_from(total).ok()
}

/// Whole seconds of an ISO 8601 duration of hours, minutes and seconds
/// (what a `passed` statement carries), at most a week.
pub fn parse_duration(text: &str) -> Option<u64> {
    let rest = text.strip_prefix("PT")?;
    let mut total = 0f64;
    let mut number = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            'H' | 'M' | 'S' => {
                let n: f64 = number.parse().ok()?;
                total += n * match c {
                    'H' => 3600.0,
                    'M' => 60.0,
                    _ => 1.0,
                };
                number.clear();
            }
            _ => return None,
        }
    }
    number
        .is_empty()
        .then(|| (total as u64).min(MAX_ATTEMPT_SECONDS))
}

/// The address of the next page of statements: the LRS's `more`, only if
/// it stays on the endpoint's own origin (the read key goes with it).
pub fn next_page(endpoint: &str, more: &str) -> Option<String> {
    let more = more.trim();
    if more.is_empty() {
        return None;
    }
    let (scheme, rest) = endpoint.split_once("://")?;
    let host = rest.split('/').next()?;
    let origin = format!("{scheme}://{host}");
    if more.starts_with('/') && !more.starts_with("//") {
        Some(format!("{origin}{more}"))
    } else if more.starts_with(&format!("{origin}/")) {
        Some(more.to_owned())
    } else {
        None
    }
}

/// What follows `/xapi/` in one of Savoir's IRIs.
fn local(iri: &str) -> Option<&str> {
    iri.split_once("/xapi/").map(|(_, rest)| rest)
}

/// The value of an extension of Savoir's, whatever the site's origin.
fn extension<'v>(extensions: Option<&'v Value>, name: &str) -> Option<&'v Value> {
    extensions?
        .as_object()?
        .iter()
        .find(|(k, _)| local(k) == Some(name))
        .map(|(_, v)| v)
}

/// One statement, as much of it as reading needs.
struct Seen<'s> {
    learner: &'s str,
    name: &'s str,
    verb: &'s str,
    object: &'s str,
    at: u64,
    statement: &'s Value,
}

impl<'s> Seen<'s> {
    fn of(s: &'s Value) -> Option<Seen<'s>> {
        let str_at = |p: &str| s.pointer(p).and_then(Value::as_str);
        Some(Seen {
            learner: str_at("/actor/account/name")?,
            name: str_at("/actor/name").unwrap_or(""),
            verb: str_at("/verb/id")?.rsplit('/').next()?,
            object: local(str_at("/object/id")?)?,
            at: parse_timestamp(str_at("/timestamp")?)?,
            statement: s,
        })
    }

    fn context_extension(&self, name: &str) -> Option<&'s str> {
        extension(self.statement.pointer("/context/extensions"), name)?.as_str()
    }

    fn number(&self, pointer: &str) -> Option<f64> {
        self.statement.pointer(pointer).and_then(Value::as_f64)
    }

    fn language(&self) -> Option<Lang> {
        let tag = self.statement.pointer("/context/language")?.as_str()?;
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }
}

/// One learner's results for `assignment` from their statements.
fn learner_results(
    seen: &[Seen],
    assignment: &Assignment,
    catalog: &Catalog,
    today: &str,
) -> Option<Results> {
    let first = seen.first()?;
    let learner = Signature {
        id: first.learner.to_owned(),
        // The latest name the learner gave.
        name: seen.iter().max_by_key(|s| s.at)?.name.to_owned(),
        named: 0,
    };
    let mut modules = Vec::new();
    let mut lessons = Vec::new();
    let mut languages: Vec<Lang> = Vec::new();
    let lesson = |module: &str, lesson: &str| {
        let object = format!("activities/modules/{module}/lessons/{lesson}");
        let done = seen
            .iter()
            .filter(|s| s.verb == "completed" && s.object == object)
            .map(|s| s.at)
            .max();
        LessonResult {
            module: module.to_owned(),
            lesson: lesson.to_owned(),
            status: if done.is_some() {
                Status::Completed
            } else {
                Status::NotStarted
            },
            updated: done.unwrap_or(0),
        }
    };
    for module in &assignment.modules {
        let checkpoint = format!("activities/modules/{module}/checkpoint");
        let questions = format!("{checkpoint}/questions/");
        let mut attempts: BTreeMap<&str, AttemptResult> = BTreeMap::new();
        let mut reviews = Vec::new();
        for s in seen {
            let question = s.object.strip_prefix(questions.as_str());
            if s.object != checkpoint && question.is_none() {
                continue;
            }
            if let (Some(q), Some("review")) = (question, s.context_extension(CONTEXT_EXTENSION)) {
                reviews.push(ReviewResult {
                    question: q.to_owned(),
                    at: s.at,
                    right: s.statement.pointer("/result/success") == Some(&Value::Bool(true)),
                });
                continue;
            }
            let Some(id) = s.context_extension(ATTEMPT_EXTENSION) else {
                continue;
            };
            let attempt = attempts.entry(id).or_insert_with(|| AttemptResult {
                id: id.to_owned(),
                started: s.at,
                finished: None,
                percent: None,
                languages: Vec::new(),
                seconds: 0,
                asked: Vec::new(),
                answers: Vec::new(),
            });
            if let Some(lang) = s.language() {
                if !attempt.languages.contains(&lang) {
                    attempt.languages.push(lang);
                }
            }
            match (s.verb, question) {
                ("attempted", None) => attempt.started = s.at,
                ("passed" | "failed", None) => {
                    attempt.finished = Some(s.at);
                    attempt.percent = s
                        .number("/result/score/raw")
                        .map(|p| p.clamp(0.0, 100.0).round() as u8);
                    attempt.seconds = s
                        .statement
                        .pointer("/result/duration")
                        .and_then(Value::as_str)
                        .and_then(parse_duration)
                        .unwrap_or(0);
                    let asked =
                        extension(s.statement.pointer("/result/extensions"), ASKED_EXTENSION);
                    attempt.asked = asked
                        .and_then(Value::as_array)
                        .map(|qs| {
                            qs.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_owned)
                                .collect()
                        })
                        .unwrap_or_default();
                }
                ("answered", Some(q)) if !attempt.answers.iter().any(|a| a.question == q) => {
                    let response = s
                        .statement
                        .pointer("/result/response")
                        .and_then(Value::as_str);
                    attempt.answers.push(AnswerResult {
                        question: q.to_owned(),
                        answer: Answer::Text(response.unwrap_or_default().to_owned()),
                        credit: s.number("/result/score/raw").unwrap_or(0.0).clamp(0.0, 1.0),
                    });
                }
                _ => {}
            }
        }
        let mut attempts: Vec<AttemptResult> = attempts.into_values().collect();
        attempts.sort_by_key(|a| a.started);
        // By question id, as progress keeps them.
        for a in &mut attempts {
            a.answers.sort_by(|x, y| x.question.cmp(&y.question));
        }
        reviews.sort_by_key(|r: &ReviewResult| r.at);
        for lang in attempts.iter().flat_map(|a| &a.languages) {
            if !languages.contains(lang) {
                languages.push(*lang);
            }
        }
        let finished = attempts.iter().filter(|a| a.finished.is_some());
        let best = finished.clone().filter_map(|a| a.percent).max();
        let last = finished.max_by_key(|a| a.finished).and_then(|a| a.percent);
        let status = match best {
            Some(b) if b >= assignment.pass_mark => Status::Passed,
            Some(_) => Status::Failed,
            None if attempts.is_empty() => Status::NotStarted,
            None => Status::InProgress,
        };
        modules.push(ModuleResult {
            module: module.clone(),
            status,
            best,
            last,
            attempts,
            reviews,
        });
        for l in catalog.module(module).map_or(&[][..], |m| &m.lessons) {
            lessons.push(lesson(module, &l.id));
        }
    }
    for key in &assignment.lessons {
        if let Some((m, l)) = key.split_once('/') {
            lessons.push(lesson(m, l));
        }
    }
    let seconds = modules
        .iter()
        .flat_map(|m| &m.attempts)
        .fold(0u64, |sum, a| sum.saturating_add(a.seconds));
    let mut results = Results {
        learner,
        assignment: assignment.clone(),
        exported: seen.iter().map(|s| s.at).max().unwrap_or(0),
        on: today.to_owned(),
        status: Status::NotStarted,
        modules,
        lessons,
        seconds,
        languages,
    };
    results.status = Class::overall(&results, today);
    Some(results)
}

/// Each learner's results for `assignment`, from the statements an LRS
/// gave for its registration (others are left out), in the order the
/// learners first appear.
pub fn results(
    statements: &[Value],
    assignment: &Assignment,
    catalog: &Catalog,
    today: &str,
) -> Vec<Results> {
    let ours = |s: &&Value| {
        // (xAPI's UUIDs may come back in upper case.)
        s.pointer("/context/registration")
            .and_then(Value::as_str)
            .is_some_and(|r| r.eq_ignore_ascii_case(&assignment.id))
    };
    let mut by_learner: Vec<(String, Vec<Seen>)> = Vec::new();
    for seen in statements.iter().filter(ours).filter_map(Seen::of) {
        match by_learner.iter_mut().find(|(l, _)| l == seen.learner) {
            Some((_, list)) => list.push(seen),
            None => by_learner.push((seen.learner.to_owned(), vec![seen])),
        }
    }
    by_learner
        .iter()
        .filter_map(|(_, seen)| learner_results(seen, assignment, catalog, today))
        .collect()
}

#[cfg(test)]
mod tests;
