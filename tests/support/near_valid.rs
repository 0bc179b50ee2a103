//! Near-valid inputs for the readers of share links and result files: a
//! real assignment or result, with one field changed (a wrong type, a
//! number out of range, a date that does not exist, a text too long, a
//! field missing or unknown) and then sealed again with a correct checksum,
//! so that the input gets past the envelope to the JSON reader and the
//! validator; then maybe changed on its way as mail and chat apps change
//! links (percent-encoded, punctuation caught at its end, cut short).
//!
//! Random text alone almost never gets past the first check, so it proves
//! little beyond "does not panic on garbage". Each case here says what the
//! reader must do with it ([`Expect`]), and the tests count how far the
//! cases got, so that a generator that stops reaching the reader fails.

use proptest::prelude::*;
use proptest::sample::Index;
use savoir::domain::learner::quiz::fnv1a;
use serde_json::{json, Value};

/// What a reader must make of a near-valid input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Exactly what was sealed before the change (the change is one the
    /// reader ignores or undoes).
    Same,
    /// Refused, whatever the reason.
    Refused,
    /// Either refused, or read as something that passes the reader's own
    /// checks and survives a second round (a boundary value, a default).
    Either,
}

impl Expect {
    /// The stricter of two expectations, for a change made on top of another.
    pub fn and(self, other: Expect) -> Expect {
        match (self, other) {
            (Expect::Refused, _) | (_, Expect::Refused) => Expect::Refused,
            (Expect::Either, _) | (_, Expect::Either) => Expect::Either,
            _ => Expect::Same,
        }
    }
}

/// How far a reader got with an input, for counting.
#[derive(Debug, Default)]
pub struct Reach {
    pub cases: usize,
    /// Got past the envelope (version, checksum, encoding) to the JSON
    /// reader of the content.
    pub reader: usize,
    /// Got past the JSON reader to the checks of what was read.
    pub checks: usize,
    /// Accepted.
    pub accepted: usize,
}

impl Reach {
    /// Fails unless enough of the cases reached each stage.
    pub fn assert_share(&self, what: &str, reader: usize, checks: usize, accepted: usize) {
        let percent = |n: usize| n * 100 / self.cases.max(1);
        eprintln!(
            "{what}: {} cases; {}% reached the reader, {}% its checks, {}% accepted",
            self.cases,
            percent(self.reader),
            percent(self.checks),
            percent(self.accepted)
        );
        assert!(self.cases >= 100, "{what}: only {} cases ran", self.cases);
        assert!(
            percent(self.reader) >= reader,
            "{what}: {self:?}: fewer than {reader}% got past the envelope"
        );
        assert!(
            percent(self.checks) >= checks,
            "{what}: {self:?}: fewer than {checks}% got past the JSON reader"
        );
        assert!(
            percent(self.accepted) >= accepted,
            "{what}: {self:?}: fewer than {accepted}% were accepted"
        );
    }
}

/// Whether a reader's error text comes from the JSON reader (serde names
/// the line and column) rather than from the checks that follow it.
pub fn from_json_reader(error: &str) -> bool {
    error.contains(" line ") && error.contains(" column ")
}

/// One change to one field of a JSON object, and what it makes of the whole.
#[derive(Debug, Clone)]
pub struct Change {
    pub path: &'static [&'static str],
    /// `None`: the field is removed.
    pub value: Option<Value>,
    pub expect: Expect,
}

fn set(path: &'static [&'static str], value: Value, expect: Expect) -> Change {
    Change {
        path,
        value: Some(value),
        expect,
    }
}

fn remove(path: &'static [&'static str], expect: Expect) -> Change {
    Change {
        path,
        value: None,
        expect,
    }
}

/// A value of a JSON type that none of the fields takes as it is, or a
/// number that fits no field.
fn wrong_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!(-1)),
        Just(json!(1.5)),
        Just(json!(1e40)),
        Just(json!([1, 2])),
        Just(json!({ "x": [] })),
    ]
}

/// Changes one field of an assignment as a link holds it (`i`, `m`, `l`,
/// `d`, `p`, `n`, `g`, `b`, `t`).
pub fn assignment_change() -> impl Strategy<Value = Change> {
    use Expect::{Either, Refused, Same};
    // (The note is left out: an object with unknown fields is a note.)
    let fields: &'static [&'static [&'static str]] = &[
        &["i"],
        &["m"],
        &["l"],
        &["d"],
        &["p"],
        &["g"],
        &["b"],
        &["t"],
    ];
    prop_oneof![
        2 => Just(set(&["zz-unknown"], json!({ "a": [1, "b"] }), Same)),
        2 => prop_oneof![Just(json!("note")), Just(json!(null)), Just(json!({ "en": 5 }))]
            .prop_map(|v| set(&["n"], v, Refused)),
        // A wrong type anywhere is refused.
        6 => (proptest::sample::select(fields), wrong_value())
            .prop_map(|(path, value)| set(path, value, Refused)),
        // Out of range, or not a date, or not a usable id.
        6 => prop_oneof![
            Just(json!(0)), Just(json!(101)), Just(json!(255)), Just(json!(256)), Just(json!(-70)), Just(json!("70")),
        ].prop_map(|v| set(&["p"], v, Refused)),
        2 => prop_oneof![Just(json!(1)), Just(json!(100))].prop_map(|v| set(&["p"], v, Either)),
        6 => prop_oneof![
            Just("2023-02-29"), Just("2030-13-01"), Just("2030-6-30"), Just("1899-12-31"), Just(""), Just("30/06/2030"),
        ].prop_map(|d| set(&["d"], json!(d), Refused)),
        1 => Just(set(&["d"], json!("2028-02-29"), Either)),
        4 => prop_oneof![Just(String::new()), Just("has space".to_owned()), Just("a".repeat(65)), Just("é".to_owned())]
            .prop_map(|i| set(&["i"], json!(i), Refused)),
        3 => prop_oneof![Just(&["n", "en"][..]), Just(&["n", "fr"][..])]
            .prop_map(|path| set(path, json!("x".repeat(501)), Refused)),
        2 => Just(set(&["n", "en"], json!("x".repeat(500)), Either)),
        2 => prop_oneof![Just(&["g"][..]), Just(&["b"][..])]
            .prop_map(|path| set(path, json!("g".repeat(81)), Refused)),
        3 => prop_oneof![Just(&["i"][..]), Just(&["d"][..]), Just(&["p"][..])]
            .prop_map(|path| remove(path, Refused)),
        2 => prop_oneof![Just(&["g"][..]), Just(&["n"][..]), Just(&["t"][..]), Just(&["b"][..])]
            .prop_map(|path| remove(path, Either)),
        // Nothing assigned, or a module twice.
        2 => Just(Change { path: &["m"], value: Some(json!([])), expect: Either }),
        2 => Just(Change { path: &["m", "twice"], value: None, expect: Refused }),
    ]
}

/// Applies a change to a JSON value along its path, whose numeric steps
/// index arrays; `["m", "twice"]` repeats an assignment's first module.
/// Returns the change's expectation, or `Same` when there was nothing to
/// change (a path into an empty list, no module to repeat).
pub fn apply(value: &mut Value, change: &Change) -> Expect {
    if change.path == ["m", "twice"] {
        let Some(first) = value.get("m").and_then(|m| m.get(0)).cloned() else {
            return Expect::Same;
        };
        if let Some(Value::Array(m)) = value.get_mut("m") {
            m.push(first);
        }
        return change.expect;
    }
    let (last, parents) = change.path.split_last().unwrap_or((&"", &[]));
    let mut target = &mut *value;
    for key in parents {
        let next = match key.parse::<usize>() {
            Ok(i) => target.get_mut(i),
            Err(_) => target.get_mut(*key),
        };
        let Some(next) = next else {
            return Expect::Same;
        };
        target = next;
    }
    let Some(object) = target.as_object_mut() else {
        return Expect::Same;
    };
    match &change.value {
        Some(v) => {
            object.insert((*last).to_owned(), v.clone());
        }
        None => {
            if object.remove(*last).is_none() {
                return Expect::Same;
            }
        }
    }
    change.expect
}

/// Unpadded base64url, as links carry their payload: written again here on
/// purpose, so that the links the tests seal do not depend on the encoder
/// under test (the untouched cases check that the two agree).
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
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

/// A link code for any JSON payload, sealed with its checksum.
pub fn seal_link(payload: &Value) -> String {
    let payload = base64url(payload.to_string().as_bytes());
    format!("v1.{payload}.{:016x}", fnv1a(&payload))
}

/// What can happen to a link on its way to the learner.
#[derive(Debug, Clone)]
pub enum Journey {
    Untouched,
    /// Some characters percent-encoded (chosen by the indexes), in upper or
    /// lower case hex.
    PercentEncoded(Vec<Index>, bool),
    /// Punctuation or a bracket caught at its end.
    Trailing(&'static str),
    /// The checksum in capitals.
    UpperChecksum,
    /// Cut short at some point.
    Cut(Index),
}

pub fn journey() -> impl Strategy<Value = Journey> {
    prop_oneof![
        3 => Just(Journey::Untouched),
        2 => (proptest::collection::vec(any::<Index>(), 1..6), any::<bool>())
            .prop_map(|(at, upper)| Journey::PercentEncoded(at, upper)),
        2 => prop_oneof![Just(")."), Just(">"), Just(","), Just(" \n"), Just("!?")].prop_map(Journey::Trailing),
        1 => Just(Journey::UpperChecksum),
        2 => any::<Index>().prop_map(Journey::Cut),
    ]
}

/// The link after its journey, and what that journey makes of it.
pub fn travel(code: &str, journey: &Journey) -> (String, Expect) {
    match journey {
        Journey::Untouched => (code.to_owned(), Expect::Same),
        Journey::PercentEncoded(at, upper) => {
            let chosen: Vec<usize> = at.iter().map(|i| i.index(code.len())).collect();
            let out = code
                .char_indices()
                .map(|(i, c)| match (chosen.contains(&i), upper) {
                    (true, true) => format!("%{:02X}", c as u32),
                    (true, false) => format!("%{:02x}", c as u32),
                    (false, _) => c.to_string(),
                })
                .collect();
            (out, Expect::Same)
        }
        Journey::Trailing(tail) => (format!("{code}{tail}"), Expect::Same),
        Journey::UpperChecksum => {
            let (head, sum) = code.rsplit_once('.').unwrap_or((code, ""));
            (format!("{head}.{}", sum.to_ascii_uppercase()), Expect::Same)
        }
        Journey::Cut(at) => {
            let at = at.index(code.len());
            (code[..at].to_owned(), Expect::Refused)
        }
    }
}

/// Fields of `results` that take no value of [`wrong_value`] (the optional
/// numbers, which take null, are left out).
const RESULTS_FIELDS: &[&[&str]] = &[
    &["learner"],
    &["learner", "id"],
    &["assignment"],
    &["assignment", "p"],
    &["exported"],
    &["on"],
    &["status"],
    &["modules"],
    &["seconds"],
    &["languages"],
    &["modules", "0", "attempts", "0", "started"],
    &["modules", "0", "attempts", "0", "answers", "0", "credit"],
];

/// Changes one field of a result file's `results`.
pub fn results_change() -> impl Strategy<Value = Change> {
    use Expect::{Either, Refused, Same};
    let max_date = savoir::domain::learner::transfer::MAX_DATE;
    let week = savoir::domain::trainer::results::MAX_ATTEMPT_SECONDS;
    prop_oneof![
        2 => Just(set(&["zz-unknown"], json!([true, { "a": null }]), Same)),
        // Wrong types.
        8 => (proptest::sample::select(RESULTS_FIELDS), wrong_value())
            .prop_map(|(path, v)| set(path, v, Refused)),
        // Out of range for the checks.
        2 => prop_oneof![Just(String::new()), Just("l".repeat(65))].prop_map(|id| set(&["learner", "id"], json!(id), Refused)),
        1 => Just(set(&["learner", "name"], json!("n".repeat(81)), Refused)),
        1 => Just(set(&["learner", "name"], json!("n".repeat(80)), Either)),
        2 => prop_oneof![Just(json!(0)), Just(json!(101))].prop_map(|p| set(&["assignment", "p"], p, Refused)),
        2 => prop_oneof![Just("2031-02-29"), Just("2030-00-10"), Just("today")].prop_map(|d| set(&["on"], json!(d), Refused)),
        2 => Just(set(&["exported"], json!(max_date + 1), Refused)),
        1 => Just(set(&["exported"], json!(max_date), Either)),
        2 => Just(set(&["seconds"], json!(week * 1000 + 1), Refused)),
        2 => prop_oneof![Just(json!(101)), Just(json!(255))].prop_map(|p| set(&["modules", "0", "best"], p, Refused)),
        1 => Just(set(&["modules", "0", "last"], json!(256), Refused)),
        2 => Just(set(&["modules", "0", "attempts", "0", "seconds"], json!(week + 1), Refused)),
        2 => Just(set(&["modules", "0", "attempts", "0", "finished"], json!(max_date + 1), Refused)),
        2 => prop_oneof![Just(json!(1.5)), Just(json!(-0.25))]
            .prop_map(|c| set(&["modules", "0", "attempts", "0", "answers", "0", "credit"], c, Refused)),
        2 => prop_oneof![Just("passd"), Just("Passed"), Just("")].prop_map(|s| set(&["status"], json!(s), Refused)),
        1 => Just(set(&["languages"], json!(["de"]), Refused)),
        2 => prop_oneof![Just(&["learner"][..]), Just(&["assignment"][..]), Just(&["exported"][..]), Just(&["on"][..]), Just(&["status"][..]), Just(&["seconds"][..])]
            .prop_map(|path| remove(path, Refused)),
        2 => prop_oneof![Just(&["modules"][..]), Just(&["lessons"][..]), Just(&["languages"][..]), Just(&["learner", "name"][..])]
            .prop_map(|path| remove(path, Either)),
    ]
}

/// What can happen to a result file's envelope.
#[derive(Debug, Clone)]
pub enum Envelope {
    Sound,
    /// The checksum in capitals (accepted as it is).
    UpperChecksum,
    /// Another version number, or of another type.
    Version(Value),
    /// Another format name.
    Format(&'static str),
    /// A checksum that does not match.
    WrongChecksum,
    /// Spaces added inside `results` after it was sealed.
    Respaced,
    /// Cut short at some point.
    Cut(Index),
}

pub fn envelope() -> impl Strategy<Value = Envelope> {
    prop_oneof![
        8 => Just(Envelope::Sound),
        1 => Just(Envelope::UpperChecksum),
        1 => prop_oneof![Just(json!(0)), Just(json!(2)), Just(json!("1")), Just(json!(-1))].prop_map(Envelope::Version),
        1 => prop_oneof![Just("savoir-progress"), Just(""), Just("Savoir-Results")].prop_map(Envelope::Format),
        1 => Just(Envelope::WrongChecksum),
        1 => Just(Envelope::Respaced),
        2 => any::<Index>().prop_map(Envelope::Cut),
    ]
}

/// A result file around `results`, sealed with its checksum, then changed
/// as `envelope` says; with what that change makes of it.
pub fn seal_results(results: &Value, envelope: &Envelope) -> (String, Expect) {
    let inner = results.to_string();
    let mut sum = format!("{:016x}", fnv1a(&inner));
    let (mut version, mut format, mut body) = (json!(1), "savoir-results", inner.clone());
    let mut expect = Expect::Same;
    match envelope {
        Envelope::Sound | Envelope::Cut(_) => {}
        Envelope::UpperChecksum => sum = sum.to_ascii_uppercase(),
        Envelope::Version(v) => (version, expect) = (v.clone(), Expect::Refused),
        Envelope::Format(f) => (format, expect) = (f, Expect::Refused),
        Envelope::WrongChecksum => {
            sum = format!("{:016x}", fnv1a(&inner) ^ 1);
            expect = Expect::Refused;
        }
        Envelope::Respaced => {
            body = inner.replacen(':', ": ", 1);
            expect = Expect::Refused;
        }
    }
    let file = format!(
        "{{\n  \"summary\": [\"Results\"],\n  \"format\": {},\n  \"version\": {version},\n  \"checksum\": \"{sum}\",\n  \"results\": {body},\n  \"statements\": []\n}}\n",
        json!(format)
    );
    if let Envelope::Cut(at) = envelope {
        let cut = file.trim_end();
        let mut at = at.index(cut.len());
        while !cut.is_char_boundary(at) {
            at -= 1;
        }
        return (cut[..at].to_owned(), Expect::Refused);
    }
    (file, expect)
}
