//! What a thrown JavaScript value says, for logs and typed errors.

use wasm_bindgen::JsValue;

fn property(value: &JsValue, name: &str) -> Option<String> {
    web_sys::js_sys::Reflect::get(value, &name.into())
        .ok()
        .and_then(|v| v.as_string())
}

/// The `name` of a thrown DOMException or Error (`QuotaExceededError`, ...),
/// read reflectively because browsers differ on whether DOMException is an
/// `Error`.
pub fn name(value: &JsValue) -> Option<String> {
    property(value, "name")
}

/// A one-line description: the string thrown, or `name: message`.
/// (`{:?}` on a `JsValue` would pull wasm-bindgen's debug printer into the
/// build for no more information than this.)
pub fn describe(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return text;
    }
    match (name(value), property(value, "message")) {
        (Some(n), Some(m)) => format!("{n}: {m}"),
        (Some(n), None) => n,
        (None, Some(m)) => m,
        (None, None) => "unknown error".to_owned(),
    }
}
