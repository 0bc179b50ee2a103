//! The learner's interface and reading preferences, stored as one small
//! versioned document.

use crate::domain::learner::review;
use crate::domain::shared::language::Lang;
use crate::domain::shared::store::{self, Document, DocumentError, KeyValueStore};
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const SCHEMA: u32 = 1;

/// Storage key of the preferences document.
pub fn storage_key() -> String {
    store::key("preferences")
}

/// What the learner chose for the interface.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preferences {
    /// The language the learner last chose explicitly; `None` until they do.
    pub lang: Option<Lang>,
    /// Whether lessons are shown in both languages at once.
    pub bilingual: bool,
    /// The desired retention of spaced review, in percent; `None` for the
    /// default (`review::DEFAULT_RETENTION`).
    pub retention: Option<u8>,
}

impl Preferences {
    /// The desired retention to schedule reviews with, in percent.
    pub fn retention(&self) -> u8 {
        self.retention.unwrap_or(review::DEFAULT_RETENTION)
    }
}

/// The stored form. The language is kept as a tag so that a tag this build
/// does not know is dropped rather than failing the whole document.
/// `bilingual` and `retention` were added without a schema change: older
/// builds ignore them. A retention outside `review::RETENTION_RANGE`, or
/// not a number, reads as the default.
#[derive(Debug, Deserialize)]
struct Stored<'a> {
    /// Only its type is checked here (a number): `store` read it first.
    #[serde(rename = "schema")]
    _schema: u32,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    bilingual: bool,
    /// Read as raw text, then as a number: any other value is the default,
    /// not an unreadable document.
    #[serde(default, borrow)]
    retention: Option<&'a serde_json::value::RawValue>,
}

/// What this build writes.
#[derive(Serialize)]
struct Written<'a> {
    schema: u32,
    lang: Option<&'a str>,
    bilingual: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    retention: Option<u8>,
}

/// Why stored preferences could not be used.
pub type PreferencesError = DocumentError;

impl Document for Preferences {
    const SCHEMA: u32 = SCHEMA;
    type Context<'c> = ();
    type Read = Preferences;

    fn key() -> String {
        storage_key()
    }

    fn parse(text: &str, _: &()) -> Result<Preferences, String> {
        let stored: Stored = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Ok(Preferences {
            lang: stored.lang.as_deref().and_then(Lang::from_tag),
            bilingual: stored.bilingual,
            retention: stored
                .retention
                .and_then(|raw| serde_json::from_str::<u8>(raw.get()).ok())
                .filter(|n| review::RETENTION_RANGE.contains(n)),
        })
    }

    fn encode(&self) -> String {
        let stored = Written {
            schema: SCHEMA,
            lang: self.lang.map(Lang::tag),
            bilingual: self.bilingual,
            retention: self.retention,
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }
}

impl Preferences {
    /// Reads a stored document.
    pub fn decode(text: &str) -> Result<Preferences, PreferencesError> {
        store::decode::<Preferences>(text, &())
    }

    /// The document to store.
    pub fn encode(&self) -> String {
        Document::encode(self)
    }

    /// Loads the preferences; none stored yet is the default.
    pub fn load(store: &dyn KeyValueStore) -> Result<Preferences, PreferencesError> {
        store::load::<Preferences>(store, &())
    }

    /// Saves the preferences, unless a newer version's document is stored.
    pub fn save(&self, store: &dyn KeyValueStore) -> Result<(), PreferencesError> {
        store::save(store, self)
    }

    /// Changes what `change` changes and saves the result, starting from what
    /// is stored. An unreadable document (two choices, no learner work) is
    /// replaced from the defaults; a newer version's is never written over,
    /// and nothing is written when storage cannot be read at all (the other
    /// choice stored there would be lost).
    pub fn update(
        store: &dyn KeyValueStore,
        change: impl FnOnce(&mut Preferences),
    ) -> Result<(), PreferencesError> {
        let mut prefs = match Preferences::load(store) {
            Ok(prefs) => prefs,
            Err(DocumentError::Corrupt(_)) => Preferences::default(),
            Err(e) => return Err(e),
        };
        change(&mut prefs);
        prefs.save(store)
    }

    /// The interface language for a visitor arriving without one in the
    /// address: their explicit choice, else the browser's, else the default.
    pub fn initial_lang<S: AsRef<str>>(&self, browser_preferred: &[S]) -> Lang {
        self.lang
            .unwrap_or_else(|| Lang::negotiate(browser_preferred))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::shared::store::{MemoryStore, StoreError};

    #[test]
    fn round_trip() {
        let prefs = Preferences {
            lang: Some(Lang::Fr),
            bilingual: true,
            retention: None,
        };
        assert_eq!(Preferences::decode(&prefs.encode()), Ok(prefs));
    }

    #[test]
    fn save_then_load() -> Result<(), PreferencesError> {
        let store = MemoryStore::default();
        assert_eq!(Preferences::load(&store), Ok(Preferences::default()));
        let prefs = Preferences {
            lang: Some(Lang::Fr),
            ..Preferences::default()
        };
        prefs.save(&store)?;
        assert_eq!(Preferences::load(&store), Ok(prefs));
        Ok(())
    }

    #[test]
    fn corrupt_json_is_reported() {
        assert!(matches!(
            Preferences::decode("{not json"),
            Err(PreferencesError::Corrupt(_))
        ));
        assert!(matches!(
            Preferences::decode("[1,2]"),
            Err(PreferencesError::Corrupt(_))
        ));
    }

    #[test]
    fn the_first_released_document_still_reads() {
        // Written by the first release, before the reading mode existed.
        assert_eq!(
            Preferences::decode(r#"{"schema":1,"lang":"fr"}"#),
            Ok(Preferences {
                lang: Some(Lang::Fr),
                bilingual: false,
                retention: None,
            })
        );
    }

    #[test]
    fn the_desired_retention_reads_only_within_its_range() {
        let read = |v: &str| {
            Preferences::decode(&format!(r#"{{"schema":1,"retention":{v}}}"#))
                .map(|p| p.retention())
        };
        assert_eq!(read("80"), Ok(80));
        for bad in ["69", "98", "-5", "90.5", "\"90\"", "null", "1e9"] {
            assert_eq!(read(bad), Ok(90), "{bad}");
        }
        let chosen = Preferences {
            retention: Some(85),
            ..Preferences::default()
        };
        assert_eq!(Preferences::decode(&chosen.encode()), Ok(chosen));
        assert!(!Preferences::default().encode().contains("retention"));
    }

    #[test]
    fn every_released_document_reads() {
        // tests/fixtures/storage holds one document per released schema.
        assert_eq!(
            Preferences::decode(include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/storage/preferences-v1.json"
            ))),
            Ok(Preferences {
                lang: Some(Lang::Fr),
                bilingual: true,
                retention: None,
            })
        );
    }

    #[test]
    fn unknown_language_is_dropped_not_fatal() {
        assert_eq!(
            Preferences::decode(r#"{"schema":1,"lang":"de"}"#),
            Ok(Preferences::default())
        );
    }

    #[test]
    fn newer_schema_is_never_overwritten() -> Result<(), StoreError> {
        let store = MemoryStore::default();
        let newer = r#"{"schema":99,"lang":"en","future":true}"#;
        store.write(&storage_key(), newer)?;
        let err = Preferences {
            lang: Some(Lang::Fr),
            ..Preferences::default()
        }
        .save(&store);
        assert_eq!(err, Err(PreferencesError::NewerSchema(99)));
        assert_eq!(store.read(&storage_key())?.as_deref(), Some(newer));
        Ok(())
    }

    #[test]
    fn corrupt_data_may_be_replaced_by_a_new_choice() -> Result<(), PreferencesError> {
        let store = MemoryStore::default();
        store.write(&storage_key(), "garbage")?;
        Preferences {
            lang: Some(Lang::En),
            ..Preferences::default()
        }
        .save(&store)?;
        assert_eq!(Preferences::load(&store)?.lang, Some(Lang::En));
        Ok(())
    }

    #[test]
    fn initial_lang_prefers_the_remembered_choice() {
        let remembered = Preferences {
            lang: Some(Lang::En),
            ..Preferences::default()
        };
        assert_eq!(remembered.initial_lang(&["fr-FR"]), Lang::En);
        assert_eq!(Preferences::default().initial_lang(&["fr-FR"]), Lang::Fr);
        assert_eq!(Preferences::default().initial_lang(&["ja"]), Lang::En);
    }
}
