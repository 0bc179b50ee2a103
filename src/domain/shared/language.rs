//! The two languages the interface and the course are written in, their
//! tags, and the choice for a visitor who names none: the first supported
//! language of the browser's list, else English.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language the interface and the course are written in.
///
/// Stored and carried in URLs by its BCP 47 tag (`en`, `fr`), never by its
/// display name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language used when nothing better is known.
    pub const DEFAULT: Lang = Lang::En;

    /// The BCP 47 tag, as used in `<html lang>`, URLs and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Parses an exact tag as found in a URL segment or in storage.
    /// Only the canonical lower-case tags are accepted, so that every page has
    /// one address.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// Matches a browser language range such as `fr-CA`, `EN_gb` or `fr` by
    /// its primary subtag, case-insensitively.
    pub fn from_browser_tag(range: &str) -> Option<Lang> {
        let primary = range.trim().split(['-', '_']).next()?;
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// Picks the first supported language from the browser's preference list
    /// (`navigator.languages`, most preferred first), else the default.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|range| Lang::from_browser_tag(range.as_ref()))
            .unwrap_or(Lang::DEFAULT)
    }

    /// The other supported language (used by bilingual views).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn url_tags_are_exact() {
        assert_eq!(Lang::from_tag("FR"), None);
        assert_eq!(Lang::from_tag("fr-CA"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("de"), None);
    }

    #[test]
    fn browser_ranges_match_by_primary_subtag() {
        assert_eq!(Lang::from_browser_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_browser_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_browser_tag(" fr "), Some(Lang::Fr));
        assert_eq!(Lang::from_browser_tag("frr"), None);
        assert_eq!(Lang::from_browser_tag("*"), None);
    }

    #[test]
    fn negotiation_takes_first_supported() {
        assert_eq!(Lang::negotiate(&["de-DE", "fr-BE", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["en-US", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate(&["de", "es"]), Lang::DEFAULT);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::DEFAULT);
    }

    #[test]
    fn other_is_an_involution() {
        for lang in Lang::ALL {
            assert_ne!(lang.other(), lang);
            assert_eq!(lang.other().other(), lang);
        }
    }
}
