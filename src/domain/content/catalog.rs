//! The course index: the small summary of a course that the app starts with.
//! Lesson bodies are not part of it; they are loaded when opened.

use crate::domain::shared::language::Lang;
use serde::{Deserialize, Serialize};

/// A text given in every supported language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub en: String,
    pub fr: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// How demanding a module or lesson is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Introductory,
    Intermediate,
    Advanced,
}

impl Level {
    /// The message id of the level's display name in the interface locales.
    pub fn message_id(self) -> &'static str {
        match self {
            Level::Introductory => "level-introductory",
            Level::Intermediate => "level-intermediate",
            Level::Advanced => "level-advanced",
        }
    }
}

/// One lesson as listed in its module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonSummary {
    pub id: String,
    pub title: Localized,
    pub level: Level,
    pub duration_minutes: u32,
}

/// One module as listed on the home page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleSummary {
    pub id: String,
    pub title: Localized,
    pub summary: Localized,
    pub level: Level,
    /// The sum of its lessons' durations.
    pub duration_minutes: u32,
    pub question_count: u32,
    /// Percent of the checkpoint's maximum score needed to pass.
    pub pass_mark: u8,
    pub lessons: Vec<LessonSummary>,
    /// The ids of its checkpoint's questions, the whole pool: so that
    /// review can leave out a question the course no longer has without
    /// fetching the checkpoint.
    #[serde(default)]
    pub questions: Vec<String>,
}

/// A track (category) lessons belong to, such as "Standards logic".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Track {
    pub id: String,
    pub name: Localized,
}

/// The course index compiled into the app: titles and metadata only, never
/// lesson bodies, which are fetched when a lesson is opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub course_id: String,
    pub title: Localized,
    pub summary: Localized,
    pub tracks: Vec<Track>,
    pub modules: Vec<ModuleSummary>,
}

impl Catalog {
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty()
    }

    pub fn module(&self, id: &str) -> Option<&ModuleSummary> {
        self.modules.iter().find(|m| m.id == id)
    }

    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }
}

/// Ids separated by single spaces, as the generated course index keeps a
/// module's question ids (ids never hold spaces); none for an empty text.
pub fn ids(text: &str) -> Vec<String> {
    text.split(' ')
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect()
}

impl ModuleSummary {
    /// The lessons before and after `lesson` within this module. `None` at
    /// either end, where the way on is the module's own page (its overview
    /// before the first lesson, its checkpoint after the last).
    pub fn neighbours(&self, lesson: &str) -> (Option<&LessonSummary>, Option<&LessonSummary>) {
        let Some(at) = self.lessons.iter().position(|l| l.id == lesson) else {
            return (None, None);
        };
        let before = at.checked_sub(1).and_then(|i| self.lessons.get(i));
        (before, self.lessons.get(at + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_stay_within_the_module() {
        let lesson = |id: &str| LessonSummary {
            id: id.into(),
            title: Localized::default(),
            level: Level::Introductory,
            duration_minutes: 5,
        };
        let module = ModuleSummary {
            id: "m".into(),
            title: Localized::default(),
            summary: Localized::default(),
            level: Level::Introductory,
            duration_minutes: 15,
            question_count: 3,
            pass_mark: 70,
            lessons: vec![lesson("a"), lesson("b"), lesson("c")],
            questions: Vec::new(),
        };
        let ids = |(p, n): (Option<&LessonSummary>, Option<&LessonSummary>)| {
            (p.map(|l| l.id.clone()), n.map(|l| l.id.clone()))
        };
        assert_eq!(ids(module.neighbours("a")), (None, Some("b".into())));
        assert_eq!(
            ids(module.neighbours("b")),
            (Some("a".into()), Some("c".into()))
        );
        assert_eq!(ids(module.neighbours("c")), (Some("b".into()), None));
        assert_eq!(ids(module.neighbours("zz")), (None, None));
    }
}
