//! Savoir: a bilingual (English / French) training platform in the browser.
//!
//! Three layers, each depending only on the ones before it:
//! [`domain`] (pure rules and types), [`adapters`] (content, storage,
//! localisation) and [`ui`] (the Leptos app). See `docs/ARCHITECTURE.md`.
//! Beside them, on the host only, `authoring`: the course compiler that
//! `build.rs`, `validate-lessons` and the tests run over `lessons/`.

pub mod adapters;
#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;
pub mod domain;
pub mod ui;

/// Mounts the app on the page. Called by the binary; the only entry point.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // Panic messages for development builds; the size-optimised release
    // build stops at once on a panic and has no message to show.
    #[cfg(not(panic = "immediate-abort"))]
    console_error_panic_hook::set_once();
    // The static shell of index.html goes as the app takes its place, in
    // the same task, so that no frame shows neither; a learner's keyboard
    // focus on one of its links moves to the same link in the app.
    let document = web_sys::window().and_then(|w| w.document());
    let focused = document.as_ref().and_then(|d| {
        let shell = d.get_element_by_id("shell")?;
        let href = d
            .active_element()
            .filter(|e| shell.contains(Some(e)))
            .and_then(|e| e.get_attribute("href"));
        shell.remove();
        href
    });
    // Run from a SCORM package, the app keeps its addresses in the page's
    // fragment: an LMS serves the package's files and nothing else.
    if adapters::package::packaged() {
        domain::shared::route::keep_addresses_in_fragment();
    }
    leptos::mount::mount_to_body(ui::app::App);
    if let (Some(d), Some(href)) = (&document, focused) {
        ui::document::focus_link_to(d, &href);
    }
    ui::document::mark_interactive();
}

/// The app only runs in a browser; the host build exists for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("Savoir runs in a browser: see README.md for how to serve it.");
    std::process::exit(2);
}

/// Bytes of linear memory the app's WebAssembly instance holds, for the
/// benchmark (Trunk exposes exports as `window.wasmBindings`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    web_sys::js_sys::Reflect::get(&wasm_bindgen::memory(), &"buffer".into())
        .ok()
        .and_then(|buffer| web_sys::js_sys::Reflect::get(&buffer, &"byteLength".into()).ok())
        .and_then(|len| len.as_f64())
        .unwrap_or(0.0)
}
