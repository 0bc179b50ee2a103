//! The shapes of xAPI's values: UUIDs, IRIs, language tags, durations.

/// Whether `text` is a UUID (any version; xAPI allows upper case).
pub fn is_uuid(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Whether `text` is an absolute IRI: a scheme, `:`, and no spaces or
/// characters IRIs exclude.
pub fn is_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut s = scheme.chars();
    s.next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !rest
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
}

/// Whether `tag` is a well-formed language tag (RFC 5646's shape: a
/// primary language of 2 to 8 letters, then subtags of 1 to 8 letters or
/// digits).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether `text` is an ISO 8601 duration as xAPI takes it (`PT1H2M3.5S`,
/// `P1D`, `P2W`).
pub fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let fields = |part: &str, units: &str| -> bool {
        let mut number = String::new();
        let mut seen = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
            } else if units.contains(c) && !number.is_empty() && !seen.contains(c) {
                if number.parse::<f64>().is_err() {
                    return false;
                }
                number.clear();
                seen.push(c);
            } else {
                return false;
            }
        }
        number.is_empty()
    };
    let time_ok = time.is_none_or(|t| !t.is_empty() && fields(t, "HMS"));
    (!date.is_empty() || time.is_some()) && fields(date, "YMWD") && time_ok
}
