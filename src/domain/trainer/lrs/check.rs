//! Checks a statement against xAPI 1.0.3 before it is sent. Some LRSs
//! (Ralph among them) store an invalid statement without complaint, and
//! every report built on it inherits the mistake: so the app checks itself,
//! for what it writes (language maps, a UUID registration, IRIs, scores,
//! timestamps and durations) and for the structure around it.

use crate::domain::trainer::lrs::read::parse_timestamp;
use serde_json::{Map, Value};

/// Why a statement is not valid xAPI 1.0.3: the property's path and what
/// is wrong with it.
pub type Problem = String;

mod formats;
pub use formats::{is_duration, is_iri, is_language_tag, is_uuid};

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, path: &str, what: &str) {
        self.problems.push(format!("{path}: {what}"));
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let object = value.as_object();
        if object.is_none() {
            self.fail(path, "not an object");
        }
        object
    }

    fn only(&mut self, object: &Map<String, Value>, path: &str, allowed: &[&str]) {
        for key in object.keys().filter(|k| !allowed.contains(&k.as_str())) {
            self.fail(&format!("{path}.{key}"), "not an xAPI property");
        }
    }

    fn iri(&mut self, value: Option<&Value>, path: &str, required: bool) {
        match value {
            None if !required => {}
            Some(Value::String(s)) if is_iri(s) => {}
            _ => self.fail(path, "not an IRI"),
        }
    }

    fn language_map(&mut self, value: Option<&Value>, path: &str) {
        let Some(value) = value else { return };
        let Some(map) = self.object(value, path) else {
            return;
        };
        for (tag, text) in map {
            if !is_language_tag(tag) {
                self.fail(&format!("{path}.{tag}"), "not a language tag");
            }
            if !text.is_string() {
                self.fail(&format!("{path}.{tag}"), "not a string");
            }
        }
    }

    fn extensions(&mut self, value: Option<&Value>, path: &str) {
        let Some(value) = value else { return };
        if let Some(map) = self.object(value, path) {
            for key in map.keys().filter(|k| !is_iri(k)) {
                self.fail(&format!("{path}.{key}"), "an extension's key is not an IRI");
            }
        }
    }

    fn actor(&mut self, value: Option<&Value>, path: &str) {
        let Some(actor) = value.and_then(|v| self.object(v, path)) else {
            self.fail(path, "missing");
            return;
        };
        self.only(
            actor,
            path,
            &[
                "objectType",
                "name",
                "mbox",
                "mbox_sha1sum",
                "openid",
                "account",
            ],
        );
        if !matches!(
            actor.get("objectType").and_then(Value::as_str),
            None | Some("Agent")
        ) {
            self.fail(&format!("{path}.objectType"), "not Agent");
        }
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"]
            .iter()
            .filter(|k| actor.contains_key(**k))
            .count();
        if identifiers != 1 {
            self.fail(path, "needs exactly one identifier");
        }
        if let Some(account) = actor.get("account") {
            let path = format!("{path}.account");
            if let Some(a) = self.object(account, &path) {
                self.only(a, &path, &["homePage", "name"]);
                self.iri(a.get("homePage"), &format!("{path}.homePage"), true);
                if a.get("name")
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty)
                {
                    self.fail(&format!("{path}.name"), "missing");
                }
            }
        }
        if let Some(mbox) = actor.get("mbox") {
            if !mbox.as_str().is_some_and(|m| m.starts_with("mailto:")) {
                self.fail(&format!("{path}.mbox"), "not a mailto: IRI");
            }
        }
    }

    fn activity(&mut self, value: Option<&Value>, path: &str) {
        let Some(object) = value.and_then(|v| self.object(v, path)) else {
            self.fail(path, "missing");
            return;
        };
        self.only(object, path, &["objectType", "id", "definition"]);
        if !matches!(
            object.get("objectType").and_then(Value::as_str),
            None | Some("Activity")
        ) {
            self.fail(&format!("{path}.objectType"), "not Activity");
        }
        self.iri(object.get("id"), &format!("{path}.id"), true);
        let Some(definition) = object.get("definition") else {
            return;
        };
        let path = format!("{path}.definition");
        let Some(d) = self.object(definition, &path) else {
            return;
        };
        self.only(
            d,
            &path,
            &[
                "name",
                "description",
                "type",
                "moreInfo",
                "interactionType",
                "correctResponsesPattern",
                "choices",
                "scale",
                "source",
                "target",
                "steps",
                "extensions",
            ],
        );
        self.language_map(d.get("name"), &format!("{path}.name"));
        self.language_map(d.get("description"), &format!("{path}.description"));
        self.iri(d.get("type"), &format!("{path}.type"), false);
        self.extensions(d.get("extensions"), &format!("{path}.extensions"));
        const INTERACTIONS: [&str; 10] = [
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other",
        ];
        if let Some(kind) = d.get("interactionType") {
            if !kind.as_str().is_some_and(|k| INTERACTIONS.contains(&k)) {
                self.fail(
                    &format!("{path}.interactionType"),
                    "not an interaction type",
                );
            }
        }
        for list in ["choices", "scale", "source", "target", "steps"] {
            let Some(items) = d.get(list) else { continue };
            let path = format!("{path}.{list}");
            let Some(items) = items.as_array() else {
                self.fail(&path, "not a list");
                continue;
            };
            for (i, item) in items.iter().enumerate() {
                let path = format!("{path}[{i}]");
                if let Some(c) = self.object(item, &path) {
                    if c.get("id")
                        .and_then(Value::as_str)
                        .is_none_or(str::is_empty)
                    {
                        self.fail(&format!("{path}.id"), "missing");
                    }
                    self.language_map(c.get("description"), &format!("{path}.description"));
                }
            }
        }
    }

    fn result(&mut self, value: Option<&Value>, path: &str) {
        let Some(result) = value.and_then(|v| self.object(v, path)) else {
            return;
        };
        self.only(
            result,
            path,
            &[
                "score",
                "success",
                "completion",
                "response",
                "duration",
                "extensions",
            ],
        );
        for flag in ["success", "completion"] {
            if result.get(flag).is_some_and(|v| !v.is_boolean()) {
                self.fail(&format!("{path}.{flag}"), "not true or false");
            }
        }
        if result.get("response").is_some_and(|v| !v.is_string()) {
            self.fail(&format!("{path}.response"), "not a string");
        }
        if let Some(d) = result.get("duration") {
            if !d.as_str().is_some_and(is_duration) {
                self.fail(&format!("{path}.duration"), "not an ISO 8601 duration");
            }
        }
        self.extensions(result.get("extensions"), &format!("{path}.extensions"));
        let Some(score) = result.get("score") else {
            return;
        };
        let path = format!("{path}.score");
        let Some(s) = self.object(score, &path) else {
            return;
        };
        self.only(s, &path, &["scaled", "raw", "min", "max"]);
        let number = |k: &str| s.get(k).and_then(Value::as_f64);
        for k in ["scaled", "raw", "min", "max"] {
            if s.get(k).is_some() && number(k).is_none() {
                self.fail(&format!("{path}.{k}"), "not a number");
            }
        }
        if number("scaled").is_some_and(|x| !(-1.0..=1.0).contains(&x)) {
            self.fail(&format!("{path}.scaled"), "outside -1 to 1");
        }
        if let (Some(min), Some(max)) = (number("min"), number("max")) {
            if min >= max {
                self.fail(&path, "min is not below max");
            }
        }
        if let Some(raw) = number("raw") {
            if number("min").is_some_and(|m| raw < m) || number("max").is_some_and(|m| raw > m) {
                self.fail(&format!("{path}.raw"), "outside min to max");
            }
        }
    }

    fn context(&mut self, value: Option<&Value>, path: &str) {
        let Some(context) = value.and_then(|v| self.object(v, path)) else {
            return;
        };
        self.only(
            context,
            path,
            &[
                "registration",
                "instructor",
                "team",
                "contextActivities",
                "revision",
                "platform",
                "language",
                "statement",
                "extensions",
            ],
        );
        if let Some(r) = context.get("registration") {
            if !r.as_str().is_some_and(is_uuid) {
                self.fail(&format!("{path}.registration"), "not a UUID");
            }
        }
        if let Some(l) = context.get("language") {
            if !l.as_str().is_some_and(is_language_tag) {
                self.fail(&format!("{path}.language"), "not a language tag");
            }
        }
        self.extensions(context.get("extensions"), &format!("{path}.extensions"));
        let Some(activities) = context.get("contextActivities") else {
            return;
        };
        let path = format!("{path}.contextActivities");
        let Some(a) = self.object(activities, &path) else {
            return;
        };
        self.only(a, &path, &["parent", "grouping", "category", "other"]);
        for (kind, list) in a {
            let path = format!("{path}.{kind}");
            let items = match list {
                Value::Array(items) => items.iter().collect::<Vec<_>>(),
                one => vec![one],
            };
            for (i, item) in items.into_iter().enumerate() {
                self.activity(Some(item), &format!("{path}[{i}]"));
            }
        }
    }
}

/// Every problem with `statement` as xAPI 1.0.3 sees it; empty when valid.
pub fn problems(statement: &Value) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    let Some(s) = c.object(statement, "statement") else {
        return c.problems;
    };
    c.only(
        s,
        "statement",
        &[
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments",
        ],
    );
    if !s.get("id").and_then(Value::as_str).is_some_and(is_uuid) {
        c.fail("id", "not a UUID");
    }
    c.actor(s.get("actor"), "actor");
    match s.get("verb").and_then(Value::as_object) {
        Some(verb) => {
            c.only(verb, "verb", &["id", "display"]);
            c.iri(verb.get("id"), "verb.id", true);
            c.language_map(verb.get("display"), "verb.display");
        }
        None => c.fail("verb", "missing"),
    }
    c.activity(s.get("object"), "object");
    c.result(s.get("result"), "result");
    c.context(s.get("context"), "context");
    if let Some(t) = s.get("timestamp") {
        if t.as_str().and_then(parse_timestamp).is_none() {
            c.fail("timestamp", "not an ISO 8601 timestamp");
        }
    }
    c.problems
}

#[cfg(test)]
mod tests;
