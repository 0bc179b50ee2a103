//! The little structure long lesson texts have: paragraphs separated by blank
//! lines, and bulleted lists written as lines starting with `- `
//! (see lessons/README.md). Text is never interpreted as HTML.

/// One paragraph of a long text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paragraph {
    Text(String),
    List(Vec<String>),
}

/// Splits a formatted text into paragraphs and lists.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let flush = |lines: &mut Vec<&str>, out: &mut Vec<Paragraph>| {
        if lines.is_empty() {
            return;
        }
        if lines.iter().all(|l| l.starts_with("- ")) {
            out.push(Paragraph::List(
                lines.iter().map(|l| l[2..].trim().to_owned()).collect(),
            ));
        } else {
            out.push(Paragraph::Text(lines.join(" ")));
        }
        lines.clear();
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut lines, &mut out);
        } else {
            lines.push(line);
        }
    }
    flush(&mut lines, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_blank_lines_and_joins_wrapped_lines() {
        assert_eq!(
            paragraphs("First line\nwraps here.\n\nSecond."),
            vec![
                Paragraph::Text("First line wraps here.".into()),
                Paragraph::Text("Second.".into())
            ]
        );
    }

    #[test]
    fn dash_lines_make_a_list() {
        assert_eq!(
            paragraphs("Intro:\n\n- one\n- two\n\nEnd."),
            vec![
                Paragraph::Text("Intro:".into()),
                Paragraph::List(vec!["one".into(), "two".into()]),
                Paragraph::Text("End.".into())
            ]
        );
    }

    #[test]
    fn a_dash_inside_prose_is_prose() {
        assert_eq!(
            paragraphs("A line\n- not all dashes"),
            vec![Paragraph::Text("A line - not all dashes".into())]
        );
    }

    #[test]
    fn empty_text_has_no_paragraphs() {
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
