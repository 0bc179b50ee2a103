//! Browser storage behind the domain's `KeyValueStore` interface.
//!
//! `gloo_storage::LocalStorage::raw()` panics when `localStorage` is missing
//! or blocked, so availability is checked through `web_sys` first and gloo is
//! only reached once it is known to be safe.

use crate::adapters::js_error::{self, describe};
use crate::domain::shared::store::{
    spaced, unspaced, KeyValueStore, MemoryStore, StoreError, KEY_PREFIX,
};
use std::sync::Arc;

/// `window.localStorage`, reached only after checking it is usable; in a
/// SCORM package launched by an LMS, the part of it that is the LMS
/// learner's (`store::spaced`).
#[derive(Debug, Clone, Copy)]
pub struct BrowserStore {
    space: Option<&'static str>,
}

impl BrowserStore {
    /// Returns a handle if `localStorage` exists and answers; otherwise why not
    /// (no window, storage disabled by policy, `null` storage).
    pub fn open(space: Option<&'static str>) -> Result<BrowserStore, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => {
                // Some browsers hand out a storage object that throws on use.
                storage
                    .length()
                    .map_err(|e| StoreError::Unavailable(describe(&e)))?;
                Ok(BrowserStore { space })
            }
            Ok(None) => Err(StoreError::Unavailable("localStorage is null".into())),
            Err(e) => Err(StoreError::Unavailable(describe(&e))),
        }
    }

    fn storage(&self) -> web_sys::Storage {
        use gloo_storage::Storage as _;
        gloo_storage::LocalStorage::raw()
    }
}

impl KeyValueStore for BrowserStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()
            .get_item(&spaced(key, self.space))
            .map_err(|e| StoreError::Backend(describe(&e)))
    }

    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()
            .set_item(&spaced(key, self.space), value)
            .map_err(|e| {
                if is_quota_error(&e) {
                    StoreError::QuotaExceeded
                } else {
                    StoreError::Backend(describe(&e))
                }
            })
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()
            .remove_item(&spaced(key, self.space))
            .map_err(|e| StoreError::Backend(describe(&e)))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = self.storage();
        let failed = |e: wasm_bindgen::JsValue| StoreError::Backend(describe(&e));
        let mut keys = Vec::new();
        for i in 0..storage.length().map_err(failed)? {
            let key = storage.key(i).map_err(failed)?;
            if let Some(key) = key.and_then(|k| unspaced(&k, self.space)) {
                if key.starts_with(KEY_PREFIX) {
                    keys.push(key);
                }
            }
        }
        keys.sort_unstable();
        Ok(keys)
    }
}

/// The store the app uses: the browser's when it works, else memory only.
#[derive(Clone)]
pub enum AppStore {
    Browser(BrowserStore),
    Memory(Arc<MemoryStore>),
}

impl AppStore {
    /// Opens browser storage (the part of it `space` names, if any),
    /// falling back to memory and saying why.
    pub fn open(space: Option<&'static str>) -> (AppStore, Option<StoreError>) {
        match BrowserStore::open(space) {
            Ok(store) => (AppStore::Browser(store), None),
            Err(e) => (AppStore::Memory(Arc::default()), Some(e)),
        }
    }

    /// The key a `storage` event's key stands for here, if it is one of
    /// this store's.
    pub fn own_key(&self, physical: &str) -> Option<String> {
        match self {
            AppStore::Browser(s) => unspaced(physical, s.space),
            AppStore::Memory(_) => None,
        }
    }

    pub fn as_store(&self) -> &dyn KeyValueStore {
        match self {
            AppStore::Browser(s) => s,
            AppStore::Memory(s) => s.as_ref(),
        }
    }
}

/// Browsers disagree on the name of a full-storage error: Chromium and current
/// Firefox say `QuotaExceededError`, older Firefox `NS_ERROR_DOM_QUOTA_REACHED`,
/// older Safari `QUOTA_EXCEEDED_ERR`.
fn is_quota_error(e: &wasm_bindgen::JsValue) -> bool {
    matches!(
        js_error::name(e).as_deref(),
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR")
    )
}
