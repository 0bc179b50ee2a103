//! Whether this site runs from a SCORM package, and for what.
//!
//! `scripts/package-scorm.mjs` marks the `index.html` of a package with
//! `<meta name="savoir-package" content="…">`: `course`, or `module:<id>`.
//! An LMS serves a package's files from a folder of its own, as they are:
//! there, addresses live in the page's fragment (`index.html#/en/...`,
//! `domain::shared::route::in_fragment`), content is fetched relative to
//! the page, and no service worker is installed (the LMS's folder is not
//! the app's to keep offline).

use crate::domain::trainer::scorm::Scope;

/// The meta tag's name.
pub const META: &str = "savoir-package";

/// What this package reports on, if the site runs from one.
pub fn scope() -> Option<Scope> {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static SCOPE: Option<Scope> = read();
        }
        SCOPE.with(Clone::clone)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Whether the site runs from a package.
pub fn packaged() -> bool {
    scope().is_some()
}

#[cfg(target_arch = "wasm32")]
fn read() -> Option<Scope> {
    let content = web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name='{META}']"))
        .ok()??
        .get_attribute("content")?;
    Scope::parse(&content)
}

/// A file of the site, by its name at the site's root (`certificate.css`),
/// as an href that holds from any page: from the root on a web host, from
/// the page's own folder in a package.
pub fn file(name: &str) -> String {
    if packaged() {
        name.to_owned()
    } else {
        format!("/{name}")
    }
}
