use crate::adapters::{files, qr};
use crate::domain::shared::route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// A made assignment: its share link (to copy), its QR code (to show or
/// print), and a way to open it as a learner would. The link names no
/// language: each learner gets the assignment in their own.
#[component]
pub fn ShareLink(
    /// The assignment's code, as [`Assignment::encode`] writes it.
    ///
    /// [`Assignment::encode`]: crate::domain::trainer::assignment::Assignment::encode
    code: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(None::<&'static str>);
    let link = crate::ui::router::absolute(&route::shared_assignment(&code));
    let qr = match qr::svg_data_url(&link) {
        Some(url) => view! {
            <figure class="share__qr">
                <img src=url alt=i18n.tr("share-qr-caption") data-testid="share-qr" width="240" height="240"/>
                <figcaption aria-hidden="true">{i18n.tr("share-qr-caption")}</figcaption>
            </figure>
        }
        .into_any(),
        None => view! { <p>{i18n.tr("share-qr-too-long")}</p> }.into_any(),
    };
    let copy_text = link.clone();
    let copy = move |_| {
        let text = copy_text.clone();
        leptos::task::spawn_local(async move {
            let done = files::copy_text(&text).await;
            copied.set(Some(if done {
                "share-copied"
            } else {
                "share-copy-failed"
            }));
        });
    };
    view! {
        <section class="share" aria-labelledby="share-heading" data-testid="share">
            <h2 id="share-heading" tabindex="-1">{i18n.tr("share-heading")}</h2>
            <p>{i18n.tr("share-intro")}</p>
            <p>
                <label for="share-link">{i18n.tr("share-link-label")}</label>
                <input id="share-link" class="share__link" type="text" readonly data-testid="share-link"
                    prop:value=link.clone()
                    on:focus=|ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
            </p>
            <p class="share__actions">
                <button type="button" class="button" data-testid="copy-link" on:click=copy>{i18n.tr("share-copy")}</button>
                <button type="button" class="button button--quiet" on:click=|_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{i18n.tr("share-print")}</button>
                <a href=link target="_blank" rel="noopener">{i18n.tr("share-open")}</a>
            </p>
            <p role="status" class="share__status">{move || copied.get().map(|id| i18n.t(id))}</p>
            {qr}
        </section>
    }
}
