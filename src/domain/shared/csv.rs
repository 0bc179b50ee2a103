//! CSV as spreadsheets read it (RFC 4180, CRLF line ends), for files people
//! open in Excel or LibreOffice: a cell is quoted when it must be, and a
//! cell a person typed is never read as a formula.

/// One CSV field: quoted when it must be, and never read as a formula by a
/// spreadsheet (a name or a note is whatever someone typed).
pub fn cell(text: &str, separator: char) -> String {
    // Spaces before the sign do not stop every spreadsheet from reading a
    // formula.
    let risky = text.trim_start().starts_with(['=', '+', '-', '@']);
    let text = if risky || text.starts_with(['\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Appends one row of cells, each made safe by [`cell`].
pub fn row(out: &mut String, cells: &[String], separator: char) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c, separator)).collect();
    out.push_str(&cells.join(&separator.to_string()));
    out.push_str("\r\n");
}

/// The separator for a language's spreadsheets: `;` where the comma is the
/// decimal mark (French), `,` elsewhere.
pub fn separator(lang: crate::domain::shared::language::Lang) -> char {
    match lang {
        crate::domain::shared::language::Lang::Fr => ';',
        crate::domain::shared::language::Lang::En => ',',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_when_they_must_be_and_never_formulas() {
        assert_eq!(cell("plain", ','), "plain");
        assert_eq!(cell("a,b", ','), "\"a,b\"");
        assert_eq!(cell("a,b", ';'), "a,b");
        assert_eq!(cell("a;b", ';'), "\"a;b\"");
        assert_eq!(cell("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines", ','), "\"two\nlines\"");
        assert_eq!(cell("=HYPERLINK(\"x\")", ','), "\"'=HYPERLINK(\"\"x\"\")\"");
        for risky in [
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            " =1+1",
            "\u{a0}\u{a0}=1",
            "\n=1",
        ] {
            assert!(
                cell(risky, ',').trim_start_matches('"').starts_with('\''),
                "{risky}"
            );
        }
        let mut out = String::new();
        row(&mut out, &["a".into(), "b;c".into()], ';');
        assert_eq!(out, "a;\"b;c\"\r\n");
    }
}
