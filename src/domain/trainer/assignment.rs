//! Assignments as share links: what a trainer asks a group to do (modules
//! or single lessons, a due date, a pass mark, a note in either language or
//! both, a group label), carried whole in the link so that no server is
//! needed. A link is `v<version>.<payload>.<checksum>`: the payload is
//! compact JSON in unpadded base64url, the checksum an FNV-1a hash of the
//! payload, which catches a link cut short or edited by hand. It holds
//! nothing secret: only what the trainer typed for the group to read.

use crate::domain::learner::quiz::fnv1a;
use crate::domain::trainer::lrs::Lrs;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The link format this build writes and reads.
pub const VERSION: u32 = 1;

/// The longest link accepted: beyond this, something other than an
/// assignment is being passed off as one (and browsers and chat apps start
/// cutting links).
pub const MAX_LINK: usize = 2000;

/// The longest note and group label accepted, in characters.
pub const MAX_NOTE: usize = 500;
pub const MAX_GROUP: usize = 80;

/// A note for the learners, in English, French or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fr: String,
}

/// What a trainer assigns. Field names are short: they travel in a link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    /// Unique per assignment (the trainer's page makes it).
    #[serde(rename = "i")]
    pub id: String,
    /// Whole modules, by id.
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    pub modules: Vec<String>,
    /// Single lessons, as `<module>/<lesson>`.
    #[serde(rename = "l", default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<String>,
    /// Due date, `YYYY-MM-DD`.
    #[serde(rename = "d")]
    pub due: String,
    /// Percent needed to pass each checkpoint, 1 to 100.
    #[serde(rename = "p")]
    pub pass_mark: u8,
    #[serde(rename = "n", default)]
    pub note: Note,
    /// The group's label ("Finance team, spring").
    #[serde(rename = "g", default)]
    pub group: String,
    /// Who assigns it, as the trainer chose to sign it.
    #[serde(rename = "b", default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// When the trainer made it, milliseconds since 1970.
    #[serde(rename = "t", default)]
    pub created: u64,
    /// A Learning Record Store to send the learners' statements to, live,
    /// if they consent.
    #[serde(rename = "x", default, skip_serializing_if = "Option::is_none")]
    pub lrs: Option<Lrs>,
}

/// Why a link does not hold a usable assignment. Nothing is stored then.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("the link is not an assignment link")]
    Malformed,
    #[error("the link is cut short")]
    Truncated,
    #[error("the link was changed after it was made")]
    Tampered,
    #[error("the link is too long ({0} characters)")]
    TooLong(usize),
    #[error("the link comes from a newer version (format {0})")]
    NewerVersion(u32),
    #[error("the assignment is not valid: {0}")]
    Invalid(String),
}

impl LinkError {
    /// The interface message that explains this to a learner.
    pub fn message_id(&self) -> &'static str {
        match self {
            LinkError::Malformed => "assignment-error-malformed",
            LinkError::Truncated => "assignment-error-truncated",
            LinkError::Tampered => "assignment-error-tampered",
            LinkError::TooLong(_) => "assignment-error-too-long",
            LinkError::NewerVersion(_) => "assignment-error-newer",
            LinkError::Invalid(_) => "assignment-error-invalid",
        }
    }
}

impl Assignment {
    /// Checks what a link may hold, against what the course has (`known`:
    /// a module id, or a module and lesson id).
    pub fn validate(&self, known: &dyn Fn(&str, Option<&str>) -> bool) -> Result<(), LinkError> {
        let invalid = |why: &str| Err(LinkError::Invalid(why.to_owned()));
        let id_chars = |c: char| c.is_ascii_alphanumeric() || c == '-';
        if self.id.is_empty() || self.id.len() > 64 || !self.id.chars().all(id_chars) {
            return invalid("no id");
        }
        if self.modules.is_empty() && self.lessons.is_empty() {
            return invalid("nothing assigned");
        }
        // Each thing once: a module twice, a lesson twice, or a lesson of a
        // module assigned whole would be counted (and reported) twice.
        let twice = |items: &[String]| {
            items
                .iter()
                .enumerate()
                .any(|(i, x)| items[..i].contains(x))
        };
        let in_a_module = self.lessons.iter().any(|key| {
            key.split_once('/')
                .is_some_and(|(m, _)| self.modules.iter().any(|x| x == m))
        });
        if twice(&self.modules) || twice(&self.lessons) || in_a_module {
            return invalid("something assigned twice");
        }
        if let Some(m) = self.modules.iter().find(|m| !known(m, None)) {
            return Err(LinkError::Invalid(format!("unknown module `{m}`")));
        }
        for key in &self.lessons {
            let exists = key.split_once('/').is_some_and(|(m, l)| known(m, Some(l)));
            if !exists {
                return Err(LinkError::Invalid(format!("unknown lesson `{key}`")));
            }
        }
        if !(1..=100).contains(&self.pass_mark) {
            return invalid("pass mark out of range");
        }
        if !is_date(&self.due) {
            return invalid("due date");
        }
        if self.note.en.chars().count() > MAX_NOTE || self.note.fr.chars().count() > MAX_NOTE {
            return invalid("note too long");
        }
        if self.group.chars().count() > MAX_GROUP {
            return invalid("group label too long");
        }
        if self.by.chars().count() > MAX_GROUP {
            return invalid("trainer's name too long");
        }
        if let Some(lrs) = &self.lrs {
            // Statements are registered under the id: it must be a UUID.
            if !crate::domain::trainer::xapi::is_uuid(&self.id) {
                return invalid("an LRS needs a UUID as id");
            }
            if !lrs.is_valid() {
                return invalid("LRS endpoint or key");
            }
        }
        Ok(())
    }

    /// The link's code (what follows `#` in the share link).
    pub fn encode(&self) -> String {
        let payload = base64url(serde_json::to_string(self).unwrap_or_default().as_bytes());
        format!("v{VERSION}.{payload}.{:016x}", fnv1a(&payload))
    }

    /// Reads a link's code: never panics, whatever it is given.
    pub fn decode(
        code: &str,
        known: &dyn Fn(&str, Option<&str>) -> bool,
    ) -> Result<Assignment, LinkError> {
        if code.len() > MAX_LINK {
            return Err(LinkError::TooLong(code.len()));
        }
        let code = repair(code);
        let mut parts = code.splitn(3, '.');
        let version = parts
            .next()
            .and_then(|v| v.strip_prefix('v'))
            .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|v| v.parse::<u32>().ok())
            .ok_or(LinkError::Malformed)?;
        if version > VERSION {
            return Err(LinkError::NewerVersion(version));
        }
        if version == 0 {
            return Err(LinkError::Malformed);
        }
        let payload = parts
            .next()
            .filter(|p| !p.is_empty())
            .ok_or(LinkError::Truncated)?;
        let sum = parts.next().ok_or(LinkError::Truncated)?;
        if sum.len() < 16 {
            return Err(LinkError::Truncated);
        }
        if sum.len() > 16 || !sum.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(LinkError::Malformed);
        }
        if format!("{:016x}", fnv1a(payload)) != sum.to_ascii_lowercase() {
            return Err(LinkError::Tampered);
        }
        let json = from_base64url(payload).ok_or(LinkError::Malformed)?;
        let assignment: Assignment =
            serde_json::from_slice(&json).map_err(|e| LinkError::Invalid(e.to_string()))?;
        assignment.validate(known)?;
        Ok(assignment)
    }
}

/// What mail and chat apps do to a link, undone: percent-encoding, and
/// punctuation or brackets caught at its end ("(see <link>)", "<link>.").
/// A code is only letters, digits, `-`, `_` and `.`, so nothing else is lost.
fn repair(code: &str) -> String {
    let mut bytes = Vec::with_capacity(code.len());
    let raw = code.trim().as_bytes();
    let mut i = 0;
    while i < raw.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            raw[i],
            raw.get(i + 1).copied().and_then(hex),
            raw.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                bytes.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                bytes.push(b);
                i += 1;
            }
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    text.trim()
        .trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .to_owned()
}

/// Whether a text is a calendar date, `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let num =
        |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok()).unwrap_or(0);
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    // Year 0 and the distant past are typing mistakes, not due dates (and
    // browsers show year 0 as "1").
    if year < 1900 {
        return false;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url (RFC 4648 §5).
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32);
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(m: &str, l: Option<&str>) -> bool {
        (m == "foundations" && l.is_none_or(|l| l == "what-is-27002"))
            || (m == "second" && l.is_none_or(|l| l == "intro"))
    }

    fn sample() -> Assignment {
        Assignment {
            id: "a1b2c3".into(),
            modules: vec!["foundations".into()],
            lessons: vec!["second/intro".into()],
            due: "2026-12-31".into(),
            pass_mark: 80,
            note: Note {
                en: "Before the audit, please.".into(),
                fr: "Avant l’audit, s’il vous plaît.".into(),
            },
            group: "Équipe finance".into(),
            by: "Camille Martin".into(),
            created: 1_763_900_000_000,
            lrs: None,
        }
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 % 256) as u8).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
        }
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
        assert_eq!(from_base64url("a"), None);
        assert_eq!(from_base64url("a*bc"), None);
    }

    #[test]
    fn links_as_mail_and_chat_apps_change_them_still_read() -> Result<(), LinkError> {
        let a = sample();
        let code = a.encode();
        for damaged in [
            format!("{code})"),
            format!("{code}."),
            format!("{code}>"),
            format!(" {code}\n"),
            code.replace('.', "%2E"),
            format!("{}%2e{}", &code[..2], &code[3..]),
        ] {
            assert_eq!(Assignment::decode(&damaged, &known)?, a, "{damaged}");
        }
        Ok(())
    }

    #[test]
    fn signs_years_and_impossible_dates_are_refused() {
        let code = sample().encode();
        let plus = code.replacen("v1.", "v+1.", 1);
        assert_eq!(Assignment::decode(&plus, &known), Err(LinkError::Malformed));
        let mut a = sample();
        for due in ["0000-02-29", "0001-01-01", "1899-12-31", "2026-02-29"] {
            a.due = due.into();
            assert!(
                matches!(
                    Assignment::decode(&a.encode(), &known),
                    Err(LinkError::Invalid(_))
                ),
                "{due}"
            );
        }
        a.due = "2028-02-29".into();
        assert!(Assignment::decode(&a.encode(), &known).is_ok());
    }

    #[test]
    fn a_link_round_trips_and_stays_compact() -> Result<(), LinkError> {
        let a = sample();
        let code = a.encode();
        assert!(code.starts_with("v1.") && code.len() < 400, "{code}");
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        assert_eq!(Assignment::decode(&code, &known)?, a);
        Ok(())
    }

    #[test]
    fn every_kind_of_bad_link_is_refused_with_its_reason() {
        let code = sample().encode();
        let (head, _) = code.rsplit_once('.').unwrap_or_default();
        let mut flipped = code.clone().into_bytes();
        flipped[10] = if flipped[10] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap_or_default();
        let cases: Vec<(String, LinkError)> = vec![
            (String::new(), LinkError::Malformed),
            ("hello".into(), LinkError::Malformed),
            ("v0.abc.0123456789abcdef".into(), LinkError::Malformed),
            (code[..code.len() / 2].into(), LinkError::Truncated),
            (head.into(), LinkError::Truncated),
            (code[..code.len() - 3].into(), LinkError::Truncated),
            (flipped, LinkError::Tampered),
            (format!("{head}.{}", "0".repeat(16)), LinkError::Tampered),
            (format!("v2.{}", &code[3..]), LinkError::NewerVersion(2)),
            (
                "v1.".to_owned() + &"A".repeat(3000),
                LinkError::TooLong(3003),
            ),
            (format!("{code}zz"), LinkError::Malformed),
        ];
        for (bad, expected) in cases {
            assert_eq!(Assignment::decode(&bad, &known), Err(expected), "{bad}");
        }
    }

    #[test]
    fn what_a_link_holds_is_checked() {
        let check = |change: fn(&mut Assignment)| {
            let mut a = sample();
            change(&mut a);
            Assignment::decode(&a.encode(), &known)
        };
        let invalid = |r: Result<Assignment, LinkError>| matches!(r, Err(LinkError::Invalid(_)));
        assert!(invalid(
            check(|a| a.modules = vec!["no-such-module".into()])
        ));
        assert!(invalid(check(
            |a| a.lessons = vec!["foundations/no-such".into()]
        )));
        assert!(invalid(check(|a| a.lessons = vec!["no-slash".into()])));
        assert!(invalid(check(|a| {
            a.modules.clear();
            a.lessons.clear();
        })));
        assert!(invalid(check(|a| a.pass_mark = 0)));
        assert!(invalid(check(|a| a.pass_mark = 101)));
        assert!(invalid(check(|a| a.due = "2026-02-30".into())));
        assert!(invalid(check(|a| a.due = "31/12/2026".into())));
        assert!(invalid(check(|a| a.note.fr = "é".repeat(MAX_NOTE + 1))));
        assert!(invalid(check(|a| a.group = "g".repeat(MAX_GROUP + 1))));
        assert!(invalid(check(|a| a.by = "b".repeat(MAX_GROUP + 1))));
        assert!(invalid(check(|a| a.id = "a b".into())));
        assert!(invalid(check(|a| a.modules.push("foundations".into()))));
        assert!(invalid(check(|a| a.lessons.push(a.lessons[0].clone()))));
        assert!(check(|a| a.modules.clear()).is_ok(), "a lesson alone");
        assert!(check(|a| a.due = "2028-02-29".into()).is_ok(), "a leap day");
        assert!(check(|a| a.note = Note::default()).is_ok(), "no note");
    }

    #[test]
    fn an_lrs_in_a_link_must_be_safe_and_its_assignment_a_uuid() -> Result<(), LinkError> {
        use crate::domain::trainer::lrs::Lrs;
        let mut a = sample();
        a.id = "0f8fad5b-d9cb-469f-a165-70867728950e".into();
        a.lrs = Lrs::new("https://lrs.example.org/xAPI", "d3JpdGVyOnB3").ok();
        let code = a.encode();
        assert!(code.len() < MAX_LINK);
        assert_eq!(Assignment::decode(&code, &known)?, a);
        // A link edited by hand to send elsewhere in clear is refused.
        let mut clear = a.clone();
        if let Some(lrs) = clear.lrs.as_mut() {
            lrs.endpoint = "http://lrs.example.org/xAPI/".into();
        }
        assert!(matches!(
            Assignment::decode(&clear.encode(), &known),
            Err(LinkError::Invalid(_))
        ));
        let mut not_uuid = a.clone();
        not_uuid.id = "assignment-1".into();
        assert_eq!(
            not_uuid.validate(&known),
            Err(LinkError::Invalid("an LRS needs a UUID as id".into()))
        );
        Ok(())
    }
}
