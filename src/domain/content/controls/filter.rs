//! Filtering the controls: by theme, by any values of any attribute types,
//! new in 2022, and a search box that takes a 2022 number (`8.15`), a 2013
//! Annex A reference (`A.12.4.1`, which finds what replaced it) or words in
//! either language, ignoring case and accents. A filter is written to and
//! read from the address's query, so that a filtered view can be shared,
//! and Back, Forward and a language switch keep it.
//!
//! Within one attribute type, values are alternatives (preventive *or*
//! detective); across types and with the theme, they all apply.

use super::{is_annex_a_2013, is_control_number, Control, ControlSet, Facet, Theme};
use crate::domain::shared::percent::{percent_decode, percent_encode};
use std::collections::BTreeSet;

/// The longest search text kept from an address.
pub const MAX_TEXT: usize = 120;

/// What the explorer is asked to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub themes: BTreeSet<Theme>,
    pub values: BTreeSet<(Facet, String)>,
    pub new_only: bool,
    pub text: String,
}

/// A filter read from an address, with the parts that were not understood
/// (so that the page can say that part of a link was ignored).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub filter: Filter,
    pub ignored: Vec<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self == &Filter::default()
    }

    /// Reads a query (`theme=people&type=preventive,detective&new=1&q=…`,
    /// without its `?`). Never fails: unknown keys and values are left out
    /// and listed in [`Parsed::ignored`].
    pub fn parse(query: &str) -> Parsed {
        let mut parsed = Parsed::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(value) = percent_decode(value) else {
                parsed.ignored.push(pair.to_owned());
                continue;
            };
            let f = &mut parsed.filter;
            match key {
                "q" => f.text = value.chars().take(MAX_TEXT).collect(),
                "new" if value == "1" => f.new_only = true,
                "theme" => {
                    for v in value.split(',').filter(|v| !v.is_empty()) {
                        match Theme::from_key(v) {
                            Some(t) => {
                                f.themes.insert(t);
                            }
                            None => parsed.ignored.push(format!("theme={v}")),
                        }
                    }
                }
                _ => match Facet::from_key(key) {
                    Some(facet) => {
                        for v in value.split(',').filter(|v| !v.is_empty()) {
                            if facet.allowed().contains(&v) {
                                f.values.insert((facet, v.to_owned()));
                            } else {
                                parsed.ignored.push(format!("{key}={v}"));
                            }
                        }
                    }
                    None => parsed.ignored.push(pair.to_owned()),
                },
            }
        }
        parsed
    }

    /// The query that [`Filter::parse`] reads back to this filter; empty for
    /// no filter. Keys and values come in a fixed order, so one view has one
    /// address.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.themes.is_empty() {
            let themes: Vec<&str> = self.themes.iter().map(|t| t.key()).collect();
            parts.push(format!("theme={}", themes.join(",")));
        }
        for facet in Facet::ALL {
            let values: Vec<&str> = facet
                .allowed()
                .iter()
                .copied()
                .filter(|v| self.values.contains(&(facet, (*v).to_owned())))
                .collect();
            if !values.is_empty() {
                parts.push(format!("{}={}", facet.key(), values.join(",")));
            }
        }
        if self.new_only {
            parts.push("new=1".to_owned());
        }
        // Kept as typed (a trailing space included), so that the search box
        // that writes the address can be read back from it mid-word.
        if !self.text.trim().is_empty() {
            let text: String = self.text.chars().take(MAX_TEXT).collect();
            parts.push(format!("q={}", percent_encode(&text)));
        }
        parts.join("&")
    }

    /// Adds or removes one value of an attribute type.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let key = (facet, value.to_owned());
        if !self.values.remove(&key) {
            self.values.insert(key);
        }
    }

    /// Adds or removes a theme.
    pub fn toggle_theme(&mut self, theme: Theme) {
        if !self.themes.remove(&theme) {
            self.themes.insert(theme);
        }
    }
}

/// Why a control is in the results, when the search box says more than words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Every filter and word matched.
    Matches,
    /// It replaced the 2013 control searched for.
    Replaces(String),
}

/// A control in the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    /// Its place in [`ControlSet::controls`].
    pub index: usize,
    pub control: &'a Control,
    pub reason: Reason,
}

/// The controls' texts in both languages, lower-cased and without accents,
/// prepared once so that each filtering only compares.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    texts: Vec<String>,
}

impl SearchIndex {
    pub fn new(set: &ControlSet) -> SearchIndex {
        let texts = set
            .controls
            .iter()
            .map(|c| {
                fold(&format!(
                    "{} {} {} {} {} {}",
                    c.number,
                    c.name.en,
                    c.name.fr,
                    c.summary.en,
                    c.summary.fr,
                    c.from.join(" ")
                ))
            })
            .collect();
        SearchIndex { texts }
    }
}

/// The controls that pass `filter`, in number order.
pub fn apply<'a>(set: &'a ControlSet, index: &SearchIndex, filter: &Filter) -> Vec<Hit<'a>> {
    let text = filter.text.trim();
    let annex_a = as_annex_a(text);
    let words: Vec<String> = if is_control_number(text) || annex_a.is_some() {
        Vec::new()
    } else {
        fold(text).split_whitespace().map(str::to_owned).collect()
    };
    // The values asked for, by attribute type, gathered once.
    let wanted: Vec<(Facet, Vec<&String>)> = Facet::ALL
        .into_iter()
        .map(|facet| {
            let values = filter
                .values
                .iter()
                .filter(|(f, _)| *f == facet)
                .map(|(_, v)| v)
                .collect();
            (facet, values)
        })
        .collect();
    set.controls
        .iter()
        .enumerate()
        .filter(|(_, c)| filter.themes.is_empty() || filter.themes.contains(&c.theme))
        .filter(|(_, c)| !filter.new_only || c.new)
        .filter(|(_, c)| {
            wanted.iter().all(|(facet, values)| {
                values.is_empty() || c.values(*facet).iter().any(|v| values.contains(&v))
            })
        })
        .filter_map(|(i, c)| {
            if is_control_number(text) {
                return (c.number == text).then_some(Hit {
                    index: i,
                    control: c,
                    reason: Reason::Matches,
                });
            }
            if let Some(reference) = &annex_a {
                return c.from.iter().any(|f| f == reference).then(|| Hit {
                    index: i,
                    control: c,
                    reason: Reason::Replaces(reference.clone()),
                });
            }
            let haystack = index.texts.get(i).map_or("", String::as_str);
            words
                .iter()
                .all(|w| haystack.contains(w.as_str()))
                .then_some(Hit {
                    index: i,
                    control: c,
                    reason: Reason::Matches,
                })
        })
        .collect()
}

/// A search text read as a 2013 Annex A reference: `A.12.4.1`, `a.12.4.1`
/// or `12.4.1` (three numbers cannot be a 2022 control).
fn as_annex_a(text: &str) -> Option<String> {
    let upper = text.to_ascii_uppercase();
    let candidate = if upper.starts_with("A.") {
        upper
    } else {
        format!("A.{upper}")
    };
    is_annex_a_2013(&candidate).then_some(candidate)
}

/// Lower case without accents, so that `Sécurité` and `securite` compare equal.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            '’' | '‘' => out.push('\''),
            '\u{a0}' | '\u{202f}' => out.push(' '),
            // Accents typed or pasted as separate combining marks.
            '\u{300}'..='\u{36f}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[path = "filter/tests.rs"]
mod tests;
