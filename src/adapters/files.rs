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

/// The text of the first file chosen in a file input, if any.
#[cfg(target_arch = "wasm32")]
pub async fn read_chosen(input: &web_sys::HtmlInputElement) -> Result<Option<String>, String> {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return Ok(None);
    };
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| describe(&e))?;
    Ok(text.as_string())
}

/// The host build has no files to read; only the wasm app does.
#[cfg(not(target_arch = "wasm32"))]
pub async fn read_chosen(_input: &web_sys::HtmlInputElement) -> Result<Option<String>, String> {
    Ok(None)
}
