//! An LRS's statements resource over `fetch`: send a batch with a write
//! key, read a page with a read key; for cmi5, a launch's token and a
//! State API document. xAPI 1.0.3's version header goes with
//! every request; no cookies are sent (the key is the only credential).

use serde_json::Value;
use thiserror::Error;

/// What an LRS answered, when it did not take a request.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LrsFailure {
    /// No answer: offline, the LRS down, or the browser refused the
    /// request (CORS, the page's security policy).
    #[error("no answer from the LRS ({0})")]
    Unreachable(String),
    /// The LRS already holds a statement with one of these ids (409). Sent
    /// alone, that statement is there: its id derives from what it says.
    #[error("HTTP 409: {0}")]
    Conflict(String),
    /// The LRS refused the statements themselves (400, 413; 422 from Ralph).
    #[error("HTTP {status}: {body}")]
    Refused { status: u16, body: String },
    /// The LRS could not take them now, or refused the key (401, 403,
    /// 429, 5xx): tried again later.
    #[error("HTTP {status}: {body}")]
    NotNow { status: u16, body: String },
}

impl LrsFailure {
    fn of(status: u16, body: String) -> LrsFailure {
        match status {
            400 | 413 | 422 => LrsFailure::Refused { status, body },
            _ => LrsFailure::NotNow { status, body },
        }
    }
}

#[cfg(target_arch = "wasm32")]
async fn request(
    method: &str,
    url: &str,
    key: &str,
    body: Option<String>,
) -> Result<(u16, String), LrsFailure> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let fail =
        |e: wasm_bindgen::JsValue| LrsFailure::Unreachable(crate::adapters::js_error::describe(&e));
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_cache(web_sys::RequestCache::NoStore);
    // The key never follows a redirect elsewhere.
    init.set_redirect(web_sys::RequestRedirect::Error);
    // A request that never ends (a captive portal, a half-open connection)
    // would hold up the outbox: given up after 30 s, and tried again later.
    let abort = web_sys::AbortController::new().map_err(fail)?;
    init.set_signal(Some(&abort.signal()));
    let timer = web_sys::window().and_then(|w| {
        let stop = wasm_bindgen::closure::Closure::once_into_js(move || abort.abort());
        w.set_timeout_with_callback_and_timeout_and_arguments_0(stop.unchecked_ref(), 30_000)
            .ok()
    });
    let headers = web_sys::Headers::new().map_err(fail)?;
    // No key: a cmi5 fetch URL, which is no xAPI resource.
    if !key.is_empty() {
        headers
            .set("Authorization", &format!("Basic {key}"))
            .map_err(fail)?;
        headers
            .set("X-Experience-API-Version", "1.0.3")
            .map_err(fail)?;
    }
    if let Some(body) = &body {
        headers
            .set("Content-Type", "application/json")
            .map_err(fail)?;
        init.set_body(&wasm_bindgen::JsValue::from_str(body));
    }
    init.set_headers(&headers);
    let window = web_sys::window().ok_or_else(|| LrsFailure::Unreachable("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    let response = response.map_err(fail)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| LrsFailure::Unreachable("not a response".into()))?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok((status, text))
}

#[cfg(not(target_arch = "wasm32"))]
async fn request(
    _: &str,
    _: &str,
    _: &str,
    _: Option<String>,
) -> Result<(u16, String), LrsFailure> {
    Err(LrsFailure::Unreachable(
        "no network outside a browser".into(),
    ))
}

/// Whether [`exclusively`] ran its work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locked {
    /// It ran, holding the browser's lock of that name.
    Ran,
    /// Another tab (or this one) holds the lock: it did not run.
    Held,
    /// The browser has no Web Locks: it did not run.
    Unsupported,
}

/// Runs `work` holding the browser's lock `name` (the Web Locks API,
/// shared by every tab of the site), unless another holder has it then.
/// The lock is let go when `work` ends, or when its page goes away.
#[cfg(target_arch = "wasm32")]
pub async fn exclusively(
    name: &str,
    work: impl std::future::Future<Output = ()> + 'static,
) -> Locked {
    use js_sys::{Function, Object, Promise, Reflect};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let locks = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| Reflect::get(&n, &"locks".into()).ok())
        .filter(|l| l.is_object());
    let request = locks
        .as_ref()
        .and_then(|l| Reflect::get(l, &"request".into()).ok())
        .and_then(|f| f.dyn_into::<Function>().ok());
    let (Some(locks), Some(request)) = (locks, request) else {
        return Locked::Unsupported;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    let granted = Closure::once_into_js(move |lock: JsValue| -> Promise {
        if lock.is_null() {
            return Promise::resolve(&JsValue::FALSE);
        }
        wasm_bindgen_futures::future_to_promise(async move {
            work.await;
            Ok(JsValue::TRUE)
        })
    });
    let asked = request.call3(&locks, &name.into(), &options, &granted);
    let Ok(promise) = asked.and_then(|p| p.dyn_into::<Promise>()) else {
        return Locked::Unsupported;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(v) if v.as_bool() == Some(true) => Locked::Ran,
        _ => Locked::Held,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn exclusively(_: &str, work: impl std::future::Future<Output = ()> + 'static) -> Locked {
    work.await;
    Locked::Ran
}

/// Sends statements (a JSON array) to `url`, the statements resource.
pub async fn send(url: &str, key: &str, statements: &[Value]) -> Result<(), LrsFailure> {
    let body = serde_json::to_string(statements).unwrap_or_else(|_| "[]".into());
    let (status, text) = request("POST", url, key, Some(body)).await?;
    match status {
        200..=299 => Ok(()),
        409 => Err(LrsFailure::Conflict(reason(&text))),
        _ => Err(LrsFailure::of(status, reason(&text))),
    }
}

/// The answer of a cmi5 LMS's fetch URL (a POST without credentials), as
/// text: the token, or the LMS's error, both in JSON.
pub async fn fetch_token(url: &str) -> Result<String, LrsFailure> {
    let (status, text) = request("POST", url, "", None).await?;
    match status {
        200..=299 => Ok(text),
        _ => Err(LrsFailure::of(status, reason(&text))),
    }
}

/// A document of the LRS's State API (`url` names it whole): `None` if
/// the LRS has none there (404).
pub async fn document(url: &str, key: &str) -> Result<Option<String>, LrsFailure> {
    let (status, text) = request("GET", url, key, None).await?;
    match status {
        200..=299 => Ok(Some(text)),
        404 => Ok(None),
        _ => Err(LrsFailure::of(status, reason(&text))),
    }
}

/// Sends statements as the page goes away: the browser keeps the request
/// going after the page is gone (`keepalive`), and nobody waits for its
/// answer.
pub fn send_on_leaving(url: &str, key: &str, statements: &[Value]) {
    #[cfg(target_arch = "wasm32")]
    {
        let body = serde_json::to_string(statements).unwrap_or_else(|_| "[]".into());
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_credentials(web_sys::RequestCredentials::Omit);
        init.set_redirect(web_sys::RequestRedirect::Error);
        // (web-sys has no setter for it.)
        let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &wasm_bindgen::JsValue::TRUE);
        let Ok(headers) = web_sys::Headers::new() else {
            return;
        };
        let _ = headers.set("Authorization", &format!("Basic {key}"));
        let _ = headers.set("X-Experience-API-Version", "1.0.3");
        let _ = headers.set("Content-Type", "application/json");
        init.set_headers(&headers);
        init.set_body(&wasm_bindgen::JsValue::from_str(&body));
        if let Some(w) = web_sys::window() {
            let _ = w.fetch_with_str_and_init(url, &init);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (url, key, statements);
}

/// Reads one page of statements: its statements and its `more` link.
pub async fn page(url: &str, key: &str) -> Result<(Vec<Value>, String), LrsFailure> {
    let (status, text) = request("GET", url, key, None).await?;
    if !(200..=299).contains(&status) {
        return Err(LrsFailure::of(status, reason(&text)));
    }
    let result: Value = serde_json::from_str(&text).map_err(|e| LrsFailure::Refused {
        status,
        body: format!("not a StatementResult: {e}"),
    })?;
    let statements = result
        .get("statements")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let more = result
        .get("more")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    Ok((statements, more))
}

/// What an LRS's error body says: its `detail` or `message` if it is JSON
/// (Ralph, Learning Locker), else the text itself.
fn reason(body: &str) -> String {
    let parsed: Option<Value> = serde_json::from_str(body).ok();
    let said = parsed.as_ref().and_then(|v| {
        ["detail", "message", "error"]
            .iter()
            .find_map(|k| v.get(*k))
            .map(|d| match d {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
    });
    said.unwrap_or_else(|| body.trim().to_owned())
        .chars()
        .take(300)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_lrs_s_reason_is_read_from_its_error_body() {
        assert_eq!(reason(r#"{"detail":"Invalid verb"}"#), "Invalid verb");
        assert_eq!(
            reason(r#"{"detail":[{"loc":["body",0,"verb"],"msg":"field required"}]}"#),
            r#"[{"loc":["body",0,"verb"],"msg":"field required"}]"#
        );
        assert_eq!(reason("  Bad Request\n"), "Bad Request");
        assert_eq!(reason(&"x".repeat(500)).len(), 300);
        assert!(matches!(
            LrsFailure::of(400, String::new()),
            LrsFailure::Refused { .. }
        ));
        assert!(matches!(
            LrsFailure::of(403, String::new()),
            LrsFailure::NotNow { .. }
        ));
        assert!(matches!(
            LrsFailure::of(503, String::new()),
            LrsFailure::NotNow { .. }
        ));
    }
}
