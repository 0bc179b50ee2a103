//! The few things the app sets on the document itself, and what it reads
//! from the browser about the visitor.

use crate::adapters::storage::AppStore;
use crate::domain::learner::preferences::Preferences;
use crate::domain::shared::language::Lang;

/// Sets `<html lang>`, which screen readers and hyphenation follow.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

pub fn set_document_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// The browser's language preferences, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut langs: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if langs.is_empty() {
        langs.extend(navigator.language());
    }
    langs
}

/// The language for a visitor arriving without one in the address.
pub fn preferred_lang(store: &AppStore) -> Lang {
    // Unreadable preferences are not fatal here: the browser's choice stands in.
    Preferences::load(store.as_store())
        .unwrap_or_default()
        .initial_lang(&browser_languages())
}

/// Moves keyboard focus to the first link to `href` on the page, if there
/// is one.
pub fn focus_link_to(document: &web_sys::Document, href: &str) {
    use wasm_bindgen::JsCast;
    let link = document
        .query_selector_all("a[href]")
        .ok()
        .and_then(|links| {
            (0..links.length())
                .filter_map(|i| links.item(i))
                .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                .find(|a| a.get_attribute("href").as_deref() == Some(href))
        });
    if let Some(link) = link {
        let _ = link.focus();
    }
}

/// Moves keyboard focus to the element with this id, if it is there,
/// opening the `<details>` it may be folded in (a closed one's content
/// cannot take focus).
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Ok(Some(folded)) = element.closest("details:not([open])") {
        let _ = folded.set_attribute("open", "");
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Marks the document as showing both languages (`data-bilingual` on
/// `<html>`), for the styles that widen the page for two columns.
pub fn set_document_bilingual(on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = if on {
            root.set_attribute("data-bilingual", "")
        } else {
            root.remove_attribute("data-bilingual")
        };
    }
}

/// Marks the moment the app became usable, for the benchmark and the tests.
pub fn mark_interactive() {
    if let Some(window) = web_sys::window() {
        if let Some(perf) = window.performance() {
            let _ = perf.mark("savoir:interactive");
        }
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-ready", "true");
        }
    }
}

/// Logs an error for developers; the learner is shown a localised message.
pub fn log_error(error: &dyn std::error::Error) {
    web_sys::console::error_1(&error.to_string().into());
}

/// A fresh seed for shuffling options (a checkpoint attempt, a practice
/// visit): 53 random bits, as many as a JavaScript number holds exactly.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
}

/// A version 4 UUID from the browser's cryptographic random numbers (or,
/// where those are missing, from `Math.random`).
pub fn random_uuid() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (random_seed() >> (i % 6 * 8)) as u8;
        }
    }
    let hi = u64::from_be_bytes(bytes[..8].try_into().unwrap_or_default());
    let lo = u64::from_be_bytes(bytes[8..].try_into().unwrap_or_default());
    crate::domain::trainer::xapi::uuid(hi, lo)
}
