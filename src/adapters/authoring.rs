//! Authoring: reads a course folder (`lessons/`), checks every rule of
//! `lessons/README.md`, and compiles the course into the index the app starts
//! with and the bundles it fetches when a lesson or module is opened.
//!
//! Every mistake is collected, not just the first, each with its file, line
//! and cause. This file is also compiled into `build.rs`, so it refers to the
//! domain only as `crate::domain::{catalog, language, lesson}`, to the
//! figure checker as `crate::adapters::figure`, and to the Fluent helpers it
//! shares with `adapters::i18n` as `crate::adapters::fluent_source`.

use crate::adapters::figure;
use crate::adapters::fluent_source::{french_typography_problems, line_of};
use crate::domain::catalog::{Catalog, LessonSummary, Level, Localized, ModuleSummary, Track};
use crate::domain::lesson::{
    is_valid_id, Accepted, Callout, CalloutKind, Categorised, Checkpoint, Figure, Lesson,
    LessonBundle, Module, ModuleBundle, Pair, Question, QuestionKind, Texts,
};
use fluent_syntax::ast;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One mistake in the content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub cause: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.cause)
    }
}

/// The whole course, checked and compiled.
#[derive(Debug, Clone)]
pub struct CompiledCourse {
    pub catalog: Catalog,
    pub modules: Vec<ModuleBundle>,
    pub lessons: Vec<LessonBundle>,
}

// ---------------------------------------------------------------------------
// Collecting problems

struct Report {
    root: PathBuf,
    problems: Vec<Problem>,
}

impl Report {
    fn name(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    fn add(&mut self, path: &Path, line: usize, cause: impl Into<String>) {
        let file = self.name(path);
        self.problems.push(Problem {
            file,
            line,
            cause: cause.into(),
        });
    }
}

fn read(report: &mut Report, path: &Path) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => Some(s),
        Err(e) => {
            report.add(path, 1, format!("cannot read: {e}"));
            None
        }
    }
}

fn parse_toml<T: for<'de> Deserialize<'de>>(
    report: &mut Report,
    path: &Path,
) -> Option<(T, String)> {
    let source = read(report, path)?;
    match toml::from_str::<T>(&source) {
        Ok(value) => Some((value, source)),
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(&source, s.start));
            report.add(path, line, e.message().trim().to_owned());
            None
        }
    }
}

// ---------------------------------------------------------------------------
// Fluent text

struct Message {
    line: usize,
    text: String,
    variables: BTreeSet<String>,
}

/// A parsed Fluent file: messages by id, with their line.
struct FtlFile {
    path: PathBuf,
    messages: BTreeMap<String, Message>,
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
fn plain_text(pattern: &ast::Pattern<&str>) -> String {
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

fn read_ftl(report: &mut Report, path: &Path, french: bool) -> FtlFile {
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
#[derive(Default)]
struct Origins {
    file: PathBuf,
    lines: Vec<(String, usize)>,
}

impl Origins {
    fn note(&mut self, id: &Spanned<String>, source: &str) {
        self.lines
            .push((id.get_ref().clone(), line_of(source, id.span().start)));
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
fn check_texts(
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

fn localized(en: &FtlFile, fr: &FtlFile, id: &str) -> Localized {
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

// ---------------------------------------------------------------------------
// TOML structure, as written (every field optional, so that every mistake can
// be reported rather than only the first one serde meets)

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCourse {
    id: Option<Spanned<String>>,
    #[serde(default)]
    modules: Vec<Spanned<String>>,
    checkpoints: Option<RawPolicy>,
}

/// What every module's question pool must reach (`[checkpoints]`).
#[derive(Deserialize, Default, Clone, Copy)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    #[serde(default)]
    min_pool: usize,
    #[serde(default)]
    min_draw: usize,
    #[serde(default)]
    min_kinds: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModule {
    id: Option<Spanned<String>>,
    level: Option<Spanned<String>>,
    #[serde(default)]
    lessons: Vec<Spanned<String>>,
    checkpoint: Option<Spanned<RawCheckpoint>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheckpoint {
    pass_mark: Option<Spanned<i64>>,
    draw: Option<Spanned<i64>>,
    #[serde(default)]
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: Option<Spanned<String>>,
    track: Option<Spanned<String>>,
    level: Option<Spanned<String>>,
    duration_minutes: Option<Spanned<i64>>,
    #[serde(default)]
    blocks: Vec<Spanned<String>>,
    #[serde(default)]
    examples: Vec<Spanned<String>>,
    #[serde(default)]
    callouts: Vec<Spanned<RawCallout>>,
    exercise: Option<Spanned<RawQuestion>>,
    #[serde(default)]
    figures: Vec<Spanned<RawFigure>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    id: Option<Spanned<String>>,
    block: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCallout {
    id: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    options: Option<Vec<Spanned<String>>>,
    correct: Option<Vec<Spanned<String>>>,
    answer: Option<bool>,
    accept: Option<RawAccept>,
    pairs: Option<Vec<Spanned<RawPair>>>,
    items: Option<Vec<Spanned<RawItem>>>,
    categories: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccept {
    en: Option<Vec<String>>,
    fr: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPair {
    left: Spanned<String>,
    right: Spanned<String>,
}

/// An ordering item is a plain id; a categorising item is `{ id, category }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawItem {
    Plain(String),
    Categorised { id: String, category: String },
}

// ---------------------------------------------------------------------------
// Checking the structure

struct Ctx<'a> {
    path: &'a Path,
    source: &'a str,
}

impl Ctx<'_> {
    fn line(&self, span: std::ops::Range<usize>) -> usize {
        line_of(self.source, span.start)
    }
}

fn check_id(report: &mut Report, ctx: &Ctx, id: &Spanned<String>, what: &str) {
    if !is_valid_id(id.get_ref()) {
        report.add(
            ctx.path,
            ctx.line(id.span()),
            format!(
                "{what} id `{}` is not valid: use lower-case letters, digits and single hyphens, starting with a letter",
                id.get_ref()
            ),
        );
    }
}

/// Checks a list of ids: each valid, none twice.
fn check_ids(report: &mut Report, ctx: &Ctx, ids: &[Spanned<String>], what: &str) -> Vec<String> {
    let mut seen = BTreeMap::new();
    for id in ids {
        check_id(report, ctx, id, what);
        let line = ctx.line(id.span());
        if let Some(first) = seen.insert(id.get_ref().clone(), line) {
            report.add(
                ctx.path,
                line,
                format!(
                    "duplicate {what} id `{}` (also at line {first})",
                    id.get_ref()
                ),
            );
        }
    }
    ids.iter().map(|s| s.get_ref().clone()).collect()
}

fn parse_level(
    report: &mut Report,
    ctx: &Ctx,
    level: Option<&Spanned<String>>,
    at: usize,
) -> Level {
    let Some(level) = level else {
        report.add(
            ctx.path,
            at,
            "`level` is missing (introductory, intermediate or advanced)",
        );
        return Level::Introductory;
    };
    match level.get_ref().as_str() {
        "introductory" => Level::Introductory,
        "intermediate" => Level::Intermediate,
        "advanced" => Level::Advanced,
        other => {
            report.add(
                ctx.path,
                ctx.line(level.span()),
                format!("invalid level `{other}`: use introductory, intermediate or advanced"),
            );
            Level::Introductory
        }
    }
}

fn check_question(
    report: &mut Report,
    ctx: &Ctx,
    raw: &Spanned<RawQuestion>,
    id: String,
    origins: &mut Origins,
) -> Option<Question> {
    let at = ctx.line(raw.span());
    let q = raw.get_ref();
    let Some(kind) = &q.kind else {
        report.add(ctx.path, at, format!("question `{id}` has no `kind`"));
        return None;
    };
    let kind_line = ctx.line(kind.span());
    let mut fields_used: Vec<&str> = Vec::new();
    let note_all = |ids: &[Spanned<String>], origins: &mut Origins| {
        for i in ids {
            origins.note(i, ctx.source);
        }
    };
    let result = match kind.get_ref().as_str() {
        k @ ("single-choice" | "multiple-choice") => {
            fields_used.extend(["options", "correct"]);
            let options = q.options.as_deref().unwrap_or_default();
            if options.len() < 2 {
                report.add(
                    ctx.path,
                    at,
                    format!("question `{id}` needs at least two `options`"),
                );
            }
            note_all(options, origins);
            let option_ids = check_ids(report, ctx, options, "option");
            let correct = q.correct.as_deref().unwrap_or_default();
            if correct.is_empty() {
                report.add(
                    ctx.path,
                    at,
                    format!("question `{id}` has no correct answer (`correct`)"),
                );
            }
            for c in correct {
                if !option_ids.contains(c.get_ref()) {
                    report.add(
                        ctx.path,
                        ctx.line(c.span()),
                        format!(
                            "correct answer `{}` of question `{id}` is not one of its options",
                            c.get_ref()
                        ),
                    );
                }
            }
            let correct: Vec<String> = correct.iter().map(|c| c.get_ref().clone()).collect();
            if k == "single-choice" {
                if correct.len() > 1 {
                    report.add(
                        ctx.path,
                        at,
                        format!("single-choice question `{id}` has {} correct answers; use multiple-choice", correct.len()),
                    );
                }
                Some(QuestionKind::SingleChoice {
                    options: option_ids,
                    correct: correct.into_iter().next().unwrap_or_default(),
                })
            } else {
                Some(QuestionKind::MultipleChoice {
                    options: option_ids,
                    correct,
                })
            }
        }
        "true-false" => {
            fields_used.push("answer");
            match q.answer {
                Some(answer) => Some(QuestionKind::TrueFalse { answer }),
                None => {
                    report.add(
                        ctx.path,
                        at,
                        format!(
                            "question `{id}` has no correct answer (`answer = true` or `false`)"
                        ),
                    );
                    None
                }
            }
        }
        "short-text" => {
            fields_used.push("accept");
            let mut accepted = Accepted::default();
            for (lang, list, slot) in [
                (
                    "English",
                    q.accept.as_ref().and_then(|a| a.en.as_ref()),
                    &mut accepted.en,
                ),
                (
                    "French",
                    q.accept.as_ref().and_then(|a| a.fr.as_ref()),
                    &mut accepted.fr,
                ),
            ] {
                let answers: Vec<String> = list
                    .map(|l| {
                        l.iter()
                            .map(|s| s.trim().to_owned())
                            .filter(|s| !s.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                if answers.is_empty() {
                    report.add(
                        ctx.path,
                        at,
                        format!("short-text question `{id}` has no accepted {lang} answer"),
                    );
                }
                *slot = answers;
            }
            Some(QuestionKind::ShortText { accept: accepted })
        }
        "matching" => {
            fields_used.push("pairs");
            let pairs = q.pairs.as_deref().unwrap_or_default();
            if pairs.len() < 2 {
                report.add(
                    ctx.path,
                    at,
                    format!("matching question `{id}` needs at least two `pairs`"),
                );
            }
            let lefts: Vec<Spanned<String>> =
                pairs.iter().map(|p| p.get_ref().left.clone()).collect();
            let rights: Vec<Spanned<String>> =
                pairs.iter().map(|p| p.get_ref().right.clone()).collect();
            note_all(&lefts, origins);
            note_all(&rights, origins);
            check_ids(report, ctx, &lefts, "left");
            check_ids(report, ctx, &rights, "right");
            Some(QuestionKind::Matching {
                pairs: pairs
                    .iter()
                    .map(|p| Pair {
                        left: p.get_ref().left.get_ref().clone(),
                        right: p.get_ref().right.get_ref().clone(),
                    })
                    .collect(),
            })
        }
        "ordering" => {
            fields_used.push("items");
            let items = plain_items(report, ctx, q, &id)?;
            if items.len() < 2 {
                report.add(
                    ctx.path,
                    at,
                    format!("ordering question `{id}` needs at least two `items`"),
                );
            }
            note_all(&items, origins);
            Some(QuestionKind::Ordering {
                items: check_ids(report, ctx, &items, "item"),
            })
        }
        "categorising" => {
            fields_used.extend(["categories", "items"]);
            let categories = q.categories.as_deref().unwrap_or_default();
            if categories.len() < 2 {
                report.add(
                    ctx.path,
                    at,
                    format!("categorising question `{id}` needs at least two `categories`"),
                );
            }
            note_all(categories, origins);
            let category_ids = check_ids(report, ctx, categories, "category");
            let mut items = Vec::new();
            let mut item_ids = Vec::new();
            for item in q.items.as_deref().unwrap_or_default() {
                let line = ctx.line(item.span());
                match item.get_ref() {
                    RawItem::Categorised { id: item_id, category } => {
                        if !category_ids.contains(category) {
                            report.add(
                                ctx.path,
                                line,
                                format!("item `{item_id}` of question `{id}` is in category `{category}`, which is not one of its categories"),
                            );
                        }
                        let spanned = Spanned::new(item.span(), item_id.clone());
                        origins.note(&spanned, ctx.source);
                        item_ids.push(spanned);
                        items.push(Categorised {
                            id: item_id.clone(),
                            category: category.clone(),
                        });
                    }
                    RawItem::Plain(item_id) => report.add(
                        ctx.path,
                        line,
                        format!("item `{item_id}` of categorising question `{id}` needs a category: `{{ id = \"{item_id}\", category = \"...\" }}`"),
                    ),
                }
            }
            if items.len() < 2 {
                report.add(
                    ctx.path,
                    at,
                    format!("categorising question `{id}` needs at least two `items`"),
                );
            }
            check_ids(report, ctx, &item_ids, "item");
            Some(QuestionKind::Categorising {
                categories: category_ids,
                items,
            })
        }
        other => {
            report.add(
                ctx.path,
                kind_line,
                format!("unknown question kind `{other}`: use single-choice, multiple-choice, true-false, short-text, matching, ordering or categorising"),
            );
            None
        }
    };
    let present = [
        ("options", q.options.is_some()),
        ("correct", q.correct.is_some()),
        ("answer", q.answer.is_some()),
        ("accept", q.accept.is_some()),
        ("pairs", q.pairs.is_some()),
        ("items", q.items.is_some()),
        ("categories", q.categories.is_some()),
    ];
    if result.is_some() {
        for (field, is_present) in present {
            if is_present && !fields_used.contains(&field) {
                report.add(
                    ctx.path,
                    at,
                    format!(
                        "`{field}` is not used by {} questions (question `{id}`)",
                        kind.get_ref()
                    ),
                );
            }
        }
    }
    result.map(|kind| Question { id, kind })
}

fn plain_items(
    report: &mut Report,
    ctx: &Ctx,
    q: &RawQuestion,
    id: &str,
) -> Option<Vec<Spanned<String>>> {
    let mut out = Vec::new();
    for item in q.items.as_deref().unwrap_or_default() {
        match item.get_ref() {
            RawItem::Plain(s) => out.push(Spanned::new(item.span(), s.clone())),
            RawItem::Categorised { id: item_id, .. } => report.add(
                ctx.path,
                ctx.line(item.span()),
                format!("item `{item_id}` of ordering question `{id}` must be a plain id, without a category"),
            ),
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// Course, modules, lessons

/// Checks and compiles the course in `dir` (usually `lessons/`). File names in
/// problems are relative to the parent of `dir`.
pub fn compile(dir: &Path) -> Result<CompiledCourse, Vec<Problem>> {
    let root = dir.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut report = Report {
        root,
        problems: Vec::new(),
    };
    let compiled = compile_course(&mut report, dir);
    if report.problems.is_empty() {
        if let Some(course) = compiled {
            return Ok(course);
        }
    }
    let mut problems = report.problems;
    problems.sort();
    problems.dedup();
    Err(problems)
}

fn compile_course(report: &mut Report, dir: &Path) -> Option<CompiledCourse> {
    let path = dir.join("course.toml");
    let parsed = parse_toml::<RawCourse>(report, &path);
    let en = read_ftl(report, &dir.join("en.ftl"), false);
    let fr = read_ftl(report, &dir.join("fr.ftl"), true);
    let (raw, source) = parsed?;
    let ctx = Ctx {
        path: &path,
        source: &source,
    };
    let course_id = match &raw.id {
        Some(id) => {
            check_id(report, &ctx, id, "course");
            id.get_ref().clone()
        }
        None => {
            report.add(&path, 1, "`id` is missing");
            String::new()
        }
    };
    let module_ids = check_ids(report, &ctx, &raw.modules, "module");

    let mut modules = Vec::new();
    let mut lessons = Vec::new();
    let mut summaries = Vec::new();
    let mut lesson_ids_seen: BTreeMap<String, String> = BTreeMap::new();
    for (module_id, spanned) in module_ids.iter().zip(&raw.modules) {
        let module_dir = dir.join(module_id);
        if !module_dir.join("module.toml").is_file() {
            report.add(
                &path,
                ctx.line(spanned.span()),
                format!(
                    "module `{module_id}` has no folder with a module.toml ({})",
                    report.name(&module_dir)
                ),
            );
            continue;
        }
        if let Some((bundle, summary, module_lessons)) = compile_module(
            report,
            &module_dir,
            module_id,
            raw.checkpoints.unwrap_or_default(),
        ) {
            for lesson in &module_lessons {
                let id = &lesson.lesson.id;
                if let Some(other) = lesson_ids_seen.insert(id.clone(), module_id.clone()) {
                    report.add(
                        &module_dir.join("module.toml"),
                        1,
                        format!("duplicate lesson id `{id}`: module `{other}` has a lesson with the same id"),
                    );
                }
            }
            modules.push(bundle);
            summaries.push(summary);
            lessons.extend(module_lessons);
        }
    }

    // Course text: title, summary, and the name of every track in use.
    let tracks_used: BTreeSet<String> = lessons.iter().map(|l| l.lesson.track.clone()).collect();
    let mut expected = vec![
        ("course-title".to_owned(), true),
        ("course-summary".to_owned(), true),
    ];
    expected.extend(tracks_used.iter().map(|t| (format!("track-{t}"), true)));
    let mut origins = Origins {
        file: path.clone(),
        ..Origins::default()
    };
    if let Some(id) = &raw.id {
        origins.note(id, &source);
    }
    check_texts(report, &en, &fr, &expected, &origins);

    let catalog = Catalog {
        course_id,
        title: localized(&en, &fr, "course-title"),
        summary: localized(&en, &fr, "course-summary"),
        tracks: tracks_used
            .iter()
            .map(|t| Track {
                id: t.clone(),
                name: localized(&en, &fr, &format!("track-{t}")),
            })
            .collect(),
        modules: summaries,
    };
    Some(CompiledCourse {
        catalog,
        modules,
        lessons,
    })
}

/// A module's or lesson's folder: its manifest, and its text in each language.
struct Folder<T> {
    raw: T,
    source: String,
    path: PathBuf,
    en: FtlFile,
    fr: FtlFile,
}

impl<T> Folder<T> {
    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            path: &self.path,
            source: &self.source,
        }
    }

    /// The Fluent sources as they are, for the bundle the app fetches.
    fn texts(&self) -> Texts {
        Texts {
            en: std::fs::read_to_string(&self.en.path).unwrap_or_default(),
            fr: std::fs::read_to_string(&self.fr.path).unwrap_or_default(),
        }
    }
}

/// Reads a folder's manifest and Fluent files, and checks that the
/// manifest's `id` is the folder's name.
fn read_folder<T: for<'de> Deserialize<'de>>(
    report: &mut Report,
    dir: &Path,
    manifest: &str,
    what: &str,
    folder_id: &str,
    id_of: impl Fn(&T) -> Option<&Spanned<String>>,
) -> Option<Folder<T>> {
    let path = dir.join(manifest);
    let parsed = parse_toml::<T>(report, &path);
    let en = read_ftl(report, &dir.join("en.ftl"), false);
    let fr = read_ftl(report, &dir.join("fr.ftl"), true);
    let (raw, source) = parsed?;
    match id_of(&raw) {
        Some(id) if id.get_ref() != folder_id => {
            let line = line_of(&source, id.span().start);
            report.add(
                &path,
                line,
                format!(
                    "{what} id `{}` differs from its folder name `{folder_id}`",
                    id.get_ref()
                ),
            );
        }
        Some(_) => {}
        None => report.add(&path, 1, "`id` is missing"),
    }
    Some(Folder {
        raw,
        source,
        path,
        en,
        fr,
    })
}

/// Checks the pool against `draw` and the course's `[checkpoints]` policy,
/// and returns `draw`.
fn check_pool(
    report: &mut Report,
    ctx: &Ctx,
    cp: &RawCheckpoint,
    at: usize,
    policy: RawPolicy,
    questions: &[Question],
) -> Option<usize> {
    let pool = cp.questions.len();
    let draw = match cp.draw.as_ref().map(|d| (*d.get_ref(), ctx.line(d.span()))) {
        Some((n, line)) if n < 1 || n as usize > pool => {
            report.add(
                ctx.path,
                line,
                format!("invalid draw {n}: use 1 to the pool's size ({pool})"),
            );
            None
        }
        Some((n, _)) => Some(n as usize),
        None => None,
    };
    let asked = draw.unwrap_or(pool);
    if pool < policy.min_pool {
        report.add(
            ctx.path,
            at,
            format!(
                "the pool has {pool} questions; course.toml asks for at least {}",
                policy.min_pool
            ),
        );
    }
    if asked < policy.min_draw {
        report.add(
            ctx.path,
            at,
            format!(
                "an attempt asks {asked} questions; course.toml asks for at least {} (set `draw`)",
                policy.min_draw
            ),
        );
    }
    let kinds: BTreeSet<&str> = questions.iter().map(|q| q.kind.id()).collect();
    if kinds.len() < policy.min_kinds {
        report.add(
            ctx.path,
            at,
            format!(
                "the pool has {} kinds of question ({}); course.toml asks for at least {}",
                kinds.len(),
                kinds.into_iter().collect::<Vec<_>>().join(", "),
                policy.min_kinds
            ),
        );
    }
    draw
}

fn compile_module(
    report: &mut Report,
    dir: &Path,
    folder_id: &str,
    policy: RawPolicy,
) -> Option<(ModuleBundle, ModuleSummary, Vec<LessonBundle>)> {
    let folder = read_folder::<RawModule>(report, dir, "module.toml", "module", folder_id, |m| {
        m.id.as_ref()
    })?;
    let ctx = folder.ctx();
    let (raw, source, path) = (&folder.raw, folder.source.as_str(), folder.path.clone());
    let (en, fr) = (&folder.en, &folder.fr);
    let level = parse_level(report, &ctx, raw.level.as_ref(), 1);
    let lesson_ids = check_ids(report, &ctx, &raw.lessons, "lesson");
    if lesson_ids.is_empty() {
        report.add(&path, 1, "`lessons` is missing or empty");
    }

    let mut origins = Origins {
        file: path.clone(),
        ..Origins::default()
    };
    let mut questions = Vec::new();
    let mut pass_mark = 0;
    let mut draw = None;
    match &raw.checkpoint {
        None => report.add(
            &path,
            1,
            "`[checkpoint]` is missing: every module ends with one",
        ),
        Some(checkpoint) => {
            let at = ctx.line(checkpoint.span());
            let cp = checkpoint.get_ref();
            match cp
                .pass_mark
                .as_ref()
                .map(|p| (*p.get_ref(), ctx.line(p.span())))
            {
                Some((mark @ 1..=100, _)) => pass_mark = mark as u8,
                Some((mark, line)) => report.add(
                    &path,
                    line,
                    format!("invalid pass_mark {mark}: use a percentage from 1 to 100"),
                ),
                None => report.add(&path, at, "`pass_mark` is missing"),
            }
            if cp.questions.is_empty() {
                report.add(&path, at, "the checkpoint has no questions");
            }
            let ids: Vec<Spanned<String>> = cp
                .questions
                .iter()
                .filter_map(|q| {
                    let id = q.get_ref().id.clone();
                    if id.is_none() {
                        report.add(&path, ctx.line(q.span()), "question has no `id`");
                    }
                    id
                })
                .collect();
            check_ids(report, &ctx, &ids, "question");
            for q in &cp.questions {
                if let Some(id) = &q.get_ref().id {
                    origins.note(id, source);
                    if let Some(question) =
                        check_question(report, &ctx, q, id.get_ref().clone(), &mut origins)
                    {
                        questions.push(question);
                    }
                }
            }
            draw = check_pool(report, &ctx, cp, at, policy, &questions);
        }
    }
    let module = Module {
        id: folder_id.to_owned(),
        level,
        lessons: lesson_ids.clone(),
        checkpoint: Checkpoint {
            pass_mark,
            questions,
            draw,
        },
    };
    check_texts(report, en, fr, &module.messages(), &origins);

    let mut lessons = Vec::new();
    for (lesson_id, spanned) in lesson_ids.iter().zip(&raw.lessons) {
        let lesson_dir = dir.join(lesson_id);
        if !lesson_dir.join("lesson.toml").is_file() {
            report.add(
                &path,
                ctx.line(spanned.span()),
                format!(
                    "lesson `{lesson_id}` has no folder with a lesson.toml ({})",
                    report.name(&lesson_dir)
                ),
            );
            continue;
        }
        if let Some(bundle) = compile_lesson(report, &lesson_dir, folder_id, lesson_id) {
            lessons.push(bundle);
        }
    }

    let summary = ModuleSummary {
        id: folder_id.to_owned(),
        title: localized(en, fr, "title"),
        summary: localized(en, fr, "summary"),
        level,
        duration_minutes: lessons.iter().map(|l| l.lesson.duration_minutes).sum(),
        question_count: module.checkpoint.asked() as u32,
        pass_mark: module.checkpoint.pass_mark,
        lessons: lessons
            .iter()
            .map(|l| LessonSummary {
                id: l.lesson.id.clone(),
                title: Localized {
                    en: title_of(&l.text.en),
                    fr: title_of(&l.text.fr),
                },
                level: l.lesson.level,
                duration_minutes: l.lesson.duration_minutes,
            })
            .collect(),
    };
    Some((
        ModuleBundle {
            module,
            text: folder.texts(),
        },
        summary,
        lessons,
    ))
}

/// The `title` message of a Fluent source, as plain text.
fn title_of(source: &str) -> String {
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

fn compile_lesson(
    report: &mut Report,
    dir: &Path,
    module_id: &str,
    folder_id: &str,
) -> Option<LessonBundle> {
    let folder = read_folder::<RawLesson>(report, dir, "lesson.toml", "lesson", folder_id, |l| {
        l.id.as_ref()
    })?;
    let ctx = folder.ctx();
    let (raw, source, path) = (&folder.raw, folder.source.as_str(), folder.path.clone());
    let (en, fr) = (&folder.en, &folder.fr);
    let track = match &raw.track {
        Some(t) => {
            check_id(report, &ctx, t, "track");
            t.get_ref().clone()
        }
        None => {
            report.add(&path, 1, "`track` is missing");
            String::new()
        }
    };
    let level = parse_level(report, &ctx, raw.level.as_ref(), 1);
    let duration_minutes = match raw
        .duration_minutes
        .as_ref()
        .map(|d| (*d.get_ref(), ctx.line(d.span())))
    {
        Some((m @ 1..=240, _)) => m as u32,
        Some((m, line)) => {
            report.add(
                &path,
                line,
                format!("invalid duration_minutes {m}: use 1 to 240"),
            );
            0
        }
        None => {
            report.add(&path, 1, "`duration_minutes` is missing");
            0
        }
    };
    let mut origins = Origins {
        file: path.clone(),
        ..Origins::default()
    };
    for id in raw.blocks.iter().chain(&raw.examples) {
        origins.note(id, source);
    }
    let blocks = check_ids(report, &ctx, &raw.blocks, "block");
    if blocks.is_empty() {
        report.add(
            &path,
            1,
            "`blocks` is missing or empty: a lesson has at least one content block",
        );
    }
    let examples = check_ids(report, &ctx, &raw.examples, "example");
    let mut callouts = Vec::new();
    let mut callout_ids = Vec::new();
    for c in &raw.callouts {
        let at = ctx.line(c.span());
        let raw_callout = c.get_ref();
        let Some(id) = &raw_callout.id else {
            report.add(&path, at, "callout has no `id`");
            continue;
        };
        origins.note(id, source);
        callout_ids.push(id.clone());
        let kind = match &raw_callout.kind {
            Some(k) => CalloutKind::from_id(k.get_ref()).or_else(|| {
                report.add(
                    &path,
                    ctx.line(k.span()),
                    format!(
                        "invalid callout kind `{}`: use tip, warning or key-point",
                        k.get_ref()
                    ),
                );
                None
            }),
            None => {
                report.add(
                    &path,
                    at,
                    format!("callout `{}` has no `kind`", id.get_ref()),
                );
                None
            }
        };
        if let Some(kind) = kind {
            callouts.push(Callout {
                id: id.get_ref().clone(),
                kind,
            });
        }
    }
    check_ids(report, &ctx, &callout_ids, "callout");

    let exercise = match &raw.exercise {
        None => {
            report.add(
                &path,
                1,
                "`[exercise]` is missing: every lesson has an interactive exercise",
            );
            None
        }
        Some(q) => {
            if let Some(id) = &q.get_ref().id {
                if id.get_ref() != "exercise" {
                    report.add(
                        &path,
                        ctx.line(id.span()),
                        "the exercise's id is always `exercise`; remove `id`",
                    );
                }
            }
            check_question(report, &ctx, q, "exercise".to_owned(), &mut origins)
        }
    };
    let lesson = Lesson {
        id: folder_id.to_owned(),
        module_id: module_id.to_owned(),
        track,
        level,
        duration_minutes,
        blocks,
        examples,
        callouts,
        exercise: exercise.clone().unwrap_or(Question {
            id: "exercise".to_owned(),
            kind: QuestionKind::TrueFalse { answer: true },
        }),
        figures: Vec::new(),
    };
    let (figures, broken) = compile_figures(
        report,
        &ctx,
        dir,
        &raw.figures,
        &lesson.blocks,
        &mut origins,
    );
    let lesson = Lesson { figures, ..lesson };
    let mut expected = lesson.messages();
    // A drawing that could not be read cannot say which labels it needs.
    for id in broken {
        let prefix = format!("figure-{id}-");
        for file in [&en, &fr] {
            for m in file.messages.keys().filter(|m| m.starts_with(&prefix)) {
                expected.push((m.clone(), false));
            }
        }
    }
    if exercise.is_none() {
        // Without a valid exercise, its texts cannot be checked either.
        let prefix = "exercise";
        expected.retain(|(id, _)| !id.starts_with(prefix));
        for file in [&en, &fr] {
            for id in file.messages.keys().filter(|id| id.starts_with(prefix)) {
                expected.push((id.clone(), false));
            }
        }
    }
    check_texts(report, en, fr, &expected, &origins);
    exercise.as_ref()?;
    Some(LessonBundle {
        lesson,
        text: folder.texts(),
    })
}

/// Reads and checks each figure's drawing (`<id>.svg` beside lesson.toml).
/// Returns the figures, and the ids of those whose drawing has mistakes.
fn compile_figures(
    report: &mut Report,
    ctx: &Ctx,
    dir: &Path,
    raw: &[Spanned<RawFigure>],
    blocks: &[String],
    origins: &mut Origins,
) -> (Vec<Figure>, Vec<String>) {
    let (mut figures, mut broken) = (Vec::new(), Vec::new());
    let mut ids = Vec::new();
    for f in raw {
        let at = ctx.line(f.span());
        let Some(id) = &f.get_ref().id else {
            report.add(ctx.path, at, "figure has no `id`");
            continue;
        };
        ids.push(id.clone());
        origins.note(id, ctx.source);
        let block = match &f.get_ref().block {
            Some(b) if blocks.contains(b.get_ref()) => b.get_ref().clone(),
            Some(b) => {
                report.add(
                    ctx.path,
                    ctx.line(b.span()),
                    format!(
                        "figure `{}` names block `{}`, which is not in `blocks`",
                        id.get_ref(),
                        b.get_ref()
                    ),
                );
                String::new()
            }
            None => {
                report.add(
                    ctx.path,
                    at,
                    format!("figure `{}` has no `block`", id.get_ref()),
                );
                String::new()
            }
        };
        let path = dir.join(format!("{}.svg", id.get_ref()));
        let drawing = match std::fs::read_to_string(&path) {
            Ok(source) => match figure::check(&source, is_valid_id) {
                Ok(d) => Some(d),
                Err(mistakes) => {
                    for (line, cause) in mistakes {
                        report.add(&path, line, cause);
                    }
                    None
                }
            },
            Err(e) => {
                report.add(
                    ctx.path,
                    at,
                    format!(
                        "figure `{}`: cannot read {}: {e}",
                        id.get_ref(),
                        report.name(&path)
                    ),
                );
                None
            }
        };
        match drawing {
            Some(d) if !block.is_empty() => figures.push(Figure {
                id: id.get_ref().clone(),
                block,
                svg: d.svg,
                labels: d.labels,
            }),
            _ => broken.push(id.get_ref().clone()),
        }
    }
    check_ids(report, ctx, &ids, "figure");
    (figures, broken)
}

/// Writes the bundles the app fetches into `out`: one JSON file per lesson
/// and per module, at the paths `domain::lesson` names. Files left from an
/// earlier build of a lesson that no longer exists are removed.
pub fn write_bundles(course: &CompiledCourse, out: &Path) -> std::io::Result<()> {
    use crate::domain::lesson::{lesson_bundle_path, module_bundle_path};
    // Bundles are plain data: serialising them cannot fail.
    let mut files: BTreeMap<PathBuf, String> = BTreeMap::new();
    for m in &course.modules {
        let json = serde_json::to_string(m).unwrap_or_default();
        files.insert(out.join(module_bundle_path(&m.module.id)), json);
    }
    for l in &course.lessons {
        let json = serde_json::to_string(l).unwrap_or_default();
        files.insert(
            out.join(lesson_bundle_path(&l.lesson.module_id, &l.lesson.id)),
            json,
        );
    }
    remove_stale(out, &files)?;
    for (path, json) in &files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // Unchanged files are left alone so that their timestamps do not make
        // Trunk or a static host think they changed.
        if std::fs::read_to_string(path).ok().as_deref() != Some(json.as_str()) {
            std::fs::write(path, json)?;
        }
    }
    Ok(())
}

fn remove_stale(dir: &Path, keep: &BTreeMap<PathBuf, String>) -> std::io::Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            remove_stale(&path, keep)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                std::fs::remove_dir(&path)?;
            }
        } else if !keep.contains_key(&path) {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Counts of what a course holds, for authors and for reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CourseStats {
    pub modules: usize,
    pub lessons: usize,
    pub questions_by_kind: BTreeMap<&'static str, usize>,
    /// Words of learner-visible text (lessons and checkpoints), per language.
    pub words_en: usize,
    pub words_fr: usize,
}

/// Words in the message values of a Fluent source: runs of characters that
/// hold at least one letter or digit.
pub fn word_count(source: &str) -> usize {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => m.value.as_ref().map(plain_text),
            _ => None,
        })
        .map(|text| {
            text.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

pub fn stats(course: &CompiledCourse) -> CourseStats {
    let mut stats = CourseStats {
        modules: course.modules.len(),
        lessons: course.lessons.len(),
        ..CourseStats::default()
    };
    for m in &course.modules {
        for q in &m.module.checkpoint.questions {
            *stats.questions_by_kind.entry(q.kind.id()).or_default() += 1;
        }
    }
    let texts = course
        .modules
        .iter()
        .map(|m| &m.text)
        .chain(course.lessons.iter().map(|l| &l.text));
    for t in texts {
        stats.words_en += word_count(&t.en);
        stats.words_fr += word_count(&t.fr);
    }
    stats
}
