//! The structure of modules, lessons and questions: ids, kinds and answer
//! keys. Every word a learner reads lives in Fluent text beside it, under
//! message ids derived from these ids (see lessons/README.md).
//!
//! This file is also compiled into `build.rs` (which turns `lessons/` into
//! these types), so it names only what `build.rs` compiles too, by the
//! library's paths (`crate::domain::content::catalog`), which `build.rs`
//! recreates.

use crate::domain::content::catalog::Level;
use serde::{Deserialize, Serialize};

/// The kind of a callout, which sets its styling and its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalloutKind {
    Tip,
    Warning,
    KeyPoint,
}

impl CalloutKind {
    pub fn from_id(id: &str) -> Option<CalloutKind> {
        match id {
            "tip" => Some(CalloutKind::Tip),
            "warning" => Some(CalloutKind::Warning),
            "key-point" => Some(CalloutKind::KeyPoint),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Callout {
    pub id: String,
    pub kind: CalloutKind,
}

/// One correct pair of a matching question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub left: String,
    pub right: String,
}

/// An item of a categorising question and the category it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Categorised {
    pub id: String,
    pub category: String,
}

/// Accepted free-text answers, per language. A learner's answer is checked
/// against both lists whatever the interface language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    pub en: Vec<String>,
    pub fr: Vec<String>,
}

/// What a question asks and its answer key.
///
/// Serialised externally tagged (`{"single-choice": {...}}`): internally
/// tagged or flattened enums make serde buffer every value, which costs the
/// app tens of kilobytes of wasm for no gain on machine-written JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    SingleChoice {
        options: Vec<String>,
        correct: String,
    },
    MultipleChoice {
        options: Vec<String>,
        correct: Vec<String>,
    },
    TrueFalse {
        answer: bool,
    },
    ShortText {
        accept: Accepted,
    },
    Matching {
        pairs: Vec<Pair>,
    },
    Ordering {
        items: Vec<String>,
    },
    Categorising {
        categories: Vec<String>,
        items: Vec<Categorised>,
    },
}

impl QuestionKind {
    /// The kind's id as written in TOML.
    pub fn id(&self) -> &'static str {
        match self {
            QuestionKind::SingleChoice { .. } => "single-choice",
            QuestionKind::MultipleChoice { .. } => "multiple-choice",
            QuestionKind::TrueFalse { .. } => "true-false",
            QuestionKind::ShortText { .. } => "short-text",
            QuestionKind::Matching { .. } => "matching",
            QuestionKind::Ordering { .. } => "ordering",
            QuestionKind::Categorising { .. } => "categorising",
        }
    }
}

/// A checkpoint question, or a lesson's exercise (whose id is `exercise`).
/// `id` is also the prefix of its Fluent messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
}

impl Question {
    /// Every Fluent message this question's text needs, required ones first
    /// flag: `(id, required)`.
    pub fn messages(&self) -> Vec<(String, bool)> {
        let q = &self.id;
        let mut out = vec![(q.clone(), true), (format!("{q}-explanation"), true)];
        match &self.kind {
            QuestionKind::SingleChoice { options, .. }
            | QuestionKind::MultipleChoice { options, .. } => {
                for o in options {
                    out.push((format!("{q}-option-{o}"), true));
                    out.push((format!("{q}-option-{o}-feedback"), false));
                }
            }
            QuestionKind::TrueFalse { .. } | QuestionKind::ShortText { .. } => {}
            QuestionKind::Matching { pairs } => {
                for p in pairs {
                    out.push((format!("{q}-left-{}", p.left), true));
                    out.push((format!("{q}-right-{}", p.right), true));
                }
            }
            QuestionKind::Ordering { items } => {
                for i in items {
                    out.push((format!("{q}-item-{i}"), true));
                }
            }
            QuestionKind::Categorising { categories, items } => {
                for c in categories {
                    out.push((format!("{q}-category-{c}"), true));
                }
                for i in items {
                    out.push((format!("{q}-item-{}", i.id), true));
                }
            }
        }
        out
    }
}

/// A module's checkpoint quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Percent of the maximum score needed to pass, 1 to 100.
    pub pass_mark: u8,
    /// The pool the questions of each attempt are drawn from.
    pub questions: Vec<Question>,
    /// How many questions an attempt asks; all of them when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draw: Option<usize>,
}

impl Checkpoint {
    /// How many questions an attempt asks.
    pub fn asked(&self) -> usize {
        self.draw
            .unwrap_or(self.questions.len())
            .min(self.questions.len())
    }

    /// The question with this id, if the pool has it.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// A module: its lessons in order, and its checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Module {
    pub id: String,
    pub level: Level,
    pub lessons: Vec<String>,
    pub checkpoint: Checkpoint,
}

impl Module {
    /// Every Fluent message the module's text needs: `(id, required)`.
    pub fn messages(&self) -> Vec<(String, bool)> {
        let mut out = vec![("title".to_owned(), true), ("summary".to_owned(), true)];
        for q in &self.checkpoint.questions {
            out.extend(q.messages());
        }
        out
    }
}

/// A diagram shown at the end of one of the lesson's blocks: plain SVG whose
/// every text is a label filled from the lesson's Fluent text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    /// The block it is shown in.
    pub block: String,
    /// The drawing, checked and rewritten by the validator.
    pub svg: String,
    /// Its label ids (`figure-<id>-label-<label>`), in document order.
    pub labels: Vec<String>,
}

impl Figure {
    /// Every Fluent message the figure needs.
    pub fn messages(&self) -> Vec<String> {
        let id = &self.id;
        let mut out = vec![
            format!("figure-{id}-caption"),
            format!("figure-{id}-description"),
        ];
        out.extend(self.labels.iter().map(|l| format!("figure-{id}-label-{l}")));
        out
    }
}

/// A lesson: metadata, the ids of its parts, and its exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub module_id: String,
    pub track: String,
    pub level: Level,
    pub duration_minutes: u32,
    pub blocks: Vec<String>,
    pub examples: Vec<String>,
    pub callouts: Vec<Callout>,
    pub exercise: Question,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// The controls of ISO/IEC 27002 it teaches, from `lessons/controls/`,
    /// each linked to its page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<ControlRef>,
}

/// A control a lesson teaches: its number and its name in every language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlRef {
    pub number: String,
    pub name: crate::domain::content::catalog::Localized,
}

/// The fixed parts every lesson has, in reading order.
pub const LESSON_PARTS: [&str; 6] = [
    "title",
    "overview",
    "explanation",
    "practical-example",
    "prompt",
    "prompt-guidance",
];

impl Lesson {
    /// Every Fluent message the lesson's text needs: `(id, required)`.
    pub fn messages(&self) -> Vec<(String, bool)> {
        let mut out: Vec<(String, bool)> = LESSON_PARTS
            .iter()
            .map(|p| ((*p).to_owned(), true))
            .collect();
        for b in &self.blocks {
            out.push((format!("block-{b}-heading"), true));
            out.push((format!("block-{b}-body"), true));
        }
        for e in &self.examples {
            out.push((format!("example-{e}"), true));
        }
        for c in &self.callouts {
            out.push((format!("callout-{}-title", c.id), true));
            out.push((format!("callout-{}-body", c.id), true));
        }
        for f in &self.figures {
            out.extend(f.messages().into_iter().map(|m| (m, true)));
        }
        out.extend(self.exercise.messages());
        out
    }
}

/// What the app fetches when a lesson is opened: its structure and its text
/// in every language, so that a language switch needs no further request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonBundle {
    pub lesson: Lesson,
    pub text: Texts,
}

/// What the app fetches when a module's checkpoint is opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleBundle {
    pub module: Module,
    pub text: Texts,
}

/// Fluent sources, one per language.
pub type Texts = crate::domain::content::catalog::Localized;

/// Whether a string is a valid structure id: lower-case ASCII letters,
/// digits and single hyphens, starting with a letter.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Where the built site serves a lesson's bundle, relative to the content root.
pub fn lesson_bundle_path(module_id: &str, lesson_id: &str) -> String {
    format!("{module_id}/{lesson_id}.json")
}

/// Where the release build serves the interface text of the pages fetched
/// when first opened (`locales/<lang>/pages/`), relative to the content
/// root: written by `build.rs`, read by `adapters::i18n::add_page_text`.
pub const INTERFACE_TEXT: &str = "interface.json";

/// Where the built site serves a module's bundle, relative to the content root.
pub fn module_bundle_path(module_id: &str) -> String {
    format!("{module_id}/module.json")
}
