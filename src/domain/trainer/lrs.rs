//! Live xAPI to a Learning Record Store (LRS), for organisations past a
//! class of result files.
//!
//! 1. A trainer may add an LRS to an assignment: its xAPI endpoint and a
//!    key that can only write statements ([`Lrs`], in the link). Anyone
//!    with the link can use that key; see the README for the trade-off.
//! 2. On accepting, the learner is told what is sent and to where, and
//!    consents or declines (`assigned::Accepted::lrs`). Nothing is sent
//!    without consent.
//! 3. The statements are those of a result file ([`crate::domain::trainer::xapi`]),
//!    finished things only ([`finished_only`]): their ids derive from what
//!    they say, so sending one twice is harmless. Each is checked against
//!    xAPI 1.0.3 ([`check`]) and queued durably in [`outbox`], where it stays
//!    until the LRS took it, or is kept with the LRS's reason if refused.
//! 4. The class dashboard can read an assignment's statements back with a
//!    read key ([`read`]) and rebuild the same results as from files.

pub mod check;
pub mod outbox;
pub mod read;

use crate::domain::trainer::results::Results;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The longest endpoint and key accepted (a link has room for both).
pub const MAX_ENDPOINT: usize = 300;
pub const MAX_KEY: usize = 200;

/// Where an assignment's statements go. Field names are short: they travel
/// in the assignment's link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lrs {
    /// The xAPI endpoint, normalised ([`endpoint`]): it ends with `/`, and
    /// `statements` is appended to it.
    #[serde(rename = "e")]
    pub endpoint: String,
    /// HTTP Basic credentials (base64 of `user:password`) that can write
    /// statements and nothing else.
    #[serde(rename = "k")]
    pub key: String,
}

/// Why an endpoint or key is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum LrsError {
    #[error("the endpoint is not an https:// address")]
    NotHttps,
    #[error("the endpoint is not a plain web address")]
    Malformed,
    #[error("the endpoint is too long")]
    TooLong,
    #[error("the key is not HTTP Basic credentials in base64")]
    Key,
}

/// Whether `host` (with its port, if any) is this computer: the only
/// place plain `http://` is allowed (an LRS on a trainer's own machine, or
/// in the tests). Anywhere else, the key would cross the network in clear.
fn loopback(host: &str) -> bool {
    // (Not `[::1]`: a page's security policy cannot name it.)
    matches!(host.split(':').next(), Some("127.0.0.1" | "localhost"))
}

/// The endpoint as kept: trimmed, scheme in lower case, ending with `/`,
/// with a trailing `statements` taken off (trainers often paste the
/// statements address itself). Only `https://`, or `http://` to this
/// computer; no credentials, query or fragment in it.
pub fn endpoint(text: &str) -> Result<String, LrsError> {
    let text = text.trim();
    if text.len() > MAX_ENDPOINT {
        return Err(LrsError::TooLong);
    }
    let (scheme, rest) = text.split_once("://").ok_or(LrsError::Malformed)?;
    let scheme = scheme.to_ascii_lowercase();
    let (host, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, "/"),
    };
    let plain = |c: char| c.is_ascii_alphanumeric() || "-._~/%!$&'()*+,;=:@[]".contains(c);
    let host_char = |c: char| c.is_ascii_alphanumeric() || ".-:[]".contains(c);
    if host.is_empty()
        || !host.chars().all(host_char)
        || !path.chars().all(plain)
        || path.contains('@')
        || host.starts_with(['.', '-', ':'])
    {
        return Err(LrsError::Malformed);
    }
    match scheme.as_str() {
        "https" => {}
        "http" if loopback(host) => {}
        "http" => return Err(LrsError::NotHttps),
        _ => return Err(LrsError::Malformed),
    }
    let mut path = path.trim_end_matches('/').to_owned();
    if let Some(base) = path.strip_suffix("/statements") {
        path = base.to_owned();
    }
    Ok(format!("{scheme}://{}{path}/", host.to_ascii_lowercase()))
}

/// The key as kept: `Basic ` taken off if pasted with it; base64 only.
pub fn key(text: &str) -> Result<String, LrsError> {
    let text = text.trim();
    let text = text
        .strip_prefix("Basic ")
        .or_else(|| text.strip_prefix("basic "))
        .unwrap_or(text)
        .trim();
    let base64 = |c: char| c.is_ascii_alphanumeric() || "+/=".contains(c);
    if (4..=MAX_KEY).contains(&text.len()) && text.chars().all(base64) {
        Ok(text.to_owned())
    } else {
        Err(LrsError::Key)
    }
}

impl Lrs {
    /// Checks an endpoint and key as a trainer typed them.
    pub fn new(endpoint_text: &str, key_text: &str) -> Result<Lrs, LrsError> {
        Ok(Lrs {
            endpoint: endpoint(endpoint_text)?,
            key: key(key_text)?,
        })
    }

    /// Whether it is as [`Lrs::new`] keeps one (a link edited by hand to
    /// send elsewhere in clear is refused).
    pub fn is_valid(&self) -> bool {
        Lrs::new(&self.endpoint, &self.key).is_ok_and(|l| l == *self)
    }

    /// Where statements are sent and read.
    pub fn statements_url(&self) -> String {
        format!("{}statements", self.endpoint)
    }

    /// The endpoint's host, as the learner is told where their results go.
    pub fn host(&self) -> &str {
        let rest = self
            .endpoint
            .split_once("://")
            .map_or(self.endpoint.as_str(), |(_, r)| r);
        rest.split('/').next().unwrap_or(rest)
    }
}

/// The results to send live: finished things only. An unfinished
/// attempt's answers change until it is finished, and each version would
/// be another statement; they go with the attempt once it is finished (its
/// start, `attempted`, goes at once).
pub fn finished_only(mut results: Results) -> Results {
    for module in &mut results.modules {
        for attempt in module.attempts.iter_mut().filter(|a| a.finished.is_none()) {
            attempt.answers.clear();
        }
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_normalised_and_only_https_or_loopback_is_taken() {
        assert_eq!(
            endpoint(" HTTPS://lrs.Example.org/xAPI/statements/ "),
            Ok("https://lrs.example.org/xAPI/".into())
        );
        assert_eq!(
            endpoint("https://lrs.example.org"),
            Ok("https://lrs.example.org/".into())
        );
        assert_eq!(
            endpoint("http://127.0.0.1:8100/xAPI"),
            Ok("http://127.0.0.1:8100/xAPI/".into())
        );
        assert_eq!(endpoint("http://[::1]:81/x/"), Err(LrsError::NotHttps));
        assert_eq!(
            endpoint("http://lrs.example.org/xAPI/"),
            Err(LrsError::NotHttps)
        );
        // A host that only starts like loopback is elsewhere.
        assert_eq!(
            endpoint("http://127.0.0.1.evil.example/"),
            Err(LrsError::NotHttps)
        );
        for bad in [
            "lrs.example.org",
            "ftp://lrs.example.org/",
            "https://user:pw@lrs.example.org/",
            "https://lrs.example.org/xAPI/?a=1",
            "https://lrs.example.org/#x",
            "https:///xAPI/",
            "https://lrs example.org/",
            "javascript://alert(1)",
        ] {
            assert!(endpoint(bad).is_err(), "{bad}");
        }
        assert_eq!(
            endpoint(&format!("https://a.org/{}", "x".repeat(400))),
            Err(LrsError::TooLong)
        );
    }

    #[test]
    fn keys_are_base64_with_or_without_basic() {
        assert_eq!(key("Basic d3JpdGVyOnB3"), Ok("d3JpdGVyOnB3".into()));
        assert_eq!(key(" d3JpdGVyOnB3 "), Ok("d3JpdGVyOnB3".into()));
        assert_eq!(key("abc"), Err(LrsError::Key));
        assert_eq!(key("d3Jp dGVy"), Err(LrsError::Key));
        assert_eq!(key("d3Jp\r\nX-Evil: 1"), Err(LrsError::Key));
        assert!(Lrs::new("https://a.org/xAPI", "Basic d3JpdGVyOnB3").is_ok_and(|l| l.is_valid()));
        let edited = Lrs {
            endpoint: "http://lrs.example.org/".into(),
            key: "d3JpdGVyOnB3".into(),
        };
        assert!(!edited.is_valid());
        let lrs = Lrs::new("https://lrs.example.org:8443/xAPI/", "a2V5OmtleQ==").unwrap();
        assert_eq!(lrs.host(), "lrs.example.org:8443");
        assert_eq!(
            lrs.statements_url(),
            "https://lrs.example.org:8443/xAPI/statements"
        );
    }
}
