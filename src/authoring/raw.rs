//! The TOML manifests as written (`course.toml`, `module.toml`,
//! `lesson.toml`). Every field is optional, so that a missing one is
//! reported with the others rather than stopping serde at the first; unknown
//! fields are refused, so that a misspelt one is reported too. Spans give
//! each value's line.

use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCourse {
    pub(super) id: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) modules: Vec<Spanned<String>>,
    pub(super) checkpoints: Option<RawPolicy>,
}

/// What every module's question pool must reach (`[checkpoints]`).
#[derive(Deserialize, Default, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPolicy {
    #[serde(default)]
    pub(super) min_pool: usize,
    #[serde(default)]
    pub(super) min_draw: usize,
    #[serde(default)]
    pub(super) min_kinds: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawModule {
    pub(super) id: Option<Spanned<String>>,
    pub(super) level: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) lessons: Vec<Spanned<String>>,
    pub(super) checkpoint: Option<Spanned<RawCheckpoint>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCheckpoint {
    pub(super) pass_mark: Option<Spanned<i64>>,
    pub(super) draw: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLesson {
    pub(super) id: Option<Spanned<String>>,
    pub(super) track: Option<Spanned<String>>,
    pub(super) level: Option<Spanned<String>>,
    pub(super) duration_minutes: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) blocks: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) examples: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) callouts: Vec<Spanned<RawCallout>>,
    pub(super) exercise: Option<Spanned<RawQuestion>>,
    #[serde(default)]
    pub(super) figures: Vec<Spanned<RawFigure>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFigure {
    pub(super) id: Option<Spanned<String>>,
    pub(super) block: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCallout {
    pub(super) id: Option<Spanned<String>>,
    pub(super) kind: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub(super) id: Option<Spanned<String>>,
    pub(super) kind: Option<Spanned<String>>,
    pub(super) options: Option<Vec<Spanned<String>>>,
    pub(super) correct: Option<Vec<Spanned<String>>>,
    pub(super) answer: Option<bool>,
    pub(super) accept: Option<RawAccept>,
    pub(super) pairs: Option<Vec<Spanned<RawPair>>>,
    pub(super) items: Option<Vec<Spanned<RawItem>>>,
    pub(super) categories: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAccept {
    pub(super) en: Option<Vec<String>>,
    pub(super) fr: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPair {
    pub(super) left: Spanned<String>,
    pub(super) right: Spanned<String>,
}

/// An ordering item is a plain id; a categorising item is `{ id, category }`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawItem {
    Plain(String),
    Categorised { id: String, category: String },
}

/// `controls/controls.toml`: the 2013 numbers and the 2022 controls.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawControlSet {
    #[serde(default)]
    pub(super) annex_a_2013: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) control: Vec<Spanned<RawControl>>,
}

/// One `[[control]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawControl {
    pub(super) number: Option<Spanned<String>>,
    pub(super) theme: Option<Spanned<String>>,
    pub(super) new: Option<Spanned<bool>>,
    pub(super) change: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) from: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) control_type: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) properties: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) concepts: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) capabilities: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) domains: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) lessons: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) questions: Vec<Spanned<String>>,
}
