use crate::domain::content::rich_text::{paragraphs, Paragraph};
use leptos::prelude::*;

/// A long text as paragraphs and bulleted lists (see lessons/README.md).
/// Text is always inserted as text, never as HTML.
#[component]
pub fn RichText(
    /// The text, in the current language.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    move || {
        paragraphs(&text.get())
            .into_iter()
            .map(|p| match p {
                Paragraph::Text(t) => view! { <p>{t}</p> }.into_any(),
                Paragraph::List(items) => view! {
                    <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                }
                .into_any(),
            })
            .collect_view()
    }
}
