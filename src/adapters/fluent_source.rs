//! Facts about Fluent source text, needed both where the app builds its
//! interface bundles (`adapters::i18n`) and where the course compiler reads
//! lesson text (`crate::authoring`, host only). Plain `std`, so that
//! `build.rs` can compile it too.

/// 1-based line of a byte offset.
pub fn line_of(source: &str, byte: usize) -> usize {
    source
        .get(..byte.min(source.len()))
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// Lines of a French Fluent source where a plain space stands where French
/// typography wants a no-break space: before `:`, `;`, `!`, `?`, after `«`
/// and before `»`. Comments are skipped.
pub fn french_typography_problems(source: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let bad = match c {
                ':' | ';' | '!' | '?' | '»' => before == Some(' '),
                '«' => after == Some(' '),
                _ => false,
            };
            // `key = value` and `[variant]` syntax never uses these marks, so
            // every match is in text.
            if bad {
                out.push((n + 1, c));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one_and_past_the_end_is_the_last_line() {
        let src = "a = 1\nb = 2\n";
        assert_eq!(line_of(src, 0), 1);
        assert_eq!(line_of(src, 6), 2);
        assert_eq!(line_of(src, 999), 3);
    }

    #[test]
    fn plain_spaces_around_french_marks_are_found_outside_comments() {
        let src = "# Titre : commentaire\na = Oui : non\nb = « oui » !\nc = Oui\u{a0}: non\n";
        assert_eq!(
            french_typography_problems(src),
            vec![(2, ':'), (3, '«'), (3, '»'), (3, '!')]
        );
    }
}
