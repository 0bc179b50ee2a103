//! The course index: the small summary of a course that the app starts with.
//! Lesson bodies are not part of it; they are loaded when opened.

use super::language::Lang;
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
