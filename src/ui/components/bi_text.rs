//! Bilingual reading mode. Every content text is a `TextFn` (a text in any
//! language) shown by [`BiText`]: in the learner's language, plus the other
//! language with its own `lang` when the mode is on (side by side from 56rem,
//! else beneath). The mode is a preference (`Learner::set_bilingual`);
//! `data-bilingual` on `<html>` lets the lesson, module and checkpoint
//! columns widen. Navigation (breadcrumbs, buttons) stays in the learner's
//! language only.

use crate::domain::shared::language::Lang;
use crate::ui::components::RichText;
use crate::ui::i18n::{use_i18n, TextFn};
use crate::ui::learner::use_learner;
use leptos::prelude::*;

fn own_lang(lang: Lang) -> Lang {
    lang
}

/// A text in the learner's language and, in bilingual reading mode, in the
/// other language too: beside it on wide screens, beneath it on narrow ones
/// (see `style/components/_bi-text.scss`). Each part carries its own `lang`,
/// so that screen readers and hyphenation use the right language.
///
/// `rich` texts are paragraphs and lists (block content); the others are
/// inline (titles, headings, labels).
#[component]
pub fn BiText(
    /// The text, in any language.
    text: TextFn,
    /// Whether the text is block content rather than a line.
    #[prop(optional)]
    rich: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let part = move |pick: fn(Lang) -> Lang, own: bool, class: &'static str| {
        let text = text.clone();
        let lang = move || pick(i18n.lang());
        let value = Signal::derive(move || text(lang()));
        // The learner's own language is the page's: it needs its own `lang`
        // only beside the other one. (Leaving it off otherwise spares a
        // language switch a hundred attribute changes.)
        let tag = move || (!own || learner.bilingual()).then(|| lang().tag());
        if rich {
            view! { <div class=class lang=tag><RichText text=value/></div> }.into_any()
        } else {
            view! { <span class=class lang=tag>{value}</span> }.into_any()
        }
    };
    let own = part(own_lang, true, "bi__own");
    let other = move || {
        learner
            .bilingual()
            .then(|| part(Lang::other, false, "bi__other"))
    };
    if rich {
        view! { <div class="bi">{own}{other}</div> }.into_any()
    } else {
        view! { {own}{other} }.into_any()
    }
}
