//! Course content. The course index is generated from `lessons/` by
//! `build.rs` at compile time and embedded, so the app starts with it and
//! without a request; lesson bodies are not part of it.

use crate::domain::catalog::Catalog;
use thiserror::Error;

const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContentError {
    #[error("the course index is unreadable: {0}")]
    Index(String),
}

/// Parses an index document.
pub fn parse_catalog(json: &str) -> Result<Catalog, ContentError> {
    serde_json::from_str(json).map_err(|e| ContentError::Index(e.to_string()))
}

/// The course index built into this app.
pub fn catalog() -> Result<Catalog, ContentError> {
    parse_catalog(CATALOG_JSON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_catalog_parses() {
        let catalog = catalog().unwrap();
        assert_eq!(catalog.course_id, "iso27002");
        assert!(!catalog.title.en.is_empty() && !catalog.title.fr.is_empty());
    }

    #[test]
    fn broken_index_is_an_error_not_a_panic() {
        assert!(parse_catalog("{").is_err());
        assert!(parse_catalog(r#"{"course_id":1}"#).is_err());
    }
}
