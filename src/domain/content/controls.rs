//! The 93 controls of ISO/IEC 27002:2022 as facts: number, theme, whether
//! the control is new in 2022, the 2013 Annex A controls it comes from, its
//! values for the five attribute types, the lessons and questions that teach
//! it, and its name and summary in each language. Authored in
//! `lessons/controls/` (see the README there), checked and compiled by
//! `authoring::controls` into one JSON bundle that the explorer fetches when
//! it is first opened: none of it is in the first load.

// By path, so that `build.rs`, which compiles this file by `#[path]`, finds
// it too (see `src/authoring.rs`).
#[path = "controls/filter.rs"]
pub mod filter;

use crate::domain::content::catalog::Localized;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the built site serves the controls' data, relative to the content root.
pub const BUNDLE: &str = "controls.json";

/// One of the four themes (clauses 5 to 8) of ISO/IEC 27002:2022.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Organisational,
    People,
    Physical,
    Technological,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::Organisational,
        Theme::People,
        Theme::Physical,
        Theme::Technological,
    ];

    /// The word used in data files and addresses.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Organisational => "organisational",
            Theme::People => "people",
            Theme::Physical => "physical",
            Theme::Technological => "technological",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The clause whose controls it holds: 5 to 8.
    pub fn clause(self) -> u32 {
        match self {
            Theme::Organisational => 5,
            Theme::People => 6,
            Theme::Physical => 7,
            Theme::Technological => 8,
        }
    }

    /// How many controls the theme has in the 2022 edition.
    pub fn size(self) -> usize {
        match self {
            Theme::Organisational => 37,
            Theme::People => 8,
            Theme::Physical => 14,
            Theme::Technological => 34,
        }
    }

    /// The message id of its display name, in the controls' own texts.
    pub fn label_id(self) -> String {
        format!("control-theme-{}", self.key())
    }
}

/// The five attribute types of ISO/IEC 27002:2022, each with its allowed values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Facet {
    ControlType,
    Property,
    Concept,
    Capability,
    Domain,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::ControlType,
        Facet::Property,
        Facet::Concept,
        Facet::Capability,
        Facet::Domain,
    ];

    /// The word used in addresses and message ids (`type`, `property`, …).
    pub fn key(self) -> &'static str {
        match self {
            Facet::ControlType => "type",
            Facet::Property => "property",
            Facet::Concept => "concept",
            Facet::Capability => "capability",
            Facet::Domain => "domain",
        }
    }

    /// The field that holds it in `controls.toml`.
    pub fn field(self) -> &'static str {
        match self {
            Facet::ControlType => "control_type",
            Facet::Property => "properties",
            Facet::Concept => "concepts",
            Facet::Capability => "capabilities",
            Facet::Domain => "domains",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The values the standard defines for it, as written in data and addresses.
    pub fn allowed(self) -> &'static [&'static str] {
        match self {
            Facet::ControlType => &["preventive", "detective", "corrective"],
            Facet::Property => &["confidentiality", "integrity", "availability"],
            Facet::Concept => &["identify", "protect", "detect", "respond", "recover"],
            Facet::Capability => &[
                "governance",
                "asset-management",
                "information-protection",
                "human-resource-security",
                "physical-security",
                "system-and-network-security",
                "application-security",
                "secure-configuration",
                "identity-and-access-management",
                "threat-and-vulnerability-management",
                "continuity",
                "supplier-relationships-security",
                "legal-and-compliance",
                "information-security-event-management",
                "information-security-assurance",
            ],
            Facet::Domain => &[
                "governance-and-ecosystem",
                "protection",
                "defence",
                "resilience",
            ],
        }
    }

    /// The message id of the attribute type's own name.
    pub fn name_id(self) -> String {
        format!("control-facet-{}", self.key())
    }

    /// The message id of a value's display name.
    pub fn label_id(self, value: &str) -> String {
        format!("control-{}-{value}", self.key())
    }
}

/// How a 2022 control relates to the 2013 edition's Annex A.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// No 2013 control: new in 2022.
    New,
    /// One 2013 control, same title.
    Kept,
    /// One 2013 control, another title or scope.
    Renamed,
    /// Two or more 2013 controls brought together.
    Merged,
}

impl Change {
    pub fn key(self) -> &'static str {
        match self {
            Change::New => "new",
            Change::Kept => "kept",
            Change::Renamed => "renamed",
            Change::Merged => "merged",
        }
    }

    pub fn from_key(key: &str) -> Option<Change> {
        [Change::New, Change::Kept, Change::Renamed, Change::Merged]
            .into_iter()
            .find(|c| c.key() == key)
    }
}

/// One control of ISO/IEC 27002:2022.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Control {
    /// `5.1` to `8.34`: its stable id.
    pub number: String,
    pub theme: Theme,
    pub new: bool,
    pub change: Change,
    /// The 2013 Annex A controls it comes from (`A.12.4.1`), in order.
    pub from: Vec<String>,
    /// Its values for each attribute type, in the order of [`Facet::ALL`].
    pub attributes: BTreeMap<Facet, Vec<String>>,
    /// Lessons that teach it, as `module/lesson`.
    pub lessons: Vec<String>,
    /// Questions that test it, as `module/question` or `module/lesson/exercise`.
    pub questions: Vec<String>,
    pub name: Localized,
    pub summary: Localized,
}

impl Control {
    /// The values it has for an attribute type.
    pub fn values(&self, facet: Facet) -> &[String] {
        self.attributes.get(&facet).map_or(&[], Vec::as_slice)
    }

    /// The control's number as a message-id part: `8.15` → `8-15`.
    pub fn slug(&self) -> String {
        self.number.replace('.', "-")
    }
}

/// Every control, the 2013 numbers, and the labels of themes and values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlSet {
    /// The 114 controls of ISO/IEC 27001:2013 Annex A, in order.
    pub annex_a_2013: Vec<String>,
    /// The 93 controls, in number order.
    pub controls: Vec<Control>,
    /// Display names of themes, attribute types and values, by message id.
    pub labels: BTreeMap<String, Localized>,
}

impl ControlSet {
    /// The control with this number (`8.15`).
    pub fn get(&self, number: &str) -> Option<&Control> {
        self.controls.iter().find(|c| c.number == number)
    }

    /// The 2022 controls a 2013 control went into.
    pub fn successors(&self, annex_a: &str) -> Vec<&Control> {
        self.controls
            .iter()
            .filter(|c| c.from.iter().any(|f| f.eq_ignore_ascii_case(annex_a)))
            .collect()
    }

    /// A label by message id; an empty text where there is none.
    pub fn label(&self, id: &str) -> Localized {
        self.labels.get(id).cloned().unwrap_or_default()
    }
}

/// Whether `text` is a control number of the 2022 edition's shape (`8.15`).
pub fn is_control_number(text: &str) -> bool {
    let Some((clause, n)) = text.split_once('.') else {
        return false;
    };
    matches!(clause, "5" | "6" | "7" | "8")
        && !n.is_empty()
        && n.len() <= 2
        && n.bytes().all(|b| b.is_ascii_digit())
        && !n.starts_with('0')
}

/// Whether `text` numbers one of the 93 controls (`5.1` to `8.34`), known
/// from the size of each theme without the data.
pub fn exists(text: &str) -> bool {
    is_control_number(text)
        && text.split_once('.').is_some_and(|(clause, n)| {
            let n: usize = n.parse().unwrap_or(0);
            Theme::ALL
                .into_iter()
                .any(|t| t.clause().to_string() == clause && n <= t.size())
        })
}

/// Whether `text` is a 2013 Annex A reference of the right shape (`A.12.4.1`).
pub fn is_annex_a_2013(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("A.") else {
        return false;
    };
    let parts: Vec<&str> = rest.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 2
                && p.bytes().all(|b| b.is_ascii_digit())
                && !p.starts_with('0')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_references_have_their_shapes() {
        for good in ["5.1", "8.15", "7.14", "8.34"] {
            assert!(is_control_number(good), "{good}");
        }
        for bad in ["", "4.1", "5.", "5.01", "8.150", "8-15", "A.8.15", "5.1.1"] {
            assert!(!is_control_number(bad), "{bad}");
        }
        for good in ["A.5.1.1", "A.12.4.1", "A.18.2.3"] {
            assert!(is_annex_a_2013(good), "{good}");
        }
        assert!(exists("5.37") && exists("6.8") && exists("7.14") && exists("8.34"));
        assert!(!exists("5.38") && !exists("6.9") && !exists("7.15") && !exists("8.35"));
        for bad in ["A.12.4", "12.4.1", "A.12.4.1.1", "a.12.4.1", "A.12.04.1"] {
            assert!(!is_annex_a_2013(bad), "{bad}");
        }
    }

    #[test]
    fn keys_read_back() {
        for t in Theme::ALL {
            assert_eq!(Theme::from_key(t.key()), Some(t));
        }
        for f in Facet::ALL {
            assert_eq!(Facet::from_key(f.key()), Some(f));
        }
        assert_eq!(Theme::from_key("Technological"), None);
    }
}
