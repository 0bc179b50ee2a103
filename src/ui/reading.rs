//! Where the learner is on the page: the part being read, keeping it in
//! view across a language switch, returning to it on a later visit, and
//! focus on arrival at a new page.
//!
//! Readable parts are elements with an `id` and a `data-anchor` attribute,
//! in document order (`block-<id>`, `callout-<id>`, `prompt`, …). The lesson
//! records the part at the reading line as the learner scrolls; a language
//! switch (and the bilingual toggle) measures it before and puts it back at
//! the same height in the next frame. Arriving at a page ([`settle_page`])
//! scrolls to the address's fragment, else to the saved part, else, after
//! an in-app navigation, to the top; after an in-app navigation (Back and
//! Forward to another page included) or a Retry it also moves focus there:
//! the part, else the page's `h1`, else a load error.
//!
//! The site header is sticky from 48rem, where it fits on one line in both
//! languages; `scroll-padding-top` keeps what is scrolled to or focused clear
//! of it, and the reading line is measured below it.

use crate::ui::router::Location;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The part being read: the last anchor whose top is at or above the reading
/// line (a tenth of the way down what the sticky header leaves of the
/// window), with its distance from the top of the window.
pub fn anchor_in_view() -> Option<(String, f64)> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let header = document
        .query_selector(".site-header")
        .ok()
        .flatten()
        .map_or(0.0, |h| h.get_bounding_client_rect().bottom().max(0.0));
    let line = header + (height - header) * 0.1;
    let anchors = document.query_selector_all("[data-anchor]").ok()?;
    let mut found = None;
    for i in 0..anchors.length() {
        let Some(element) = anchors
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let top = element.get_bounding_client_rect().top();
        if top > line {
            break;
        }
        found = Some((element.id(), top));
    }
    found
}

/// Scrolls so that the element `id` is `top` pixels from the top of the
/// window, as it was before the page changed under the reader.
pub fn keep_anchor_at(id: &str, top: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(element) = window.document().and_then(|d| d.get_element_by_id(id)) {
        let now = element.get_bounding_client_rect().top();
        window.scroll_by_with_x_and_y(0.0, now - top);
    }
}

/// Whether the end of the page's content (`[data-end]`) has come into view.
pub fn end_in_view() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    window
        .document()
        .and_then(|d| d.query_selector("[data-end]").ok().flatten())
        .is_some_and(|end| end.get_bounding_client_rect().top() < height)
}

/// Once a page's content is on screen: scrolls to the part the address
/// names, else to `resume` (where the learner was), else, after an in-app
/// navigation, to the top; and after an in-app navigation moves focus there
/// (the part, else the page's heading), so that screen readers start where
/// the reader is.
pub fn settle_page(location: Location, resume: Option<String>) {
    request_animation_frame(move || {
        let navigated = location.take_navigated();
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        let fragment = location.address().fragment;
        let target = Some(fragment.trim_start_matches('#'))
            .filter(|f| !f.is_empty())
            .map(str::to_owned)
            .or(resume)
            .and_then(|id| document.get_element_by_id(&id));
        if navigated {
            // Focus where the reader is taken: the part scrolled to, else the
            // page's heading (or, where it failed to load, the explanation).
            let focus = target
                .clone()
                .inspect(|t| {
                    if !t.has_attribute("tabindex") {
                        let _ = t.set_attribute("tabindex", "-1");
                    }
                })
                .or_else(|| {
                    document
                        .query_selector("main h1, main [role=alert]")
                        .ok()
                        .flatten()
                })
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = focus {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = element.focus_with_options(&options);
            }
        }
        match target {
            Some(element) => {
                element.scroll_into_view();
                // Parts above it may have been sized by estimate (see
                // `content-visibility` in the lesson's styles) and been laid
                // out since: once more, with their real sizes.
                request_animation_frame(move || element.scroll_into_view());
            }
            None if navigated => window.scroll_to_with_x_and_y(0.0, 0.0),
            None => {}
        }
    });
}
