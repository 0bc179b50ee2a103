//! The checks of the control data, one field at a time, each mistake with
//! the line it is on (see `authoring::controls`).

use crate::adapters::fluent_source::line_of;
use crate::authoring::controls::{sort_key, Targets};
use crate::authoring::raw::RawControl;
use crate::authoring::report::Report;
use crate::domain::content::controls::{
    is_annex_a_2013, is_control_number, Change, Control, Facet, Theme,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use toml::Spanned;

pub(super) struct Checker<'a, 'r> {
    pub(super) report: &'r mut Report,
    pub(super) path: &'a Path,
    pub(super) source: &'a str,
}

impl Checker<'_, '_> {
    pub(super) fn line(&self, span: std::ops::Range<usize>) -> usize {
        line_of(self.source, span.start)
    }

    pub(super) fn add(&mut self, line: usize, cause: impl Into<String>) {
        self.report.add(self.path, line, cause);
    }

    /// The 2013 numbers: each well formed and listed once.
    pub(super) fn annex_a(&mut self, listed: &[Spanned<String>]) -> BTreeSet<String> {
        let mut set = BTreeSet::new();
        for a in listed {
            let line = self.line(a.span());
            if !is_annex_a_2013(a.get_ref()) {
                self.add(
                    line,
                    format!(
                        "`{}` is not a 2013 Annex A number such as A.12.4.1",
                        a.get_ref()
                    ),
                );
            } else if !set.insert(a.get_ref().clone()) {
                self.add(
                    line,
                    format!("{} is listed twice in `annex_a_2013`", a.get_ref()),
                );
            }
        }
        set
    }

    /// One control, or `None` when its number is unusable.
    pub(super) fn control(
        &mut self,
        raw: &RawControl,
        line: usize,
        annex_a: &BTreeSet<String>,
        targets: &Targets,
    ) -> Option<Control> {
        let Some(number) = &raw.number else {
            self.add(line, "a control has no `number`");
            return None;
        };
        let n = number.get_ref().clone();
        if !is_control_number(&n) {
            self.add(
                self.line(number.span()),
                format!("`{n}` is not a control number such as 8.15"),
            );
            return None;
        }
        let theme = match &raw.theme {
            None => {
                self.add(line, format!("control {n} has no `theme`"));
                None
            }
            Some(t) => {
                let theme = Theme::from_key(t.get_ref());
                match theme {
                    None => self.add(
                        self.line(t.span()),
                        format!("control {n}: theme `{}` is not one of organisational, people, physical, technological", t.get_ref()),
                    ),
                    Some(theme) if sort_key(&n).0 != theme.clause() => self.add(
                        self.line(t.span()),
                        format!("control {n} is in clause {}, so its theme is {}, not {}", sort_key(&n).0, theme_of(&n), theme.key()),
                    ),
                    Some(_) => {}
                }
                theme
            }
        };
        let change = self.change(raw, &n, line);
        for f in &raw.from {
            if !annex_a.contains(f.get_ref()) {
                self.add(
                    self.line(f.span()),
                    format!("control {n}: `{}` is not in `annex_a_2013`", f.get_ref()),
                );
            }
        }
        let mut attributes = BTreeMap::new();
        for facet in Facet::ALL {
            attributes.insert(facet, self.values(raw, facet, &n, line));
        }
        let lessons = self.refs(
            &raw.lessons,
            &targets.lessons,
            &n,
            "lesson",
            "module/lesson",
        );
        let questions = self.refs(
            &raw.questions,
            &targets.questions,
            &n,
            "question",
            "module/question or module/lesson/exercise",
        );
        Some(Control {
            number: n,
            theme: theme.unwrap_or(Theme::Organisational),
            new: raw.new.as_ref().is_some_and(|b| *b.get_ref()),
            change: change.unwrap_or(Change::Kept),
            from: raw.from.iter().map(|f| f.get_ref().clone()).collect(),
            attributes,
            lessons,
            questions,
            name: Default::default(),
            summary: Default::default(),
        })
    }

    /// `change`, `new` and `from` agreeing with each other.
    fn change(&mut self, raw: &RawControl, n: &str, line: usize) -> Option<Change> {
        let Some(new) = &raw.new else {
            self.add(line, format!("control {n} has no `new` (true or false)"));
            return None;
        };
        let Some(change) = &raw.change else {
            self.add(
                line,
                format!("control {n} has no `change` (new, kept, renamed or merged)"),
            );
            return None;
        };
        let at = self.line(change.span());
        let Some(kind) = Change::from_key(change.get_ref()) else {
            self.add(
                at,
                format!(
                    "control {n}: change `{}` is not one of new, kept, renamed, merged",
                    change.get_ref()
                ),
            );
            return None;
        };
        if *new.get_ref() != (kind == Change::New) {
            self.add(
                self.line(new.span()),
                format!(
                    "control {n}: `new = {}` disagrees with `change = \"{}\"`",
                    new.get_ref(),
                    kind.key()
                ),
            );
        }
        let count = raw.from.len();
        let fits = match kind {
            Change::New => count == 0,
            Change::Kept | Change::Renamed => count == 1,
            Change::Merged => count >= 2,
        };
        if !fits {
            let wanted = match kind {
                Change::New => "no 2013 control",
                Change::Kept | Change::Renamed => "exactly one 2013 control",
                Change::Merged => "two or more 2013 controls",
            };
            self.add(
                at,
                format!(
                    "control {n} is `{}`, so `from` must list {wanted}; it lists {count}",
                    kind.key()
                ),
            );
        }
        Some(kind)
    }

    /// One attribute type's values: at least one, each allowed, none twice.
    fn values(&mut self, raw: &RawControl, facet: Facet, n: &str, line: usize) -> Vec<String> {
        let listed = match facet {
            Facet::ControlType => &raw.control_type,
            Facet::Property => &raw.properties,
            Facet::Concept => &raw.concepts,
            Facet::Capability => &raw.capabilities,
            Facet::Domain => &raw.domains,
        };
        if listed.is_empty() {
            self.add(line, format!("control {n} has no `{}`: every control has at least one value of each attribute type", facet.field()));
        }
        let mut out: Vec<String> = Vec::new();
        for v in listed {
            let at = self.line(v.span());
            if !facet.allowed().contains(&v.get_ref().as_str()) {
                self.add(
                    at,
                    format!(
                        "control {n}: `{}` is not a value of `{}` (allowed: {})",
                        v.get_ref(),
                        facet.field(),
                        facet.allowed().join(", ")
                    ),
                );
            } else if out.contains(v.get_ref()) {
                self.add(
                    at,
                    format!(
                        "control {n}: `{}` is listed twice in `{}`",
                        v.get_ref(),
                        facet.field()
                    ),
                );
            } else {
                out.push(v.get_ref().clone());
            }
        }
        // In the standard's order, whatever order they were written in.
        out.sort_by_key(|v| facet.allowed().iter().position(|a| a == v));
        out
    }

    /// Lessons or questions that must exist in the course.
    fn refs(
        &mut self,
        listed: &[Spanned<String>],
        known: &BTreeSet<String>,
        n: &str,
        what: &str,
        shape: &str,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for r in listed {
            if known.contains(r.get_ref()) {
                out.push(r.get_ref().clone());
            } else {
                self.add(
                    self.line(r.span()),
                    format!(
                        "control {n}: no {what} `{}` in the course (write it as {shape})",
                        r.get_ref()
                    ),
                );
            }
        }
        out
    }

    /// The counts of the 2022 edition, and every 2013 control accounted for.
    pub(super) fn totals(&mut self, controls: &[Control], annex_a: &[Spanned<String>]) {
        for theme in Theme::ALL {
            let count = controls
                .iter()
                .filter(|c| c.theme == theme && sort_key(&c.number).0 == theme.clause())
                .count();
            if count != theme.size() {
                self.add(
                    1,
                    format!(
                        "the {} theme has {} controls in the 2022 edition; this file has {count}",
                        theme.key(),
                        theme.size()
                    ),
                );
            }
        }
        if annex_a.len() != 114 {
            self.add(
                1,
                format!(
                    "`annex_a_2013` lists {} controls; the 2013 edition has 114",
                    annex_a.len()
                ),
            );
        }
        for a in annex_a {
            if !controls.iter().any(|c| c.from.contains(a.get_ref())) {
                self.add(
                    self.line(a.span()),
                    format!(
                        "{} goes into no 2022 control: some control's `from` must name it",
                        a.get_ref()
                    ),
                );
            }
        }
    }
}

/// The theme a number's clause belongs to, by name.
fn theme_of(number: &str) -> &'static str {
    Theme::ALL
        .into_iter()
        .find(|t| t.clause() == sort_key(number).0)
        .map_or("unknown", Theme::key)
}
