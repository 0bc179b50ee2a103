//! Whether this site runs from a SCORM or cmi5 package, and for what.
//!
//! `scripts/package-scorm.mjs` marks the `index.html` of a package with
//! `<meta name="savoir-package" content="…">`: `course`, or `module:<id>`
//! (SCORM 1.2), or `cmi5`, where the address's `au=<module>` names the
//! module (each of the course structure's AUs is one module).
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

/// What the meta tag says, if the site runs from a package.
#[cfg(target_arch = "wasm32")]
fn mark() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name='{META}']"))
        .ok()??
        .get_attribute("content")
}

#[cfg(target_arch = "wasm32")]
fn read() -> Option<Scope> {
    let content = mark()?;
    if content == CMI5 {
        return Some(
            crate::domain::trainer::cmi5::au_module(&search()).map_or(Scope::Course, Scope::Module),
        );
    }
    Scope::parse(&content)
}

/// The mark of a cmi5 package.
pub const CMI5: &str = "cmi5";

/// Whether the site runs from a cmi5 package.
pub fn cmi5() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static CMI5_PACKAGE: bool = mark().as_deref() == Some(CMI5);
        }
        CMI5_PACKAGE.with(|c| *c)
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// The page's query, as the LMS launched it (`location.search`).
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// On a cmi5 package launched by an LMS: the learner's own part of this
/// browser's storage, from the LMS's account for them (so that two of an
/// LMS's learners on one browser keep apart).
pub fn cmi5_learner_space() -> Option<&'static str> {
    let launch = crate::domain::trainer::cmi5::launch(&search()).ok()??;
    let space = format!(
        "{}{:016x}",
        crate::domain::shared::store::SPACE_PREFIX,
        crate::domain::learner::quiz::fnv1a(&launch.learner())
    );
    // One per visit.
    Some(Box::leak(space.into_boxed_str()))
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
