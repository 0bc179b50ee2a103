//! What a compiled course holds, counted for authors (`validate-lessons`)
//! and for reports.

use crate::authoring::course::CompiledCourse;
use crate::authoring::fluent::plain_text;
use fluent_syntax::ast;
use std::collections::BTreeMap;

/// Counts of what a course holds, for authors and for reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CourseStats {
    pub modules: usize,
    pub lessons: usize,
    pub questions_by_kind: BTreeMap<&'static str, usize>,
    /// Words of learner-visible text (lessons and checkpoints), per language.
    pub words_en: usize,
    pub words_fr: usize,
}

/// Words in the message values of a Fluent source: runs of characters that
/// hold at least one letter or digit.
pub fn word_count(source: &str) -> usize {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => m.value.as_ref().map(plain_text),
            _ => None,
        })
        .map(|text| {
            text.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

pub fn stats(course: &CompiledCourse) -> CourseStats {
    let mut stats = CourseStats {
        modules: course.modules.len(),
        lessons: course.lessons.len(),
        ..CourseStats::default()
    };
    for m in &course.modules {
        for q in &m.module.checkpoint.questions {
            *stats.questions_by_kind.entry(q.kind.id()).or_default() += 1;
        }
    }
    let texts = course
        .modules
        .iter()
        .map(|m| &m.text)
        .chain(course.lessons.iter().map(|l| &l.text));
    for t in texts {
        stats.words_en += word_count(&t.en);
        stats.words_fr += word_count(&t.fr);
    }
    stats
}
