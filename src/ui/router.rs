//! A small client-side router over the History API.
//!
//! Routes themselves are the domain's typed `Route`; this module only keeps
//! the current address in a signal, follows the browser's back and forward,
//! and turns clicks on same-origin links into history navigation, so that the
//! app is never reloaded.
//!
//! Why not `leptos_router`: its generic route matching cost 46 KB of the
//! 161 KB (brotli) of wasm in the app's first build. A typed `Route` enum in
//! the domain plus this adapter do all this app needs, and the routes are
//! tested on the host (`domain::shared::route`).

use crate::domain::shared::route;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An address as the router sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Address {
    pub path: String,
    /// The query, without its `?`.
    pub query: String,
    /// The fragment, with its `#` (empty when there is none).
    pub fragment: String,
}

impl Address {
    fn current() -> Address {
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return Address::default();
        };
        if route::in_fragment() {
            return Address::in_fragment(&location.hash().unwrap_or_default());
        }
        Address {
            path: location.pathname().unwrap_or_default(),
            query: location
                .search()
                .unwrap_or_default()
                .trim_start_matches('?')
                .to_owned(),
            fragment: location.hash().unwrap_or_default(),
        }
    }

    /// The app address a packaged site keeps in the page's fragment.
    fn in_fragment(hash: &str) -> Address {
        let (path, query, fragment) = route::from_fragment(hash);
        Address {
            path,
            query,
            fragment,
        }
    }

    /// Resolves `href` against the current page; `None` for another origin
    /// or something that is not a URL, and, where addresses live in the
    /// fragment, for another document or a fragment that is no address
    /// (`#main`: a jump within the page).
    fn resolve(href: &str) -> Option<Address> {
        let location = web_sys::window()?.location();
        let url = web_sys::Url::new_with_base(href, &location.href().ok()?).ok()?;
        if url.origin() != location.origin().ok()? {
            return None;
        }
        if route::in_fragment() {
            let same_document = url.pathname() == location.pathname().ok()?
                && url.search() == location.search().ok()?;
            let hash = url.hash();
            let is_address = hash.is_empty() || hash.starts_with("#/");
            return (same_document && is_address).then(|| Address::in_fragment(&hash));
        }
        Some(Address {
            path: url.pathname(),
            query: url.search().trim_start_matches('?').to_owned(),
            fragment: url.hash(),
        })
    }

    /// The address as the browser shows it: the path, or, where addresses
    /// live in the fragment, this document with the address behind `#`.
    fn href(&self) -> String {
        let mut href = self.path.clone();
        if !self.query.is_empty() {
            href.push('?');
            href.push_str(&self.query);
        }
        href.push_str(&self.fragment);
        if !route::in_fragment() {
            return href;
        }
        let document = web_sys::window()
            .map(|w| w.location())
            .map(|l| {
                format!(
                    "{}{}",
                    l.pathname().unwrap_or_default(),
                    l.search().unwrap_or_default()
                )
            })
            .unwrap_or_default();
        format!("{document}{}", route::as_href(href, true))
    }
}

/// `href` as a full URL, for a link that leaves the app (shared, printed,
/// shown as a QR code): resolved against this page, so that it also holds
/// where the site runs from a package's folder.
pub fn absolute(href: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(href, &base).ok())
        .map_or_else(|| href.to_owned(), |url| url.href())
}

/// The current address, as a signal every component can read.
#[derive(Clone, Copy)]
pub struct Location {
    address: RwSignal<Address>,
    /// Whether the page changed by an in-app navigation that the next page
    /// to settle should answer by moving focus (see `reading::settle_page`).
    navigated: StoredValue<bool>,
}

impl Location {
    pub fn address(&self) -> Address {
        self.address.get()
    }

    pub fn path(&self) -> String {
        self.address.with(|a| a.path.clone())
    }

    /// Goes to `href` (same origin) without reloading. `replace` rewrites the
    /// current history entry instead of adding one (used for a language switch
    /// and for redirects, which the Back button should skip).
    pub fn navigate(&self, href: &str, replace: bool) {
        let Some(target) = Address::resolve(href) else {
            return;
        };
        // Following a link to the page already shown adds no history entry.
        let replace = replace || self.address.with_untracked(|a| *a == target);
        if !write_history(&target, replace) {
            return;
        }
        if !replace {
            self.mark_navigated();
        }
        self.address.set(target);
    }

    /// Changes the current page's query (a filter), adding a history entry
    /// unless `replace`. The page stays: focus and scroll are left alone.
    pub fn set_query(&self, query: &str, replace: bool) {
        let mut target = self.address.get_untracked();
        if target.query == query {
            return;
        }
        target.query = query.to_owned();
        target.fragment.clear();
        if write_history(&target, replace) {
            self.address.set(target);
        }
    }

    /// Records that the page about to be shown was arrived at (or asked for
    /// again, as a retry does), so that it takes focus when it settles.
    pub fn mark_navigated(&self) {
        self.navigated.set_value(true);
    }

    /// Whether an in-app navigation has happened since the last call.
    pub fn take_navigated(&self) -> bool {
        self.navigated
            .try_update_value(std::mem::take)
            .unwrap_or(false)
    }

    fn at(address: Address) -> Location {
        Location {
            address: RwSignal::new(address),
            navigated: StoredValue::new(false),
        }
    }
}

/// Adds `target` to the browser's history, or puts it in place of the
/// current entry; false if the browser refused (the address then stays).
fn write_history(target: &Address, replace: bool) -> bool {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return true;
    };
    let url = target.href();
    let result = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    result.is_ok()
}

/// Starts routing: reads the address, then follows back/forward and clicks
/// on links until the owner is cleaned up.
pub fn provide_router() -> Location {
    let location = Location::at(Address::current());
    provide_context(location);
    // Pages put the reader back where they were themselves, once their
    // content has loaded; the browser's own restoration would come too early.
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }

    let popstate = window_event_listener(ev::popstate, move |_| {
        let to = Address::current();
        // Back or Forward to another page; a jump within the page (a skip
        // link, a fragment) is not an arrival anywhere.
        if location.address.with_untracked(|a| a.path != to.path) {
            location.navigated.set_value(true);
        }
        location.address.set(to);
    });
    let click = window_event_listener(ev::click, move |event| match followed_link(&event) {
        Some(Followed::Page(href)) => {
            event.prevent_default();
            location.navigate(&href, false);
        }
        Some(Followed::Jump(id)) => {
            event.prevent_default();
            jump_to(&id);
        }
        None => {}
    });
    on_cleanup(move || {
        popstate.remove();
        click.remove();
    });
    location
}

/// What the router does with a click on a link.
enum Followed {
    /// Shows the page at this href.
    Page(String),
    /// Moves to the element with this id, on this page: what the browser
    /// does for a fragment, done here where the fragment holds the address.
    Jump(String),
}

/// What the router should do with this click, if anything: a plain left
/// click on a same-origin link that does not open a new window, download,
/// or (but where addresses live in the fragment) merely jump within the
/// current page.
fn followed_link(event: &web_sys::MouseEvent) -> Option<Followed> {
    if event.default_prevented() || !is_plain_click(event) {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    let opens_elsewhere = anchor
        .get_attribute("target")
        .is_some_and(|t| !t.is_empty() && t != "_self");
    if opens_elsewhere || anchor.has_attribute("download") {
        return None;
    }
    let href = anchor.get_attribute("href")?;
    if route::in_fragment() {
        if let Some(id) = href.strip_prefix('#').filter(|id| !id.starts_with('/')) {
            return Some(Followed::Jump(id.to_owned()));
        }
        return Address::resolve(&href).map(|_| Followed::Page(href));
    }
    let to = Address::resolve(&href)?;
    let here = Address::current();
    // A jump to a fragment of this page is the browser's job (skip links).
    if to.path == here.path && to.query == here.query && !to.fragment.is_empty() {
        return None;
    }
    Some(Followed::Page(href))
}

/// Scrolls to the element with this id and gives it keyboard focus (made
/// focusable by script alone if it is not), as following `#id` would.
fn jump_to(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if element.tab_index() < 0 && !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    element.scroll_into_view();
    let _ = element.focus();
}

/// A left click with no modifier key: one that should follow a link in this
/// tab. Any other asks the browser for a new tab, window or download.
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// The router's location (provided by `App`, or `ui::app::Standalone`).
pub fn use_location() -> Location {
    expect_context::<Location>()
}
