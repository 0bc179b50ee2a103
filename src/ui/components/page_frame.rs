use crate::ui::components::Breadcrumbs;
use crate::ui::i18n::{interface_text, use_i18n};
use crate::ui::reading::settle_page;
use crate::ui::router::use_location;
use leptos::prelude::*;

/// The opening every tool page shares (practice, your data, the trainer's
/// page, the dashboard): breadcrumbs, a heading that takes focus on
/// arrival, an introduction; then the page's own content. On arrival the
/// reading position is settled as on any page (focus on the heading, or on
/// the part the address names).
#[component]
pub fn PageFrame(
    /// The `<article>`'s class.
    class: &'static str,
    /// The message id of the page's title (breadcrumb and heading).
    title: &'static str,
    /// The message id of its introduction.
    intro: &'static str,
    /// Whether the page sits under the controls explorer.
    #[prop(optional)]
    controls: bool,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    Effect::new(move |_| settle_page(location, None));
    view! {
        <article class=class>
            <Breadcrumbs controls current=interface_text(title)/>
            <h1 tabindex="-1">{i18n.tr(title)}</h1>
            <p>{i18n.tr(intro)}</p>
            {children()}
        </article>
    }
}
