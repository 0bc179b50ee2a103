//! The localisation context every component reads its text from.
//!
//! One way to get an interface text, and one with arguments: [`message`]
//! and [`message_args`] in a given language. Everything else here is one of
//! them: [`I18n::t`] and [`I18n::t_args`] in the current language,
//! [`I18n::tr`] as a view closure, [`interface_text`] as a [`TextFn`] in
//! every language. Arguments are `(name, value)` pairs, never hand-built
//! `FluentArgs`.
//!
//! Text read inside a reactive closure (`{i18n.tr("id")}` in a view, or
//! `move || i18n.t(id)`) follows a language switch in place: the page stays
//! mounted, and focus, scroll position and typed text stay with it.

use crate::adapters::i18n::interface_message;
use crate::domain::content::catalog::Localized;
use crate::domain::shared::language::Lang;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use std::sync::Arc;

/// A text that exists in every language: content or interface text, as
/// shown by `BiText` in one language or, in bilingual mode, in both.
pub type TextFn = Arc<dyn Fn(Lang) -> String + Send + Sync>;

/// Interface message `id` in `lang`. With [`message_args`], the one way
/// to get an interface text: every other accessor here is one of these two,
/// in the current language ([`I18n::t`], [`I18n::t_args`]), as a view
/// closure ([`I18n::tr`]) or in every language ([`interface_text`]).
pub fn message(lang: Lang, id: &str) -> String {
    interface_message(lang, id, None)
}

/// Interface message `id` in `lang` with named arguments:
/// `message_args(lang, "progress-lessons", &[("done", 2.into()), ("total", 5.into())])`.
pub fn message_args(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    interface_message(lang, id, Some(&fluent))
}

/// An interface message in every language (for `BiText` and announcements).
pub fn interface_text(id: &'static str) -> TextFn {
    Arc::new(move |lang| message(lang, id))
}

/// A course index text (titles, summaries) in every language.
pub fn localized_text(text: &Localized) -> TextFn {
    let text = text.clone();
    Arc::new(move |lang| text.get(lang).to_owned())
}

/// The current interface language, shared by every component under a shell.
///
/// Reading text through it inside a reactive closure (`move || i18n.t(..)`)
/// makes that text follow language switches in place.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Signal<Lang>,
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_signal(&self) -> Signal<Lang> {
        self.lang
    }

    /// [`message`] in the current language.
    pub fn t(&self, id: &str) -> String {
        message(self.lang.get(), id)
    }

    /// [`I18n::t`] as a reactive text: `{i18n.tr("id")}` in a view follows
    /// the language. Every call returns the same closure type, so the view
    /// code for it is compiled once, not once per message (this matters for
    /// the size of the wasm).
    pub fn tr(&self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let i18n = *self;
        move || i18n.t(id)
    }

    /// [`message_args`] in the current language:
    /// `i18n.t_args("progress-lessons", &[("done", 2.into()), ("total", 5.into())])`.
    pub fn t_args(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        message_args(self.lang.get(), id, args)
    }
}

/// Makes `lang` the language of everything below the caller.
pub fn provide_i18n(lang: Signal<Lang>) -> I18n {
    let i18n = I18n { lang };
    provide_context(i18n);
    i18n
}

/// The nearest language context. Without one the wiring is wrong: this
/// fails at once rather than quietly drawing in a default language
/// (components mounted alone get one from `ui::app::Standalone`).
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A polite live region's message, kept as a text in every language so
/// that it is re-read in the new language when the language changes.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<Option<TextFn>>,
}

impl Announcer {
    /// Says interface message `message_id` politely.
    pub fn announce(&self, message_id: &'static str) {
        self.announce_text(interface_text(message_id));
    }

    /// Says a text politely. The region is emptied first and filled on the
    /// next frame, so that the same message twice is announced twice.
    pub fn announce_text(&self, text: TextFn) {
        self.message.set(None);
        let message = self.message;
        request_animation_frame(move || message.set(Some(text)));
    }

    /// The message in a language (tracked).
    pub fn message(&self, lang: Lang) -> Option<String> {
        self.message.with(|m| m.as_ref().map(|t| t(lang)))
    }
}

pub fn provide_announcer() -> Announcer {
    let announcer = Announcer {
        message: RwSignal::new(None),
    };
    provide_context(announcer);
    announcer
}

pub fn use_announcer() -> Option<Announcer> {
    use_context::<Announcer>()
}
