//! The storage interface the rest of the app writes learner state through,
//! and the one way a versioned document is read and written ([`Document`]).
//! The browser implementation lives in `adapters::storage`; the in-memory
//! one is here, for host tests and as the app's fallback: it is pure Rust,
//! so domain tests use it without depending on an adapter.

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
/// Values are whole serialised documents; their schemas are handled once,
/// by [`Document`] and the functions beside it.
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

/// How a space's name starts (see [`spaced`]).
pub const SPACE_PREFIX: &str = "lms-";

/// The key `key` is kept under in a storage space: a SCORM package run by
/// an LMS keeps each of the LMS's learners apart (`savoir:progress` is
/// `savoir:lms-…:progress`), since every package and every learner of that
/// LMS share the browser's storage for its address.
pub fn spaced(key: &str, space: Option<&str>) -> String {
    match (space, key.split_once(':')) {
        (None, _) => key.to_owned(),
        (Some(space), Some((app, name))) => format!("{app}:{space}:{name}"),
        (Some(space), None) => format!("{space}:{key}"),
    }
}

/// The key a stored `physical` key stands for in `space`, if it is in it
/// (without a space: any key that is in none).
pub fn unspaced(physical: &str, space: Option<&str>) -> Option<String> {
    let (app, rest) = physical.split_once(':')?;
    match space {
        None => (!rest.starts_with(SPACE_PREFIX)).then(|| physical.to_owned()),
        Some(space) => {
            let name = rest.strip_prefix(space)?.strip_prefix(':')?;
            Some(format!("{app}:{name}"))
        }
    }
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

/// A JSON document kept whole under one storage key, with a `schema`
/// number saying which version of the app wrote it: the learner's
/// preferences, their progress, their accepted assignments, the trainer's
/// class.
///
/// Each document says only what is its own: where it is kept, the schema
/// it writes, how it reads its text (migrating an older schema) and how it
/// writes it. What every document must do alike is written once, here:
/// - [`decode`] reads the schema number first, whatever the structure
///   around it, so that a newer version's document (which may be shaped
///   quite differently) is reported as newer, never as unreadable;
/// - [`save_document`] never writes over a newer version's document, and
///   reads every write back;
/// - [`save_merged`] takes in what another tab stored before writing, and
///   never writes over what it could not read.
///
/// `tests/fixtures/storage/<name>-v<schema>.json` keeps one document of
/// every schema each document ever had, as that version wrote it; a test
/// reads every one of them.
pub trait Document: Sized {
    /// The schema this build writes. Every older one still reads.
    const SCHEMA: u32;
    /// What reading needs besides the text: [`Known`], for a document that
    /// drops what the course no longer has, else nothing (`()`).
    type Context<'c>: ?Sized;
    /// What a reading gives: the document, and for a document read part by
    /// part, how many parts it left out. Its default is what an empty
    /// storage holds.
    type Read: Default;
    /// Where the document is kept.
    fn key() -> String;
    /// Reads a document of this schema or an older one (a newer one never
    /// gets here), as leniently as the document allows. The error says why
    /// it cannot be read.
    fn parse(text: &str, context: &Self::Context<'_>) -> Result<Self::Read, String>;
    /// The text to store, stamped with [`Document::SCHEMA`].
    fn encode(&self) -> String;
}

/// What the course has, for documents that drop what it no longer has: a
/// module id, or a module and lesson id (as share links are checked).
pub type Known<'a> = dyn Fn(&str, Option<&str>) -> bool + 'a;

/// Reads `text` as a `D` with another parser than the document's own (a
/// strict one, say), the schema number first as [`decode`] does.
pub fn decode_with<D: Document, T>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, DocumentError> {
    // A newer version may have changed the structure: its number first.
    match schema_of(text) {
        Some(newer) if newer > D::SCHEMA => Err(DocumentError::NewerSchema(newer)),
        _ => parse(text).map_err(DocumentError::Corrupt),
    }
}

/// Reads a stored document's text.
pub fn decode<D: Document>(text: &str, context: &D::Context<'_>) -> Result<D::Read, DocumentError> {
    decode_with::<D, _>(text, |text| D::parse(text, context))
}

/// Reads the stored document; nothing stored yet is the empty reading.
pub fn load<D: Document>(
    store: &dyn KeyValueStore,
    context: &D::Context<'_>,
) -> Result<D::Read, DocumentError> {
    load_with::<D, _>(store, |text| decode::<D>(text, context))
}

/// Reads the stored document with another reader than the document's own,
/// one made with [`decode_with`]; nothing stored yet is `T`'s default.
pub fn load_with<D: Document, T: Default>(
    store: &dyn KeyValueStore,
    decode: impl FnOnce(&str) -> Result<T, DocumentError>,
) -> Result<T, DocumentError> {
    match store.read(&D::key())? {
        None => Ok(T::default()),
        Some(text) => decode(&text),
    }
}

/// Saves a document, unless a newer version's is stored; read back.
pub fn save<D: Document>(store: &dyn KeyValueStore, document: &D) -> Result<(), DocumentError> {
    save_document(store, &D::key(), D::SCHEMA, &document.encode())
}

/// Saves a document after taking in, with `merge`, the stored copy (what
/// another tab saved meanwhile). A stored copy that cannot be read, or
/// that a newer version wrote, is never written over.
pub fn save_merged<D: Document>(
    store: &dyn KeyValueStore,
    document: &mut D,
    context: &D::Context<'_>,
    merge: impl FnOnce(&mut D, D::Read),
) -> Result<(), DocumentError> {
    let stored = load::<D>(store, context)?;
    merge(document, stored);
    save(store, document)
}

/// Writes a document's text unless the one already stored under `key` was
/// written by a newer version, which must never be overwritten (its schema
/// number is read whatever its structure). An unreadable document may be
/// replaced: the documents that must keep one say so before calling this.
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

    /// A document the app stores, seen through the functions the app calls.
    struct Kind {
        /// Its fixtures are `tests/fixtures/storage/<name>-v<schema>.json`.
        name: &'static str,
        key: String,
        schema: u32,
        /// A document of the next schema, shaped as this build could not
        /// read it: a reader that parses before it looks at the number
        /// calls it unreadable.
        newer: &'static str,
        /// Every reader of a stored text; each must take in all of it.
        read: fn(&str) -> Vec<Result<(), DocumentError>>,
        load: fn(&dyn KeyValueStore) -> Vec<Result<(), DocumentError>>,
        save: fn(&dyn KeyValueStore) -> Vec<Result<(), DocumentError>>,
    }

    fn all(_: &str, _: Option<&str>) -> bool {
        true
    }

    /// Fails a part-by-part reading that left something out.
    fn whole<T>(read: Result<(T, usize), DocumentError>) -> Result<(), DocumentError> {
        match read? {
            (_, 0) => Ok(()),
            (_, n) => Err(DocumentError::Corrupt(format!("{n} parts left out"))),
        }
    }

    fn kinds() -> Vec<Kind> {
        use crate::domain::learner::preferences::{self, Preferences};
        use crate::domain::learner::progress::{self, Progress};
        use crate::domain::trainer::assigned::{self, Assigned};
        use crate::domain::trainer::class::{self, Class};
        use crate::domain::trainer::lrs::outbox::{self, Outbox};
        vec![
            Kind {
                name: "preferences",
                key: preferences::storage_key(),
                schema: preferences::SCHEMA,
                newer: r#"{"schema":2,"lang":{"interface":"fr"},"bilingual":"both"}"#,
                read: |t| vec![Preferences::decode(t).map(drop)],
                load: |s| vec![Preferences::load(s).map(drop)],
                save: |s| {
                    vec![
                        Preferences::default().save(s),
                        Preferences::update(s, |p| p.bilingual = true),
                    ]
                },
            },
            Kind {
                name: "progress",
                key: progress::storage_key(),
                schema: progress::SCHEMA,
                newer: r#"{"schema":5,"lessons":[{"id":"foundations/what-is-27002"}],"last":7}"#,
                read: |t| {
                    vec![
                        Progress::decode(t).map(drop),
                        whole(Progress::decode_lenient(t, &all)),
                    ]
                },
                load: |s| vec![Progress::load(s).map(drop)],
                save: |s| vec![Progress::default().save(s)],
            },
            Kind {
                name: "assignments",
                key: assigned::storage_key(),
                schema: assigned::SCHEMA,
                newer: r#"{"schema":3,"items":{"a":[1]},"signature":"Ana"}"#,
                read: |t| vec![Assigned::decode(t, &all).map(drop)],
                load: |s| vec![Assigned::load(s, &all).map(drop)],
                save: |s| vec![Assigned::default().save(s, &all)],
            },
            Kind {
                name: "outbox",
                key: <Outbox as Document>::key(),
                schema: outbox::SCHEMA,
                newer: r#"{"schema":2,"queue":[["x"]]}"#,
                read: |t| vec![decode::<Outbox>(t, &()).map(drop)],
                load: |s| vec![load::<Outbox>(s, &()).map(drop)],
                save: |s| vec![save(s, &Outbox::default())],
            },
            Kind {
                name: "class",
                key: class::STORAGE_KEY.to_owned(),
                schema: class::SCHEMA,
                newer: r#"{"schema":2,"results":{"by-assignment":{}}}"#,
                read: |t| vec![Class::decode(t).map(drop)],
                load: |s| vec![Class::load(s).map(drop)],
                save: |s| vec![Class::default().save(s)],
            },
        ]
    }

    #[test]
    fn every_released_document_reads_and_a_newer_one_is_newer_whatever_its_shape() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/storage");
        let mut fixtures = std::collections::BTreeMap::new();
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".json") {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                fixtures.insert(stem.to_owned(), text);
            }
        }
        let kinds = kinds();
        // Every fixture belongs to a document and a schema it had.
        for (stem, text) in &fixtures {
            let known = stem.rsplit_once("-v").and_then(|(name, schema)| {
                let kind = kinds.iter().find(|k| k.name == name)?;
                let schema: u32 = schema.parse().ok()?;
                (1..=kind.schema)
                    .contains(&schema)
                    .then_some((kind, schema))
            });
            let Some((kind, schema)) = known else {
                panic!("{stem}.json: no document and schema of that name");
            };
            assert_eq!(schema_of(text), Some(schema), "{stem}.json: its schema");
            for read in (kind.read)(text) {
                assert_eq!(read, Ok(()), "{stem}.json still reads, whole");
            }
        }
        for kind in &kinds {
            // Every schema each document ever had has its fixture.
            for schema in 1..=kind.schema {
                let stem = format!("{}-v{schema}", kind.name);
                assert!(fixtures.contains_key(&stem), "{stem}.json is missing");
            }
            // A newer version's document is newer, whatever its shape: read
            // (and loaded) as newer, never as unreadable, and never written
            // over.
            let newer = DocumentError::NewerSchema(kind.schema + 1);
            assert_eq!(
                schema_of(kind.newer),
                Some(kind.schema + 1),
                "{}",
                kind.name
            );
            for read in (kind.read)(kind.newer) {
                assert_eq!(read, Err(newer.clone()), "{}: read", kind.name);
            }
            let store = MemoryStore::default();
            store.write(&kind.key, kind.newer).ok();
            for load in (kind.load)(&store) {
                assert_eq!(load, Err(newer.clone()), "{}: load", kind.name);
            }
            for save in (kind.save)(&store) {
                assert_eq!(save, Err(newer.clone()), "{}: save", kind.name);
            }
            assert_eq!(
                store.read(&kind.key).ok().flatten().as_deref(),
                Some(kind.newer),
                "{}: kept",
                kind.name
            );
        }
    }

    #[test]
    fn a_space_keeps_its_keys_apart_and_gives_them_back() {
        let space = Some("lms-00ff");
        for key in [
            "savoir:progress",
            "savoir:assignments",
            "savoir-trainer:class",
        ] {
            let physical = spaced(key, space);
            assert_ne!(physical, key);
            assert_eq!(unspaced(&physical, space).as_deref(), Some(key));
            // Not another space's, nor the site's own.
            assert_eq!(unspaced(&physical, Some("lms-0100")), None);
            assert_eq!(unspaced(&physical, None), None);
            assert_eq!(unspaced(key, space), None);
            assert_eq!(spaced(key, None), key);
            assert_eq!(unspaced(key, None).as_deref(), Some(key));
        }
        assert_eq!(unspaced("no-colon", None), None);
    }
}
