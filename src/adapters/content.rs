//! Course content as the app gets it. The course index is generated from
//! `lessons/` by `build.rs` as Rust code and compiled in, so the app starts
//! with it, without a request and without parsing (and without the
//! catalog's serde deserialisers, about 4 KB brotli of wasm). Each lesson,
//! and each module's checkpoint (`module.json`), is fetched as one bundle
//! (structure and the Fluent text of both languages) when first opened,
//! parsed once and kept for the visit. What fails is a typed
//! [`ContentError`], since the learner's message depends on which it is.
//!
//! A loaded lesson keeps each text it has formatted, per language
//! ([`ContentText`]), so switching back and forth copies strings rather
//! than resolving every Fluent message again (the switch's p90, click to
//! painted, went from 45–61 ms to 33–41 ms in the benchmark when this was
//! added).

use crate::adapters::i18n::{LocaleFile, TextBundles};
use crate::domain::content::catalog::{
    Catalog, LessonSummary, Level, Localized, ModuleSummary, Track,
};
use crate::domain::content::lesson::{
    lesson_bundle_path, module_bundle_path, Lesson, LessonBundle, Module, ModuleBundle, Texts,
};
use crate::domain::shared::language::Lang;

use thiserror::Error;

/// Why content could not be shown. Each kind gets its own message for the
/// learner; the details are for the console.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContentError {
    #[error("{url} was not found (HTTP {status})")]
    Missing { url: String, status: u16 },
    #[error("{url} could not be downloaded: {cause}")]
    Unreachable { url: String, cause: String },
    #[error("{url} is damaged: {cause}")]
    Malformed { url: String, cause: String },
    /// A page's code, fetched when the page is first opened, did not come.
    #[error("the page's code could not be loaded: {cause}")]
    Code { cause: String },
}

impl ContentError {
    /// The interface message that explains this error to a learner.
    pub fn message_id(&self) -> &'static str {
        match self {
            ContentError::Missing { .. } => "lesson-error-missing",
            ContentError::Unreachable { .. } => "lesson-error-network",
            ContentError::Malformed { .. } => "lesson-error-broken",
            ContentError::Code { .. } => "page-error-network",
        }
    }
}

/// The course index built into this app, constructed once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| include!(concat!(env!("OUT_DIR"), "/catalog.rs")))
}

/// Where lesson bundles are fetched from: `/content/` on the built site,
/// `content/` beside the page in a SCORM package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentSource {
    pub base: String,
}

impl Default for ContentSource {
    fn default() -> Self {
        ContentSource {
            base: crate::adapters::package::file("content/"),
        }
    }
}

impl ContentSource {
    pub fn lesson_url(&self, module: &str, lesson: &str) -> String {
        format!("{}{}", self.base, lesson_bundle_path(module, lesson))
    }

    pub fn module_url(&self, module: &str) -> String {
        format!("{}{}", self.base, module_bundle_path(module))
    }

    pub fn controls_url(&self) -> String {
        format!("{}{}", self.base, crate::domain::content::controls::BUNDLE)
    }
}

/// The text of a lesson or a module in both languages, formatted once per
/// message and language: a language switch then only copies strings
/// instead of resolving every Fluent message again.
pub struct ContentText {
    bundles: TextBundles,
    /// One map per language, indexed by `Lang as usize`.
    formatted: [std::sync::Mutex<std::collections::HashMap<String, String>>; 2],
}

impl ContentText {
    /// Parses a bundle's Fluent sources and checks that every required
    /// message of `messages` exists in both languages. Text that does not
    /// parse is an error here, although the validator makes it impossible
    /// for a built course: a damaged or tampered file must not show half a
    /// lesson.
    fn parse(texts: &Texts, messages: &[(String, bool)]) -> Result<ContentText, String> {
        let (bundles, errors) = TextBundles::from_files(
            &[LocaleFile {
                path: "en",
                source: &texts.en,
            }],
            &[LocaleFile {
                path: "fr",
                source: &texts.fr,
            }],
        );
        if let Some(e) = errors.first() {
            return Err(e.to_string());
        }
        for lang in Lang::ALL {
            if let Some((id, _)) = messages
                .iter()
                .find(|(id, required)| *required && !bundles.has(lang, id))
            {
                return Err(format!("[{lang}] no text for `{id}`"));
            }
        }
        Ok(ContentText {
            bundles,
            formatted: Default::default(),
        })
    }

    /// A text in a language.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        let Some(Ok(mut formatted)) = self.formatted.get(lang as usize).map(|m| m.lock()) else {
            return self.bundles.format(lang, id, None);
        };
        if let Some(text) = formatted.get(id) {
            return text.clone();
        }
        let text = self.bundles.format(lang, id, None);
        formatted.insert(id.to_owned(), text.clone());
        text
    }

    /// Whether an optional text exists.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles.has(lang, id)
    }
}

/// A lesson ready to show: its structure and its text in both languages.
pub struct LoadedLesson {
    pub lesson: Lesson,
    pub text: std::sync::Arc<ContentText>,
}

/// A module's checkpoint ready to show: its questions and their text.
pub struct LoadedModule {
    pub module: Module,
    pub text: std::sync::Arc<ContentText>,
}

impl std::fmt::Debug for LoadedLesson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedLesson")
            .field("lesson", &self.lesson.id)
            .finish()
    }
}

fn malformed(url: &str, cause: String) -> ContentError {
    ContentError::Malformed {
        url: url.to_owned(),
        cause,
    }
}

impl LoadedLesson {
    /// Parses a fetched lesson bundle.
    pub fn from_json(url: &str, json: &str) -> Result<LoadedLesson, ContentError> {
        let bundle: LessonBundle =
            serde_json::from_str(json).map_err(|e| malformed(url, e.to_string()))?;
        let text = ContentText::parse(&bundle.text, &bundle.lesson.messages())
            .map_err(|e| malformed(url, e))?;
        Ok(LoadedLesson {
            lesson: bundle.lesson,
            text: std::sync::Arc::new(text),
        })
    }

    /// A text of the lesson in a language.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.text.text(lang, id)
    }
}

impl LoadedModule {
    /// Parses a fetched module bundle.
    pub fn from_json(url: &str, json: &str) -> Result<LoadedModule, ContentError> {
        let bundle: ModuleBundle =
            serde_json::from_str(json).map_err(|e| malformed(url, e.to_string()))?;
        let text = ContentText::parse(&bundle.text, &bundle.module.messages())
            .map_err(|e| malformed(url, e))?;
        Ok(LoadedModule {
            module: bundle.module,
            text: std::sync::Arc::new(text),
        })
    }
}

/// The controls explorer's data, with its search prepared once.
pub struct LoadedControls {
    pub set: crate::domain::content::controls::ControlSet,
    pub index: crate::domain::content::controls::filter::SearchIndex,
}

impl LoadedControls {
    /// Parses the fetched `controls.json`. A file with no control is as
    /// broken as one that does not parse.
    pub fn from_json(url: &str, json: &str) -> Result<LoadedControls, ContentError> {
        let set: crate::domain::content::controls::ControlSet =
            serde_json::from_str(json).map_err(|e| malformed(url, e.to_string()))?;
        if set.controls.is_empty() {
            return Err(malformed(url, "holds no control".to_owned()));
        }
        let index = crate::domain::content::controls::filter::SearchIndex::new(&set);
        Ok(LoadedControls { set, index })
    }
}

/// Fetches the interface text of the pages fetched when first opened, once
/// per visit, and hands it to `adapters::i18n` (release build only: every
/// other build compiles it in).
#[cfg(savoir_split)]
pub async fn fetch_page_text(source: &ContentSource) -> Result<(), ContentError> {
    if crate::adapters::i18n::page_text_ready() {
        return Ok(());
    }
    let url = format!(
        "{}{}",
        source.base,
        crate::domain::content::lesson::INTERFACE_TEXT
    );
    fetch_cached(url, |url, json| {
        crate::adapters::i18n::add_page_text(json).map_err(|cause| ContentError::Malformed {
            url: url.to_owned(),
            cause,
        })
    })
    .await
    .map(|_| ())
}

/// Fetches the controls' data, or returns the copy already fetched.
pub async fn fetch_controls(
    source: &ContentSource,
) -> Result<std::sync::Arc<LoadedControls>, ContentError> {
    fetch_cached(source.controls_url(), LoadedControls::from_json).await
}

/// Fetches a lesson, or returns the copy already fetched during this visit.
pub async fn fetch_lesson(
    source: &ContentSource,
    module: &str,
    lesson: &str,
) -> Result<std::sync::Arc<LoadedLesson>, ContentError> {
    let url = source.lesson_url(module, lesson);
    fetch_cached(url, |url, json| {
        let loaded = LoadedLesson::from_json(url, json)?;
        if loaded.lesson.id != lesson || loaded.lesson.module_id != module {
            let held = format!(
                "holds lesson `{}/{}`",
                loaded.lesson.module_id, loaded.lesson.id
            );
            return Err(malformed(url, held));
        }
        Ok(loaded)
    })
    .await
}

/// Fetches a module's checkpoint, or returns the copy already fetched.
pub async fn fetch_module(
    source: &ContentSource,
    module: &str,
) -> Result<std::sync::Arc<LoadedModule>, ContentError> {
    let url = source.module_url(module);
    fetch_cached(url, |url, json| {
        let loaded = LoadedModule::from_json(url, json)?;
        if loaded.module.id != module {
            return Err(malformed(
                url,
                format!("holds module `{}`", loaded.module.id),
            ));
        }
        Ok(loaded)
    })
    .await
}

/// Fetches and parses `url` once per visit.
#[cfg(target_arch = "wasm32")]
async fn fetch_cached<T: Send + Sync + 'static>(
    url: String,
    parse: impl FnOnce(&str, &str) -> Result<T, ContentError>,
) -> Result<std::sync::Arc<T>, ContentError> {
    use std::any::Any;
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::sync::Arc;
    thread_local! {
        static LOADED: RefCell<HashMap<String, Arc<dyn Any + Send + Sync>>> = RefCell::new(HashMap::new());
    }
    let hit = LOADED.with(|c| c.borrow().get(&url).cloned());
    if let Some(hit) = hit.and_then(|h| h.downcast::<T>().ok()) {
        return Ok(hit);
    }
    let json = fetch_text(&url).await?;
    let loaded = Arc::new(parse(&url, &json)?);
    LOADED.with(|c| c.borrow_mut().insert(url, loaded.clone()));
    Ok(loaded)
}

/// The host build has no network; only the wasm app fetches.
#[cfg(not(target_arch = "wasm32"))]
async fn fetch_cached<T>(
    url: String,
    _parse: impl FnOnce(&str, &str) -> Result<T, ContentError>,
) -> Result<std::sync::Arc<T>, ContentError> {
    Err(ContentError::Unreachable {
        url,
        cause: "no network outside a browser".into(),
    })
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, ContentError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let unreachable = |cause: String| ContentError::Unreachable {
        url: url.to_owned(),
        cause,
    };
    let describe = |e: wasm_bindgen::JsValue| crate::adapters::js_error::describe(&e);
    let window = web_sys::window().ok_or_else(|| unreachable("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| unreachable(describe(e)))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| unreachable("not a response".into()))?;
    if !response.ok() {
        return Err(ContentError::Missing {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = response.text().map_err(|e| unreachable(describe(e)))?;
    JsFuture::from(text)
        .await
        .map_err(|e| unreachable(describe(e)))?
        .as_string()
        .ok_or_else(|| ContentError::Malformed {
            url: url.to_owned(),
            cause: "not text".into(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_index_is_the_compiled_course() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
        let course = crate::authoring::compile(&dir).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(catalog(), &course.catalog);
        assert_eq!(catalog().course_id, "iso27002");
    }

    fn bundle_json() -> String {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/demo-course");
        let course = crate::authoring::compile(&dir).unwrap_or_else(|p| panic!("{p:?}"));
        serde_json::to_string(&course.lessons[0]).unwrap_or_default()
    }

    #[test]
    fn a_compiled_bundle_loads_in_both_languages() -> Result<(), ContentError> {
        let loaded = LoadedLesson::from_json("demo", &bundle_json())?;
        assert_eq!(
            loaded.text(Lang::En, "title"),
            "Confidentiality, integrity, availability"
        );
        assert_eq!(
            loaded.text(Lang::Fr, "title"),
            "Confidentialité, intégrité, disponibilité"
        );
        Ok(())
    }

    #[test]
    fn damaged_bundles_are_rejected() {
        let json = bundle_json();
        let cases = [
            json[..json.len() / 2].to_owned(),
            "null".to_owned(),
            json.replace("block-three-body", "block-other-body"),
            json.replace("title = Confidentialité", "title = {"),
        ];
        for case in cases {
            let result = LoadedLesson::from_json("x", &case);
            assert!(
                matches!(result, Err(ContentError::Malformed { .. })),
                "accepted: {}",
                &case[..case.len().min(80)]
            );
        }
    }
}
