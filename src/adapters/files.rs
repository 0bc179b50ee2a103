//! Files the learner chooses to save or open: nothing leaves the browser
//! any other way.

use crate::adapters::js_error::describe;
use wasm_bindgen::JsCast;

/// Offers `text` to the learner as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| describe(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| describe(&e))?
        .dyn_into()
        .map_err(|_| "not a link")?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Why a chosen file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the caller accepts: not even read.
    TooLarge,
    /// The browser could not read it (removed, or not text).
    Unreadable(String),
}

/// The text of the first file chosen in a file input, if any; a file over
/// `max` bytes is refused without being read.
#[cfg(target_arch = "wasm32")]
pub async fn read_chosen(
    input: &web_sys::HtmlInputElement,
    max: u64,
) -> Result<Option<String>, ReadError> {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return Ok(None);
    };
    if file.size() > max as f64 {
        return Err(ReadError::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| ReadError::Unreadable(describe(&e)))?;
    text.as_string()
        .map(Some)
        .ok_or_else(|| ReadError::Unreadable("not text".into()))
}

/// The host build has no files to read; only the wasm app does.
#[cfg(not(target_arch = "wasm32"))]
pub async fn read_chosen(
    _input: &web_sys::HtmlInputElement,
    _max: u64,
) -> Result<Option<String>, ReadError> {
    Ok(None)
}

/// Puts `text` on the clipboard; `false` if the browser refused.
#[cfg(target_arch = "wasm32")]
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn copy_text(_text: &str) -> bool {
    false
}

/// A file chosen or dropped, read as text.
pub struct ChosenFile {
    pub name: String,
    /// The text; `None` when the file is larger than asked for (it is not
    /// read at all then); an error when the browser could not read it.
    pub text: Option<Result<String, String>>,
}

/// Reads every file in a list (chosen or dropped) up to `max` bytes each.
#[cfg(target_arch = "wasm32")]
pub async fn read_all(list: &web_sys::FileList, max: usize) -> Vec<ChosenFile> {
    let mut out = Vec::new();
    for i in 0..list.length() {
        let Some(file) = list.get(i) else {
            continue;
        };
        let text = if file.size() > max as f64 {
            None
        } else {
            Some(
                wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .map_err(|e| describe(&e))
                    .and_then(|t| t.as_string().ok_or_else(|| "not text".to_owned())),
            )
        };
        out.push(ChosenFile {
            name: file.name(),
            text,
        });
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn read_all(_list: &web_sys::FileList, _max: usize) -> Vec<ChosenFile> {
    Vec::new()
}
