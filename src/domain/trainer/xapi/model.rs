//! The xAPI 1.0.3 statement model, as serialised: only what Savoir writes.

use crate::domain::content::catalog::Localized;
use serde::Serialize;
use std::collections::BTreeMap;

pub(super) const ADL: &str = "http://adlnet.gov/expapi";

/// A language map: the same text in English and French.
#[derive(Serialize, Default)]
pub(super) struct LangMap {
    pub(super) en: String,
    pub(super) fr: String,
}

impl LangMap {
    pub(super) fn is_empty(&self) -> bool {
        self.en.is_empty() && self.fr.is_empty()
    }
}

pub(super) fn both(en: String, fr: String) -> LangMap {
    LangMap { en, fr }
}

pub(super) fn localized(text: &Localized) -> LangMap {
    both(text.en.clone(), text.fr.clone())
}

#[derive(Serialize)]
pub(super) struct Account {
    #[serde(rename = "homePage")]
    pub(super) home_page: String,
    pub(super) name: String,
}

#[derive(Serialize)]
pub(super) struct Actor {
    #[serde(rename = "objectType")]
    pub(super) object_type: &'static str,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub(super) name: String,
    pub(super) account: Account,
}

#[derive(Serialize)]
pub(super) struct Verb {
    pub(super) id: String,
    pub(super) display: LangMap,
}

#[derive(Serialize)]
pub(super) struct Component {
    pub(super) id: String,
    pub(super) description: LangMap,
}

#[derive(Serialize, Default)]
pub(super) struct Definition {
    pub(super) name: LangMap,
    #[serde(skip_serializing_if = "LangMap::is_empty")]
    pub(super) description: LangMap,
    #[serde(rename = "type")]
    pub(super) kind: String,
    #[serde(rename = "interactionType", skip_serializing_if = "Option::is_none")]
    pub(super) interaction: Option<&'static str>,
    #[serde(
        rename = "correctResponsesPattern",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub(super) correct: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) choices: Vec<Component>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) source: Vec<Component>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) target: Vec<Component>,
}

#[derive(Serialize)]
pub(super) struct Activity {
    #[serde(rename = "objectType")]
    pub(super) object_type: &'static str,
    pub(super) id: String,
    pub(super) definition: Definition,
}

#[derive(Serialize)]
pub(super) struct ActivityRef {
    pub(super) id: String,
}

#[derive(Serialize)]
pub(super) struct Score {
    pub(super) scaled: f64,
    pub(super) raw: f64,
    pub(super) min: f64,
    pub(super) max: f64,
}

#[derive(Serialize, Default)]
pub(super) struct Outcome {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) completion: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) response: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) duration: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) extensions: BTreeMap<String, serde_json::Value>,
}

#[derive(Serialize)]
pub(super) struct ContextActivities {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) parent: Vec<ActivityRef>,
    pub(super) grouping: Vec<ActivityRef>,
}

#[derive(Serialize)]
pub(super) struct Context {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) registration: Option<String>,
    #[serde(rename = "contextActivities")]
    pub(super) activities: ContextActivities,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) language: Option<&'static str>,
    pub(super) platform: &'static str,
    pub(super) extensions: BTreeMap<String, String>,
}

/// One xAPI statement.
#[derive(Serialize)]
pub struct Statement {
    pub(super) id: String,
    pub(super) actor: Actor,
    pub(super) verb: Verb,
    pub(super) object: Activity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) result: Option<Outcome>,
    pub(super) context: Context,
    pub(super) timestamp: String,
}

/// The verbs used, from ADL's vocabulary.
#[derive(Debug, Clone, Copy)]
pub(super) enum VerbKind {
    Attempted,
    Answered,
    Completed,
    Passed,
    Failed,
}

impl VerbKind {
    pub(super) fn verb(self) -> Verb {
        let (id, en, fr) = match self {
            VerbKind::Attempted => ("attempted", "attempted", "a tenté"),
            VerbKind::Answered => ("answered", "answered", "a répondu à"),
            VerbKind::Completed => ("completed", "completed", "a terminé"),
            VerbKind::Passed => ("passed", "passed", "a réussi"),
            VerbKind::Failed => ("failed", "failed", "a échoué à"),
        };
        Verb {
            id: format!("{ADL}/verbs/{id}"),
            display: both(en.into(), fr.into()),
        }
    }
}
