//! Builds the statements of one result file (see the parent module).

use super::model::*;
use super::{is_uuid, uuid, Sources};
use crate::domain::content::lesson::{Question, QuestionKind};
use crate::domain::learner::quiz::fnv1a;
use crate::domain::learner::scoring::Answer;
use crate::domain::shared::calendar::{duration, timestamp};
use crate::domain::shared::language::Lang;
use crate::domain::trainer::assignment::Assignment;
use crate::domain::trainer::results::{AttemptResult, Results, ReviewResult};
use std::collections::BTreeMap;

/// A UUID (version 4 layout) derived from `seed`: the same learner, verb
/// and object always give the same id, so a statement sent twice to a
/// Learning Record Store is recognised as the same statement.
pub(super) fn derived_uuid(seed: &str) -> String {
    let hi = fnv1a(seed);
    uuid(hi, fnv1a(&format!("{seed}\u{1f}{hi:x}")))
}

/// A response as xAPI writes it for the question's interaction type.
pub(super) fn response(answer: &Answer) -> String {
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

pub(super) struct Builder<'a> {
    pub(super) sources: &'a Sources<'a>,
    pub(super) results: &'a Results,
}

impl Builder<'_> {
    pub(super) fn iri(&self, path: &str) -> String {
        format!("{}/xapi/{path}", self.sources.origin.trim_end_matches('/'))
    }

    pub(super) fn actor(&self) -> Actor {
        Actor {
            object_type: "Agent",
            name: self.results.learner.name.clone(),
            account: Account {
                home_page: self.sources.origin.trim_end_matches('/').to_owned() + "/",
                name: self.results.learner.id.clone(),
            },
        }
    }

    pub(super) fn activity(
        &self,
        path: &str,
        kind: &str,
        name: LangMap,
        description: LangMap,
    ) -> Activity {
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

    pub(super) fn assignment_ref(&self) -> ActivityRef {
        ActivityRef {
            id: self.iri(&format!(
                "activities/assignments/{}",
                self.results.assignment.id
            )),
        }
    }

    pub(super) fn context(&self, parent: Option<String>, language: Option<Lang>) -> Context {
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

    pub(super) fn statement(
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

    pub(super) fn checkpoint_activity(&self, module: &str) -> Activity {
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

    pub(super) fn text(&self, module: &str, id: &str) -> LangMap {
        let get = |lang| (self.sources.text)(module, lang, id).unwrap_or_else(|| id.to_owned());
        both(get(Lang::En), get(Lang::Fr))
    }

    pub(super) fn components(
        &self,
        module: &str,
        q: &str,
        part: &str,
        ids: &[String],
    ) -> Vec<Component> {
        ids.iter()
            .map(|id| Component {
                id: id.clone(),
                description: self.text(module, &format!("{q}-{part}-{id}")),
            })
            .collect()
    }

    pub(super) fn question_activity(&self, module: &str, question: &Question) -> Activity {
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

    /// An "answered" statement per answer given in spaced review: the
    /// question's activity, success, and the context extension `context`
    /// set to `review` (a checkpoint's answers have the checkpoint as
    /// parent instead), so that an LRS can tell practice from assessment.
    pub(super) fn reviews(&self, module: &str, reviews: &[ReviewResult], out: &mut Vec<Statement>) {
        let checkpoint = (self.sources.checkpoint)(module);
        for review in reviews {
            let Some(question) = checkpoint
                .as_ref()
                .and_then(|c| c.question(&review.question))
            else {
                continue;
            };
            let result = Outcome {
                success: Some(review.right),
                ..Outcome::default()
            };
            let mut context = self.context(None, None);
            context
                .extensions
                .insert(self.iri(super::CONTEXT_EXTENSION), "review".to_owned());
            let mut statement = self.statement(
                VerbKind::Answered,
                self.question_activity(module, question),
                Some(result),
                context,
                review.at,
            );
            // Right and wrong in the same millisecond are two answers.
            statement.id = derived_uuid(&format!("{}|review|{}", statement.id, review.right));
            out.push(statement);
        }
    }

    /// A checkpoint statement's context: the attempt's id in an extension,
    /// so that a reader of the LRS groups an attempt's statements.
    fn attempt_context(
        &self,
        parent: Option<String>,
        language: Option<Lang>,
        attempt: &AttemptResult,
    ) -> Context {
        let mut context = self.context(parent, language);
        context
            .extensions
            .insert(self.iri(super::ATTEMPT_EXTENSION), attempt.id.clone());
        context
    }

    pub(super) fn attempt(&self, module: &str, attempt: &AttemptResult, out: &mut Vec<Statement>) {
        let checkpoint = (self.sources.checkpoint)(module);
        let language = attempt.languages.first().copied();
        let cp = self.checkpoint_activity(module);
        let cp_id = cp.id.clone();
        out.push(self.statement(
            VerbKind::Attempted,
            cp,
            None,
            self.attempt_context(None, language, attempt),
            attempt.started,
        ));
        for answer in &attempt.answers {
            let Some(question) = checkpoint
                .as_ref()
                .and_then(|c| c.question(&answer.question))
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
                self.attempt_context(Some(cp_id.clone()), language, attempt),
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
                // The questions drawn, so that a reader of the LRS counts an
                // unanswered one wrong and one not drawn not at all.
                extensions: BTreeMap::from([(
                    self.iri(super::ASKED_EXTENSION),
                    serde_json::Value::from(attempt.asked.clone()),
                )]),
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
                self.attempt_context(None, language, attempt),
                finished,
            ));
        }
    }
}
