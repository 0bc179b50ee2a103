//! A Statement of Applicability workbook: for each control of ISO/IEC
//! 27002:2022, what a learner (or a practitioner using the course at work)
//! decided: applicable or excluded, why, how far it is implemented, and who
//! owns it. Keyed by control number, the control's stable id.
//!
//! Each field of an entry carries the time it last changed, so that two
//! copies (two tabs, an import) merge field by field: one tab's
//! justification and another's owner for the same control are both kept.
//! For one field the later change wins, and a tie goes to the greater value
//! so that every copy settles on the same one. A change is always stamped
//! later than the value it replaces, even where that value came from a
//! clock running ahead: otherwise a newer-looking old value would undo
//! every edit at the next save.
//!
//! A real Statement of Applicability (ISO/IEC 27001:2022, 6.1.3 d) also
//! lists controls from sources other than Annex A; this workbook covers the
//! 93 controls the course teaches.

use crate::domain::content::controls::{ControlSet, Theme};
use crate::domain::shared::csv;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whether a control applies to the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    Applicable,
    Excluded,
}

/// How far an applicable control is implemented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Implementation {
    NotStarted,
    Partial,
    Implemented,
}

impl Applicability {
    pub fn message_id(self) -> &'static str {
        match self {
            Applicability::Applicable => "soa-applicable",
            Applicability::Excluded => "soa-excluded",
        }
    }
}

impl Implementation {
    pub const ALL: [Implementation; 3] = [
        Implementation::NotStarted,
        Implementation::Partial,
        Implementation::Implemented,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Implementation::NotStarted => "soa-not-started",
            Implementation::Partial => "soa-partial",
            Implementation::Implemented => "soa-implemented",
        }
    }
}

/// What was decided for one control. Every field may be left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicable: Option<Applicability>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub justification: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Implementation>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// When each field last changed (milliseconds since 1970; 0 for never),
    /// in the order above: applicability, justification, status, owner.
    #[serde(default)]
    pub changed: [u64; 4],
}

/// Takes their value of one field if it changed later (or at the same time
/// and is greater, so that every copy settles on the same one).
fn take_field<T: Ord + Clone>(ours: &mut T, at: &mut u64, theirs: &T, their_time: u64) -> bool {
    if their_time > *at || (their_time == *at && theirs > ours) {
        *ours = theirs.clone();
        *at = their_time;
        true
    } else {
        false
    }
}

impl Entry {
    /// When any field last changed.
    pub fn updated(&self) -> u64 {
        self.changed.into_iter().max().unwrap_or(0)
    }

    /// The status as it stands: none for an excluded control (a status
    /// kept from before the exclusion comes back if it is included again).
    pub fn effective_status(&self) -> Option<Implementation> {
        match self.applicable {
            Some(Applicability::Excluded) => None,
            _ => self.status,
        }
    }

    /// Stamps each field that differs from `before` with `now`, or just
    /// after its previous time if that is later.
    fn stamp(&mut self, before: &Entry, now: u64) {
        let differs = [
            self.applicable != before.applicable,
            self.justification != before.justification,
            self.status != before.status,
            self.owner != before.owner,
        ];
        for (i, differs) in differs.into_iter().enumerate() {
            if differs {
                self.changed[i] = now.max(before.changed[i].saturating_add(1));
            }
        }
    }

    /// Takes in another copy, field by field. Returns whether anything
    /// changed.
    fn merge(&mut self, other: &Entry) -> bool {
        let [a, j, s, o] = &mut self.changed;
        let mut changed = take_field(&mut self.applicable, a, &other.applicable, other.changed[0]);
        changed |= take_field(
            &mut self.justification,
            j,
            &other.justification,
            other.changed[1],
        );
        changed |= take_field(&mut self.status, s, &other.status, other.changed[2]);
        changed |= take_field(&mut self.owner, o, &other.owner, other.changed[3]);
        changed
    }
}

/// The workbook: an entry per control number that has one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workbook {
    #[serde(default)]
    pub entries: BTreeMap<String, Entry>,
}

/// A theme's decisions, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub undecided: usize,
    pub excluded: usize,
    pub not_started: usize,
    pub partial: usize,
    pub implemented: usize,
}

impl Workbook {
    /// Whether no entry was ever made.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A control's entry (empty if none).
    pub fn entry(&self, number: &str) -> Entry {
        self.entries.get(number).cloned().unwrap_or_default()
    }

    /// Changes a control's entry, each changed field stamped with `now`;
    /// whether anything changed.
    pub fn set(&mut self, number: &str, now: u64, change: impl FnOnce(&mut Entry)) -> bool {
        let before = self.entries.get(number).cloned().unwrap_or_default();
        let mut entry = before.clone();
        change(&mut entry);
        entry.changed = before.changed;
        if entry == before {
            return false;
        }
        entry.stamp(&before, now);
        // An entry emptied again still records when, so that the emptying
        // wins a merge against an older copy that had it filled in.
        self.entries.insert(number.to_owned(), entry);
        true
    }

    /// Takes in another copy, field by field (see the module's doc).
    /// Returns whether anything changed.
    pub fn merge(&mut self, other: &Workbook) -> bool {
        let mut changed = false;
        for (number, theirs) in &other.entries {
            match self.entries.get_mut(number) {
                Some(ours) => changed |= ours.merge(theirs),
                None => {
                    self.entries.insert(number.clone(), theirs.clone());
                    changed = true;
                }
            }
        }
        changed
    }

    /// Whether taking `other` in place of this copy would lose something:
    /// an entry it lacks, or a field it holds older than this copy's.
    pub fn loses_to(&self, other: &Workbook) -> bool {
        self.entries.iter().any(|(number, ours)| {
            other.entries.get(number).is_none_or(|theirs| {
                ours.changed
                    .iter()
                    .zip(theirs.changed)
                    .any(|(ours, theirs)| theirs < *ours)
            })
        })
    }

    /// How many controls have been decided applicable or excluded (what the
    /// summary counts as decided).
    pub fn decided(&self) -> usize {
        self.entries
            .values()
            .filter(|e| e.applicable.is_some())
            .count()
    }

    /// Per theme: controls with no decision, excluded, and applicable by
    /// implementation status (an applicable control with no status counts
    /// as not started).
    pub fn summary(&self, controls: &ControlSet) -> BTreeMap<Theme, Counts> {
        let mut out: BTreeMap<Theme, Counts> = Theme::ALL
            .into_iter()
            .map(|t| (t, Counts::default()))
            .collect();
        for c in &controls.controls {
            let counts = out.entry(c.theme).or_default();
            let entry = self.entries.get(&c.number);
            match entry.and_then(|e| e.applicable) {
                None => counts.undecided += 1,
                Some(Applicability::Excluded) => counts.excluded += 1,
                Some(Applicability::Applicable) => match entry.and_then(|e| e.status) {
                    None | Some(Implementation::NotStarted) => counts.not_started += 1,
                    Some(Implementation::Partial) => counts.partial += 1,
                    Some(Implementation::Implemented) => counts.implemented += 1,
                },
            }
        }
        out
    }

    /// The workbook as CSV, a row per control in number order: number,
    /// name, theme, applicability, justification, status, owner. `header`
    /// names the columns and `word` gives a message's text, both in the
    /// reader's language, as does `lang` for names; `separator` as
    /// [`csv::separator`] gives it.
    pub fn csv(
        &self,
        controls: &ControlSet,
        header: &[String],
        word: &dyn Fn(&str) -> String,
        lang: crate::domain::shared::language::Lang,
        separator: char,
    ) -> String {
        let mut out = String::new();
        csv::row(&mut out, header, separator);
        for c in &controls.controls {
            let entry = self.entries.get(&c.number).cloned().unwrap_or_default();
            let cells = [
                c.number.clone(),
                c.name.get(lang).to_owned(),
                controls.label(&c.theme.label_id()).get(lang).to_owned(),
                entry
                    .applicable
                    .map(|a| word(a.message_id()))
                    .unwrap_or_default(),
                entry.justification.clone(),
                entry
                    .effective_status()
                    .map(|s| word(s.message_id()))
                    .unwrap_or_default(),
                entry.owner,
            ];
            csv::row(&mut out, &cells, separator);
        }
        out
    }
}

#[cfg(test)]
mod tests;
