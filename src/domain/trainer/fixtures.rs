//! A small course for the trainer's domain tests: modules of four
//! true-or-false questions, `q1` to `q4`, all answered "true" when right.

use crate::domain::content::catalog::{Catalog, LessonSummary, Level, Localized, ModuleSummary};
use crate::domain::content::lesson::{Checkpoint, Question, QuestionKind};
use crate::domain::learner::quiz::Attempt;
use crate::domain::learner::scoring::Answer;
use crate::domain::shared::language::Lang;

const QUESTIONS: [&str; 4] = ["q1", "q2", "q3", "q4"];

/// A module of these `lessons`, passed at `pass_mark`.
pub fn module(id: &str, pass_mark: u8, lessons: &[&str]) -> ModuleSummary {
    ModuleSummary {
        id: id.into(),
        title: Localized::default(),
        summary: Localized::default(),
        level: Level::Introductory,
        duration_minutes: 10,
        question_count: 4,
        pass_mark,
        lessons: lessons
            .iter()
            .map(|l| LessonSummary {
                id: (*l).into(),
                title: Localized::default(),
                level: Level::Introductory,
                duration_minutes: 5,
            })
            .collect(),
        questions: QUESTIONS.map(String::from).to_vec(),
    }
}

/// A course of these modules.
pub fn catalog(modules: Vec<ModuleSummary>) -> Catalog {
    Catalog {
        course_id: "course".into(),
        title: Localized::default(),
        summary: Localized::default(),
        tracks: Vec::new(),
        modules,
    }
}

/// Every module's checkpoint, passed at `pass_mark`.
pub fn checkpoint(pass_mark: u8) -> Checkpoint {
    let q = |id: &str| Question {
        id: id.into(),
        kind: QuestionKind::TrueFalse { answer: true },
    };
    Checkpoint {
        pass_mark,
        questions: QUESTIONS.map(q).to_vec(),
        draw: None,
    }
}

/// An attempt at `module` started at `started`, with `right` of its 4
/// answers right, given in `lang`; not finished.
pub fn answered(module: &str, started: u64, right: usize, lang: Lang) -> Attempt {
    let mut attempt = Attempt::new(module, 1, started);
    for (i, q) in QUESTIONS.iter().enumerate() {
        attempt.answer(q, Answer::TrueFalse(i < right), lang);
    }
    attempt
}

/// The same, finished a minute after it started.
pub fn finished(module: &str, started: u64, right: usize, lang: Lang) -> Attempt {
    let mut attempt = answered(module, started, right, lang);
    attempt.finish(&checkpoint(50), started + 60_000);
    attempt
}
