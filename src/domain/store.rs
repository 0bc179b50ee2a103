//! The storage interface the rest of the app writes learner state through.
//! Browser and in-memory implementations live in `adapters::storage`.

use thiserror::Error;

/// Why a read or write of stored state failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    /// No persistent storage at all: disabled, blocked, or absent.
    #[error("storage is not available: {0}")]
    Unavailable(String),
    /// The browser refused the write because the origin is out of space.
    #[error("storage is full")]
    QuotaExceeded,
    /// A write was accepted but reads back different.
    #[error("storage returned something other than what was written")]
    ReadBack,
    /// Any other failure reported by the storage backend.
    #[error("storage failed: {0}")]
    Backend(String),
}

/// A namespaced string key-value store.
///
/// Values are whole serialised documents; schema handling belongs to the
/// callers, which know what they stored.
pub trait KeyValueStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn write(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key this app wrote (those starting with [`KEY_PREFIX`]), sorted.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Every key this app writes starts with this prefix, so that its data can be
/// found, exported or cleared without touching other apps on the same origin.
pub const KEY_PREFIX: &str = "savoir:";

/// Builds a namespaced key.
pub fn key(name: &str) -> String {
    format!("{KEY_PREFIX}{name}")
}

/// Why a stored document (a JSON value with a `schema` number) could not be
/// used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DocumentError {
    #[error("the stored document is not valid: {0}")]
    Corrupt(String),
    #[error("the stored document was written by a newer version (schema {0})")]
    NewerSchema(u32),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where a stored document that cannot be read is copied before anything
/// replaces it, so that it can still be recovered.
pub fn backup_key(key: &str) -> String {
    format!("{key}:unreadable")
}

/// The schema number of a stored document, if it has one.
pub fn schema_of(text: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Head {
        schema: u32,
    }
    serde_json::from_str::<Head>(text).ok().map(|h| h.schema)
}

/// Writes a document unless the one already stored under `key` was written
/// by a newer version, which must never be overwritten. A corrupt document
/// may be replaced.
pub fn save_document(
    store: &dyn KeyValueStore,
    key: &str,
    schema: u32,
    encoded: &str,
) -> Result<(), DocumentError> {
    if let Some(found) = store.read(key)?.as_deref().and_then(schema_of) {
        if found > schema {
            return Err(DocumentError::NewerSchema(found));
        }
    }
    store.write(key, encoded)?;
    // Some storage (a failing disk, an extension) accepts a write and keeps
    // something else: checked, so that the learner is told.
    if store.read(key)?.as_deref() != Some(encoded) {
        return Err(DocumentError::Store(StoreError::ReadBack));
    }
    Ok(())
}

/// A store kept in memory only: used by host tests, and by the app as its
/// fallback when the browser offers no usable storage.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: std::sync::Mutex<std::collections::HashMap<String, String>>,
}

impl MemoryStore {
    fn entries(
        &self,
    ) -> Result<std::sync::MutexGuard<'_, std::collections::HashMap<String, String>>, StoreError>
    {
        // A poisoned lock means a panic elsewhere already happened while writing;
        // report it as a backend failure instead of panicking again.
        self.entries
            .lock()
            .map_err(|_| StoreError::Backend("in-memory store poisoned".into()))
    }
}

impl KeyValueStore for MemoryStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries()?.get(key).cloned())
    }

    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.entries()?.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.entries()?.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let mut keys: Vec<String> = self
            .entries()?
            .keys()
            .filter(|k| k.starts_with(KEY_PREFIX))
            .cloned()
            .collect();
        keys.sort_unstable();
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store that accepts writes but keeps something else.
    #[derive(Default)]
    struct Lying(MemoryStore);

    impl KeyValueStore for Lying {
        fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.0.read(key)
        }
        fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
            self.0.write(key, &value.replace('1', "2"))
        }
        fn remove(&self, key: &str) -> Result<(), StoreError> {
            self.0.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, StoreError> {
            self.0.keys()
        }
    }

    #[test]
    fn a_write_that_reads_back_different_is_reported() {
        let doc = r#"{"schema":1}"#;
        assert_eq!(
            save_document(&Lying::default(), "savoir:x", 1, doc),
            Err(DocumentError::Store(StoreError::ReadBack))
        );
        let honest = MemoryStore::default();
        assert_eq!(save_document(&honest, "savoir:x", 1, doc), Ok(()));
        honest.write("other:y", "z").ok();
        assert_eq!(honest.keys(), Ok(vec!["savoir:x".to_owned()]));
    }
}
