//! What a JSON parse error says about the text it came from.

/// Whether `text` failed to parse only because it stops early: the error
/// is at its very end. `serde_json` calls most of those "end of file", but
/// not all: a text cut right after `0.` or `1e` is an "invalid number" at
/// the last byte, for a value skipped over. A file cut short by a failed download or a copy that
/// stopped should be told as such, wherever the cut falls.
pub fn cut_short(text: &str, error: &serde_json::Error) -> bool {
    if error.is_eof() {
        return true;
    }
    if !error.is_syntax() {
        return false;
    }
    // serde_json counts lines from 1 and columns in bytes from the last
    // newline: the end of the text is its last line's length. And the text
    // must end where a value could go on (a number's `1.`, `1e`, `-`, a
    // literal's `tr`, an escape's `\`), not on a closing `}` that is wrong.
    let lines = text.split('\n').count();
    let last = text.rsplit('\n').next().map_or(0, str::len);
    let open = text
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '\\'));
    open && error.line() == lines && error.column() >= last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> serde_json::Error {
        match serde_json::from_str::<serde_json::Value>(text) {
            Err(e) => e,
            Ok(v) => panic!("{text} parsed: {v}"),
        }
    }

    #[test]
    fn every_cut_of_a_document_is_cut_short() {
        let whole = "{\n  \"a\": [0.5, 1e-7, -3, true, null],\n  \"b\": \"x\\u00e9\\n\u{e9}\",\n  \"c\": {\"d\": 12.25E+2}\n}";
        assert!(serde_json::from_str::<serde_json::Value>(whole).is_ok());
        for (at, _) in whole.char_indices().skip(1) {
            let part = &whole[..at];
            assert!(cut_short(part, &error(part)), "cut at {at}: {part:?}");
        }
    }

    #[test]
    fn a_mistake_before_the_end_is_not() {
        for text in [
            "{\"a\": x}",
            "{\"a\": 0.}",
            "[1, 2,, 3]",
            "{\n\"a\": 1 2\n}",
            "nope",
        ] {
            assert!(!cut_short(text, &error(text)), "{text}");
        }
    }
}
