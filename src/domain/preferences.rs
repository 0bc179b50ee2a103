//! The learner's interface preferences, stored as one small versioned document.

use super::language::Lang;
use super::store::{self, KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The schema version this build writes.
pub const SCHEMA: u32 = 1;

/// Storage key of the preferences document.
pub fn storage_key() -> String {
    store::key("preferences")
}

/// What the learner chose for the interface.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// The language the learner last chose explicitly; `None` until they do.
    pub lang: Option<Lang>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Stored {
    schema: u32,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PreferencesError {
    #[error("stored preferences are not valid JSON: {0}")]
    Corrupt(String),
    #[error("stored preferences were written by a newer version (schema {0})")]
    NewerSchema(u32),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Preferences {
    /// Decodes a stored document. An unknown language tag is dropped rather
    /// than failing the whole document: the rest stays usable.
    pub fn decode(text: &str) -> Result<Preferences, PreferencesError> {
        let stored: Stored =
            serde_json::from_str(text).map_err(|e| PreferencesError::Corrupt(e.to_string()))?;
        if stored.schema > SCHEMA {
            return Err(PreferencesError::NewerSchema(stored.schema));
        }
        Ok(Preferences {
            lang: stored.lang.as_deref().and_then(Lang::from_tag),
        })
    }

    pub fn encode(&self) -> String {
        let stored = Stored {
            schema: SCHEMA,
            lang: self.lang.map(|l| l.tag().to_owned()),
        };
        // Serialising a struct of a number and an optional string cannot fail.
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads the preferences; absent data is the default, not an error.
    pub fn load(store: &dyn KeyValueStore) -> Result<Preferences, PreferencesError> {
        match store.read(&storage_key())? {
            None => Ok(Preferences::default()),
            Some(text) => Preferences::decode(&text),
        }
    }

    /// Writes the preferences unless the stored copy belongs to a newer
    /// version of the app, which must never be overwritten.
    pub fn save(&self, store: &dyn KeyValueStore) -> Result<(), PreferencesError> {
        if let Some(existing) = store.read(&storage_key())? {
            if let Err(e @ PreferencesError::NewerSchema(_)) = Preferences::decode(&existing) {
                return Err(e);
            }
        }
        store.write(&storage_key(), &self.encode())?;
        Ok(())
    }

    /// The language to show when a visitor arrives without one in the URL:
    /// their remembered choice, else the browser's preference.
    pub fn initial_lang<S: AsRef<str>>(&self, browser_preferred: &[S]) -> Lang {
        self.lang
            .unwrap_or_else(|| Lang::negotiate(browser_preferred))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::store::MemoryStore;

    #[test]
    fn round_trip() {
        let prefs = Preferences {
            lang: Some(Lang::Fr),
        };
        assert_eq!(Preferences::decode(&prefs.encode()), Ok(prefs));
    }

    #[test]
    fn save_then_load() -> Result<(), PreferencesError> {
        let store = MemoryStore::default();
        assert_eq!(Preferences::load(&store), Ok(Preferences::default()));
        let prefs = Preferences {
            lang: Some(Lang::Fr),
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
    fn unknown_language_is_dropped_not_fatal() {
        assert_eq!(
            Preferences::decode(r#"{"schema":1,"lang":"de"}"#),
            Ok(Preferences { lang: None })
        );
    }

    #[test]
    fn newer_schema_is_never_overwritten() -> Result<(), StoreError> {
        let store = MemoryStore::default();
        let newer = r#"{"schema":99,"lang":"en","future":true}"#;
        store.write(&storage_key(), newer)?;
        let err = Preferences {
            lang: Some(Lang::Fr),
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
        }
        .save(&store)?;
        assert_eq!(Preferences::load(&store)?.lang, Some(Lang::En));
        Ok(())
    }

    #[test]
    fn initial_lang_prefers_the_remembered_choice() {
        let remembered = Preferences {
            lang: Some(Lang::En),
        };
        assert_eq!(remembered.initial_lang(&["fr-FR"]), Lang::En);
        assert_eq!(Preferences::default().initial_lang(&["fr-FR"]), Lang::Fr);
        assert_eq!(Preferences::default().initial_lang(&["ja"]), Lang::En);
    }
}
