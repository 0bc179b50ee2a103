//! Results as xAPI 1.0.3 statements, so that an organisation can feed a
//! learner's result file to any Learning Record Store.
//!
//! For each assigned module, each attempt gives:
//! - `attempted` the checkpoint (at its start);
//! - `answered` for each question answered: a `cmi.interaction` activity
//!   with its choices in English and French, the learner's response in the
//!   interaction's format, and its credit as the scaled score;
//! - `passed` or `failed` once finished, against the assignment's pass mark,
//!   with the score, success, completion and duration.
//!
//! Each lesson completed gives `completed`. Every statement carries the
//! assignment: its id as the registration (when it is a UUID, as the
//! trainer's page makes them) and in an extension, and the assignment as a
//! grouping activity. Activity ids live under the site's origin.

use super::assignment::Assignment;
use super::calendar::{duration, timestamp};
use super::catalog::{Catalog, Localized};
use super::language::Lang;
use super::lesson::{Checkpoint, Question, QuestionKind};
use super::quiz::fnv1a;
use super::results::{AttemptResult, Results};
use super::scoring::Answer;
use serde::Serialize;
use std::collections::BTreeMap;

const ADL: &str = "http://adlnet.gov/expapi";

/// A language map: the same text in English and French.
#[derive(Serialize, Default)]
struct LangMap {
    en: String,
    fr: String,
}

impl LangMap {
    fn is_empty(&self) -> bool {
        self.en.is_empty() && self.fr.is_empty()
    }
}

fn both(en: String, fr: String) -> LangMap {
    LangMap { en, fr }
}

fn localized(text: &Localized) -> LangMap {
    both(text.en.clone(), text.fr.clone())
}

#[derive(Serialize)]
struct Account {
    #[serde(rename = "homePage")]
    home_page: String,
    name: String,
}

#[derive(Serialize)]
struct Actor {
    #[serde(rename = "objectType")]
    object_type: &'static str,
    #[serde(skip_serializing_if = "String::is_empty")]
    name: String,
    account: Account,
}

#[derive(Serialize)]
struct Verb {
    id: String,
    display: LangMap,
}

#[derive(Serialize)]
struct Component {
    id: String,
    description: LangMap,
}

#[derive(Serialize, Default)]
struct Definition {
    name: LangMap,
    #[serde(skip_serializing_if = "LangMap::is_empty")]
    description: LangMap,
    #[serde(rename = "type")]
    kind: String,
    #[serde(rename = "interactionType", skip_serializing_if = "Option::is_none")]
    interaction: Option<&'static str>,
    #[serde(
        rename = "correctResponsesPattern",
        skip_serializing_if = "Vec::is_empty"
    )]
    correct: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    choices: Vec<Component>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    source: Vec<Component>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    target: Vec<Component>,
}

#[derive(Serialize)]
struct Activity {
    #[serde(rename = "objectType")]
    object_type: &'static str,
    id: String,
    definition: Definition,
}

#[derive(Serialize)]
struct ActivityRef {
    id: String,
}

#[derive(Serialize)]
struct Score {
    scaled: f64,
    raw: f64,
    min: f64,
    max: f64,
}

#[derive(Serialize, Default)]
struct Outcome {
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    completion: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    duration: Option<String>,
}

#[derive(Serialize)]
struct ContextActivities {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    parent: Vec<ActivityRef>,
    grouping: Vec<ActivityRef>,
}

#[derive(Serialize)]
struct Context {
    #[serde(skip_serializing_if = "Option::is_none")]
    registration: Option<String>,
    #[serde(rename = "contextActivities")]
    activities: ContextActivities,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'static str>,
    platform: &'static str,
    extensions: BTreeMap<String, String>,
}

/// One xAPI statement.
#[derive(Serialize)]
pub struct Statement {
    id: String,
    actor: Actor,
    verb: Verb,
    object: Activity,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<Outcome>,
    context: Context,
    timestamp: String,
}

/// The verbs used, from ADL's vocabulary.
#[derive(Debug, Clone, Copy)]
enum VerbKind {
    Attempted,
    Answered,
    Completed,
    Passed,
    Failed,
}

impl VerbKind {
    fn verb(self) -> Verb {
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

/// A UUID (version 4 layout) derived from `seed`: the same learner, verb
/// and object always give the same id, so a statement sent twice to a
/// Learning Record Store is recognised as the same statement.
fn derived_uuid(seed: &str) -> String {
    let hi = fnv1a(seed);
    uuid(hi, fnv1a(&format!("{seed}\u{1f}{hi:x}")))
}

/// A UUID in version 4 layout from 128 bits (random ones make a version 4
/// UUID proper: the trainer's page makes assignment ids so).
pub fn uuid(hi: u64, lo: u64) -> String {
    let hi = (hi & !0xf000) | 0x4000;
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

/// Whether `text` is a UUID as xAPI writes them (lower-case hex).
pub fn is_uuid(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit() && !c.is_ascii_uppercase(),
        })
}

/// A response as xAPI writes it for the question's interaction type.
fn response(answer: &Answer) -> String {
    let pairs = |m: &BTreeMap<String, String>| {
        m.iter()
            .map(|(k, v)| format!("{k}[.]{v}"))
            .collect::<Vec<_>>()
            .join("[,]")
    };
    match answer {
        Answer::Single(o) => o.clone(),
        Answer::Multiple(os) | Answer::Ordering(os) => os.join("[,]"),
        Answer::TrueFalse(b) => b.to_string(),
        Answer::Text(t) => t.clone(),
        Answer::Matching(m) | Answer::Categorising(m) => pairs(m),
    }
}

/// Everything the statements are made from.
pub struct Sources<'a> {
    pub catalog: &'a Catalog,
    /// A module's checkpoint, when it could be loaded.
    pub checkpoint: &'a dyn Fn(&str) -> Option<Checkpoint>,
    /// A module's checkpoint text: `(module, language, message id)`.
    pub text: &'a dyn Fn(&str, Lang, &str) -> Option<String>,
    /// The site's origin, such as `https://savoir.example.org`.
    pub origin: &'a str,
}

struct Builder<'a> {
    sources: &'a Sources<'a>,
    results: &'a Results,
}

impl Builder<'_> {
    fn iri(&self, path: &str) -> String {
        format!("{}/xapi/{path}", self.sources.origin.trim_end_matches('/'))
    }

    fn actor(&self) -> Actor {
        Actor {
            object_type: "Agent",
            name: self.results.learner.name.clone(),
            account: Account {
                home_page: self.sources.origin.trim_end_matches('/').to_owned() + "/",
                name: self.results.learner.id.clone(),
            },
        }
    }

    fn activity(&self, path: &str, kind: &str, name: LangMap, description: LangMap) -> Activity {
        Activity {
            object_type: "Activity",
            id: self.iri(&format!("activities/{path}")),
            definition: Definition {
                name,
                description,
                kind: format!("{ADL}/activities/{kind}"),
                ..Definition::default()
            },
        }
    }

    fn assignment_ref(&self) -> ActivityRef {
        ActivityRef {
            id: self.iri(&format!(
                "activities/assignments/{}",
                self.results.assignment.id
            )),
        }
    }

    fn context(&self, parent: Option<String>, language: Option<Lang>) -> Context {
        let a: &Assignment = &self.results.assignment;
        let mut extensions = BTreeMap::new();
        extensions.insert(self.iri("extensions/assignment"), a.id.clone());
        extensions.insert(self.iri("extensions/group"), a.group.clone());
        Context {
            registration: is_uuid(&a.id).then(|| a.id.clone()),
            activities: ContextActivities {
                parent: parent
                    .map(|id| vec![ActivityRef { id }])
                    .unwrap_or_default(),
                grouping: vec![
                    ActivityRef {
                        id: self.iri("activities/course"),
                    },
                    self.assignment_ref(),
                ],
            },
            language: language.map(Lang::tag),
            platform: "Savoir",
            extensions,
        }
    }

    fn statement(
        &self,
        verb: VerbKind,
        object: Activity,
        result: Option<Outcome>,
        context: Context,
        at: u64,
    ) -> Statement {
        // The response too: an unfinished attempt's answer, changed and sent
        // again, is another statement.
        let response = result.as_ref().and_then(|r| r.response.as_deref());
        let seed = format!(
            "{}|{}|{:?}|{}|{}|{response:?}",
            self.results.learner.id, self.results.assignment.id, verb, object.id, at
        );
        Statement {
            id: derived_uuid(&seed),
            actor: self.actor(),
            verb: verb.verb(),
            object,
            result,
            context,
            timestamp: timestamp(at),
        }
    }

    fn checkpoint_activity(&self, module: &str) -> Activity {
        let summary = self.sources.catalog.module(module);
        let title = summary.map(|m| localized(&m.title)).unwrap_or_default();
        let name = both(
            format!("Checkpoint: {}", title.en),
            format!("Point de contrôle\u{a0}: {}", title.fr),
        );
        let description = summary.map(|m| localized(&m.summary)).unwrap_or_default();
        self.activity(
            &format!("modules/{module}/checkpoint"),
            "assessment",
            name,
            description,
        )
    }

    fn text(&self, module: &str, id: &str) -> LangMap {
        let get = |lang| (self.sources.text)(module, lang, id).unwrap_or_else(|| id.to_owned());
        both(get(Lang::En), get(Lang::Fr))
    }

    fn components(&self, module: &str, q: &str, part: &str, ids: &[String]) -> Vec<Component> {
        ids.iter()
            .map(|id| Component {
                id: id.clone(),
                description: self.text(module, &format!("{q}-{part}-{id}")),
            })
            .collect()
    }

    fn question_activity(&self, module: &str, question: &Question) -> Activity {
        let q = &question.id;
        let mut activity = self.activity(
            &format!("modules/{module}/checkpoint/questions/{q}"),
            "cmi.interaction",
            self.text(module, q),
            LangMap::default(),
        );
        let d = &mut activity.definition;
        let pairs = |ps: Vec<(String, String)>| {
            ps.into_iter()
                .map(|(l, r)| format!("{l}[.]{r}"))
                .collect::<Vec<_>>()
                .join("[,]")
        };
        match &question.kind {
            QuestionKind::SingleChoice { options, correct } => {
                d.interaction = Some("choice");
                d.correct = vec![correct.clone()];
                d.choices = self.components(module, q, "option", options);
            }
            QuestionKind::MultipleChoice { options, correct } => {
                d.interaction = Some("choice");
                d.correct = vec![correct.join("[,]")];
                d.choices = self.components(module, q, "option", options);
            }
            QuestionKind::TrueFalse { answer } => {
                d.interaction = Some("true-false");
                d.correct = vec![answer.to_string()];
            }
            QuestionKind::ShortText { accept } => {
                d.interaction = Some("fill-in");
                d.correct = accept.en.iter().chain(&accept.fr).cloned().collect();
            }
            QuestionKind::Matching { pairs: ps } => {
                d.interaction = Some("matching");
                let lefts: Vec<String> = ps.iter().map(|p| p.left.clone()).collect();
                let rights: Vec<String> = ps.iter().map(|p| p.right.clone()).collect();
                d.correct = vec![pairs(
                    ps.iter()
                        .map(|p| (p.left.clone(), p.right.clone()))
                        .collect(),
                )];
                d.source = self.components(module, q, "left", &lefts);
                d.target = self.components(module, q, "right", &rights);
            }
            QuestionKind::Ordering { items } => {
                d.interaction = Some("sequencing");
                d.correct = vec![items.join("[,]")];
                d.choices = self.components(module, q, "item", items);
            }
            QuestionKind::Categorising { categories, items } => {
                d.interaction = Some("matching");
                let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
                d.correct = vec![pairs(
                    items
                        .iter()
                        .map(|i| (i.id.clone(), i.category.clone()))
                        .collect(),
                )];
                d.source = self.components(module, q, "item", &ids);
                d.target = self.components(module, q, "category", categories);
            }
        }
        activity
    }

    fn attempt(&self, module: &str, attempt: &AttemptResult, out: &mut Vec<Statement>) {
        let checkpoint = (self.sources.checkpoint)(module);
        let language = attempt.languages.first().copied();
        let cp = self.checkpoint_activity(module);
        let cp_id = cp.id.clone();
        out.push(self.statement(
            VerbKind::Attempted,
            cp,
            None,
            self.context(None, language),
            attempt.started,
        ));
        for answer in &attempt.answers {
            let Some(question) = checkpoint
                .as_ref()
                .and_then(|c| c.questions.iter().find(|q| q.id == answer.question))
            else {
                continue;
            };
            let result = Outcome {
                score: Some(Score {
                    scaled: answer.credit,
                    raw: answer.credit,
                    min: 0.0,
                    max: 1.0,
                }),
                success: Some(answer.correct()),
                response: Some(response(&answer.answer)),
                ..Outcome::default()
            };
            out.push(self.statement(
                VerbKind::Answered,
                self.question_activity(module, question),
                Some(result),
                self.context(Some(cp_id.clone()), language),
                attempt.finished.unwrap_or(attempt.started),
            ));
        }
        if let (Some(finished), Some(percent)) = (attempt.finished, attempt.percent) {
            let passed = percent >= self.results.assignment.pass_mark;
            let result = Outcome {
                score: Some(Score {
                    scaled: f64::from(percent) / 100.0,
                    raw: f64::from(percent),
                    min: 0.0,
                    max: 100.0,
                }),
                success: Some(passed),
                completion: Some(true),
                duration: Some(duration(attempt.seconds)),
                ..Outcome::default()
            };
            let verb = if passed {
                VerbKind::Passed
            } else {
                VerbKind::Failed
            };
            out.push(self.statement(
                verb,
                self.checkpoint_activity(module),
                Some(result),
                self.context(None, language),
                finished,
            ));
        }
    }
}

/// The statements for a learner's results.
pub fn statements(results: &Results, sources: &Sources) -> Vec<Statement> {
    let builder = Builder { sources, results };
    let mut out = Vec::new();
    for module in &results.modules {
        for attempt in &module.attempts {
            builder.attempt(&module.module, attempt, &mut out);
        }
    }
    for lesson in results
        .lessons
        .iter()
        .filter(|l| l.status == super::assigned::Status::Completed)
    {
        let title = sources
            .catalog
            .module(&lesson.module)
            .and_then(|m| m.lessons.iter().find(|l| l.id == lesson.lesson))
            .map(|l| localized(&l.title))
            .unwrap_or_default();
        let activity = builder.activity(
            &format!("modules/{}/lessons/{}", lesson.module, lesson.lesson),
            "lesson",
            title,
            LangMap::default(),
        );
        let result = Outcome {
            completion: Some(true),
            ..Outcome::default()
        };
        out.push(builder.statement(
            VerbKind::Completed,
            activity,
            Some(result),
            builder.context(None, None),
            lesson.updated,
        ));
    }
    out
}

/// The statements as JSON, for [`Results::to_file`].
pub fn statements_json(results: &Results, sources: &Sources) -> String {
    serde_json::to_string(&statements(results, sources)).unwrap_or_else(|_| "[]".into())
}
