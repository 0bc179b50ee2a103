//! Lesson text: reading a Fluent file (syntax, empty and repeated messages,
//! French typography), and checking a pair of them against the messages the
//! structure asks for (missing, untranslated, unused, different variables).

use crate::adapters::fluent_source::{french_typography_problems, line_of};
use crate::authoring::report::{read, Report};
use crate::domain::content::catalog::Localized;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One message: where it is, its plain text, and the variables it uses.
pub(super) struct Message {
    pub(super) line: usize,
    pub(super) text: String,
    variables: BTreeSet<String>,
}

/// A parsed Fluent file: messages by id, with their line.
pub(super) struct FtlFile {
    pub(super) path: PathBuf,
    pub(super) messages: BTreeMap<String, Message>,
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression_variables(expression, out);
        }
    }
}

fn collect_expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline_variables(selector, out);
            for v in variants {
                collect_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline_variables(inline, out),
    }
}

fn collect_inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression_variables(expression, out)
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                collect_inline_variables(a, out);
            }
            for a in &arguments.named {
                collect_inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

/// The plain text of a pattern: text elements and string literals.
pub(super) fn plain_text(pattern: &ast::Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => text.push('\u{fffc}'),
        }
    }
    text.trim().to_owned()
}

/// Reads a Fluent file; `french` adds the typography check.
pub(super) fn read_ftl(report: &mut Report, path: &Path, french: bool) -> FtlFile {
    let mut file = FtlFile {
        path: path.to_owned(),
        messages: BTreeMap::new(),
    };
    let Some(source) = read(report, path) else {
        return file;
    };
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                report.add(
                    path,
                    line_of(&source, at),
                    format!("Fluent syntax error: {}", e.kind),
                );
            }
            r
        }
    };
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        // Identifiers borrow from the source, so their address is their position.
        let offset = (m.id.name.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
        let line = line_of(&source, offset);
        let id = m.id.name.to_owned();
        let mut variables = BTreeSet::new();
        let text = m.value.as_ref().map(plain_text).unwrap_or_default();
        if let Some(value) = &m.value {
            collect_variables(value, &mut variables);
        }
        if text.is_empty() {
            report.add(path, line, format!("message `{id}` is empty"));
        }
        if let Some(previous) = file.messages.get(&id) {
            report.add(
                path,
                line,
                format!(
                    "message `{id}` is defined twice (first at line {})",
                    previous.line
                ),
            );
            continue;
        }
        file.messages.insert(
            id,
            Message {
                line,
                text,
                variables,
            },
        );
    }
    if french {
        for (line, mark) in french_typography_problems(&source) {
            let cause = if mark == '«' {
                "use a no-break space (U+00A0) after `«`".to_owned()
            } else {
                format!("use a no-break space (U+00A0) before `{mark}`")
            };
            report.add(path, line, cause);
        }
    }
    file
}

/// Where each structure id was written, to point at it when its text is missing.
pub(super) struct Origins {
    pub(super) file: PathBuf,
    lines: Vec<(String, usize)>,
}

impl Origins {
    pub(super) fn new(file: PathBuf) -> Origins {
        Origins {
            file,
            lines: Vec::new(),
        }
    }

    pub(super) fn note(&mut self, id: &Spanned<String>, source: &str) {
        self.lines
            .push((id.get_ref().clone(), line_of(source, id.span().start)));
    }

    /// A structure id written on `line` that is not a TOML string of its own
    /// (a control's `control-8-15`, made from `number = "8.15"`).
    pub(super) fn note_at(&mut self, id: String, line: usize) {
        self.lines.push((id, line));
    }

    pub(super) fn note_all(&mut self, ids: &[Spanned<String>], source: &str) {
        for id in ids {
            self.note(id, source);
        }
    }

    /// The line of the most specific structure id a message id is made from.
    fn line_for(&self, message: &str) -> usize {
        let parts: Vec<&str> = message.split('-').collect();
        self.lines
            .iter()
            .filter(|(id, _)| {
                let n = id.split('-').count();
                parts.windows(n).any(|w| w.join("-") == *id)
            })
            .max_by_key(|(id, _)| id.len())
            .map_or(1, |(_, line)| *line)
    }
}

/// Checks a pair of Fluent files against the messages the structure asks for.
pub(super) fn check_texts(
    report: &mut Report,
    en: &FtlFile,
    fr: &FtlFile,
    expected: &[(String, bool)],
    origins: &Origins,
) {
    let wanted: BTreeSet<&str> = expected.iter().map(|(id, _)| id.as_str()).collect();
    for (id, required) in expected {
        match (en.messages.get(id), fr.messages.get(id)) {
            (None, None) if *required => report.add(
                &origins.file,
                origins.line_for(id),
                format!(
                    "message `{id}` is missing from both {} and {}",
                    report.name(&en.path),
                    report.name(&fr.path)
                ),
            ),
            (Some(m), None) => report.add(
                &en.path,
                m.line,
                format!(
                    "message `{id}` has no French text in {}",
                    report.name(&fr.path)
                ),
            ),
            (None, Some(m)) => report.add(
                &fr.path,
                m.line,
                format!(
                    "message `{id}` has no English text in {}",
                    report.name(&en.path)
                ),
            ),
            (Some(a), Some(b)) if a.variables != b.variables => report.add(
                &fr.path,
                b.line,
                format!(
                    "message `{id}` uses variables {:?} but the English (line {}) uses {:?}",
                    b.variables, a.line, a.variables
                ),
            ),
            _ => {}
        }
    }
    for file in [en, fr] {
        for (id, m) in &file.messages {
            if !wanted.contains(id.as_str()) {
                report.add(
                    &file.path,
                    m.line,
                    format!(
                        "message `{id}` belongs to nothing in {}",
                        report.name(&origins.file)
                    ),
                );
            }
        }
    }
}

/// A message's text in both languages (empty where missing: reported by
/// `check_texts`).
pub(super) fn localized(en: &FtlFile, fr: &FtlFile, id: &str) -> Localized {
    let get = |f: &FtlFile| {
        f.messages
            .get(id)
            .map(|m| m.text.clone())
            .unwrap_or_default()
    };
    Localized {
        en: get(en),
        fr: get(fr),
    }
}

/// The `title` message of a Fluent source, as plain text.
pub(super) fn title_of(source: &str) -> String {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .find_map(|e| match e {
            ast::Entry::Message(m) if m.id.name == "title" => m.value.as_ref().map(plain_text),
            _ => None,
        })
        .unwrap_or_default()
}
