//! Interface text from the Fluent files under `locales/`, compiled into the
//! app (`include_str!`), with Unicode isolation marks off. Components read it
//! through `ui::i18n`, never from here.
//!
//! The localizer is a process-wide `OnceLock` rather than a value in a
//! Leptos context: it is built from compile-time constants and never
//! changes, and Fluent's concurrent bundle makes it `Sync`. Only the current
//! language is reactive state (`ui::i18n::I18n`).

use super::fluent_source::line_of;
use crate::domain::shared::language::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;
use thiserror::Error;
use unic_langid::LanguageIdentifier;

/// One Fluent source, named for error messages.
#[derive(Debug, Clone, Copy)]
pub struct LocaleFile<'a> {
    pub path: &'a str,
    pub source: &'a str,
}

macro_rules! locale_files {
    ($lang:literal: $($name:literal),+ $(,)?) => {
        &[$(LocaleFile {
            path: concat!("locales/", $lang, "/", $name),
            source: include_str!(concat!("../../locales/", $lang, "/", $name)),
        }),+]
    };
}

/// The interface's Fluent files for a language that every build compiles
/// in: what the first load's pages (the catalog, a module, a lesson, the
/// shell) and the banners say.
pub fn locale_files(lang: Lang) -> &'static [LocaleFile<'static>] {
    match lang {
        Lang::En => locale_files!("en": "app.ftl", "assignments.ftl", "controls.ftl"),
        Lang::Fr => locale_files!("fr": "app.ftl", "assignments.ftl", "controls.ftl"),
    }
}

/// The Fluent files of the pages fetched when first opened
/// (`locales/<lang>/pages/`). The release build, which splits those pages
/// off (`savoir_split`), fetches them with the first such page opened
/// ([`PAGE_TEXT`], written by `build.rs`); every other build, and the host,
/// compiles them in.
#[cfg(not(savoir_split))]
pub fn page_locale_files(lang: Lang) -> &'static [LocaleFile<'static>] {
    match lang {
        Lang::En => {
            locale_files!("en": "pages/app.ftl", "pages/assignments.ftl", "pages/certificate.ftl", "pages/controls.ftl")
        }
        Lang::Fr => {
            locale_files!("fr": "pages/app.ftl", "pages/assignments.ftl", "pages/certificate.ftl", "pages/controls.ftl")
        }
    }
}

/// Where the release build's page text is, under the content folder:
/// `{"en": [{"path", "source"}…], "fr": […]}` of `locales/<lang>/pages/`.
pub const PAGE_TEXT: &str = "interface.json";

/// One language's page text as `build.rs` writes it.
#[derive(Debug, serde::Deserialize)]
pub struct PageFile {
    pub path: String,
    pub source: String,
}

/// The page text fetched in the release build, once it is here.
#[cfg(savoir_split)]
static FETCHED: OnceLock<TextBundles> = OnceLock::new();

/// Takes in the page text fetched from [`PAGE_TEXT`] (the first copy
/// wins; a second fetch changes nothing). Problems are reported as the
/// compiled-in text's are; a file that is not the expected JSON is an
/// error, and the page that asked for it says so with a retry.
#[cfg(savoir_split)]
pub fn add_page_text(json: &str) -> Result<(), String> {
    let files: std::collections::BTreeMap<String, Vec<PageFile>> =
        serde_json::from_str(json).map_err(|e| e.to_string())?;
    let of = |lang: Lang| -> Vec<LocaleFile<'_>> {
        files
            .get(lang.tag())
            .map(|list| {
                list.iter()
                    .map(|f| LocaleFile {
                        path: &f.path,
                        source: &f.source,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (bundles, errors) = TextBundles::from_files(&of(Lang::En), &of(Lang::Fr));
    errors.iter().for_each(report);
    _ = FETCHED.set(bundles);
    Ok(())
}

/// Whether the page text is here (always, outside the release build).
pub fn page_text_ready() -> bool {
    #[cfg(savoir_split)]
    return FETCHED.get().is_some();
    #[cfg(not(savoir_split))]
    true
}

/// Formats interface message `id`: from the compiled-in text, else (in the
/// release build) from the page text fetched, else as a missing message.
pub fn interface_message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let main = localizer();
    #[cfg(savoir_split)]
    if !main.has(lang, id) {
        if let Some(pages) = FETCHED.get().filter(|p| p.has(lang, id)) {
            return pages.format(lang, id, args);
        }
    }
    main.format(lang, id, args)
}

/// A problem found while loading or formatting interface text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum I18nError {
    #[error("{path}:{line}: Fluent syntax error: {cause}")]
    Syntax {
        path: String,
        line: usize,
        cause: String,
    },
    #[error("{path}: message `{id}` is defined twice")]
    Duplicate { path: String, id: String },
    #[error("[{lang}] no message `{id}`")]
    Missing { lang: Lang, id: String },
    #[error("[{lang}] message `{id}`: {cause}")]
    Format {
        lang: Lang,
        id: String,
        cause: String,
    },
}

/// Fluent text in every language: the interface's, or a lesson's.
pub struct TextBundles {
    en: FluentBundle<FluentResource>,
    fr: FluentBundle<FluentResource>,
}

/// The interface's text, built once from the compiled-in locale files.
pub type Localizer = TextBundles;

impl TextBundles {
    /// Builds the interface's bundles, returning them with every problem
    /// found. Parsing is forgiving (a broken entry is skipped, the rest kept),
    /// so the app can still show most of its text; the host tests require the
    /// list to be empty.
    pub fn build() -> (TextBundles, Vec<I18nError>) {
        #[cfg(savoir_split)]
        return TextBundles::from_files(locale_files(Lang::En), locale_files(Lang::Fr));
        #[cfg(not(savoir_split))]
        TextBundles::from_files(
            &[locale_files(Lang::En), page_locale_files(Lang::En)].concat(),
            &[locale_files(Lang::Fr), page_locale_files(Lang::Fr)].concat(),
        )
    }

    /// Builds bundles from Fluent sources, one list per language.
    pub fn from_files(en: &[LocaleFile], fr: &[LocaleFile]) -> (TextBundles, Vec<I18nError>) {
        let mut errors = Vec::new();
        let en = bundle(Lang::En, en, &mut errors);
        let fr = bundle(Lang::Fr, fr, &mut errors);
        (TextBundles { en, fr }, errors)
    }

    fn bundle_for(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }

    /// Formats message `id`, reporting what went wrong.
    pub fn try_format(
        &self,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, I18nError> {
        let bundle = self.bundle_for(lang);
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| I18nError::Missing {
                lang,
                id: id.to_owned(),
            })?;
        let mut errs = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errs).into_owned();
        match errs.first() {
            None => Ok(text),
            Some(e) => Err(I18nError::Format {
                lang,
                id: id.to_owned(),
                cause: e.to_string(),
            }),
        }
    }

    /// Whether a message exists in a language.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle_for(lang).has_message(id)
    }

    /// Formats message `id`. A missing message shows its id, so that a gap is
    /// visible to testers instead of blank, and the problem is logged; a
    /// formatting problem still yields Fluent's best-effort text.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle_for(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            report(&I18nError::Missing {
                lang,
                id: id.to_owned(),
            });
            return id.to_owned();
        };
        let mut errs = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errs).into_owned();
        if let Some(e) = errs.first() {
            report(&I18nError::Format {
                lang,
                id: id.to_owned(),
                cause: e.to_string(),
            });
        }
        text
    }
}

fn bundle(
    lang: Lang,
    files: &[LocaleFile],
    errors: &mut Vec<I18nError>,
) -> FluentBundle<FluentResource> {
    // Both tags are valid BCP 47, so this never falls back to `und`.
    let langid: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/U+2069) only matter for mixing scripts of
    // different directions; English and French share one, and the marks would
    // leak into attributes, tests and copied text.
    bundle.set_use_isolating(false);
    for file in files {
        let resource = match FluentResource::try_new(file.source.to_owned()) {
            Ok(r) => r,
            Err((partial, errs)) => {
                errors.extend(errs.into_iter().map(|e| I18nError::Syntax {
                    path: file.path.to_owned(),
                    line: line_of(
                        file.source,
                        e.slice.as_ref().map_or(e.pos.start, |s| s.start),
                    ),
                    cause: e.kind.to_string(),
                }));
                partial
            }
        };
        if let Err(errs) = bundle.add_resource(resource) {
            errors.extend(errs.into_iter().map(|e| match e {
                fluent_bundle::FluentError::Overriding { id, .. } => I18nError::Duplicate {
                    path: file.path.to_owned(),
                    id,
                },
                other => I18nError::Syntax {
                    path: file.path.to_owned(),
                    line: 0,
                    cause: other.to_string(),
                },
            }));
        }
    }
    bundle
}

/// Logs a localisation problem where a developer will see it.
pub fn report(error: &I18nError) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&error.to_string().into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("savoir i18n: {error}");
}

/// The app-wide localizer. The Fluent sources are compile-time constants, so
/// this is built once, on first use, and never changes.
pub fn localizer() -> &'static Localizer {
    static LOCALIZER: OnceLock<Localizer> = OnceLock::new();
    LOCALIZER.get_or_init(|| {
        let (localizer, errors) = Localizer::build();
        errors.iter().for_each(report);
        localizer
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeSet;

    fn message_ids(lang: Lang) -> BTreeSet<String> {
        locale_files(lang)
            .iter()
            .flat_map(|f| {
                let res = fluent_syntax::parser::parse(f.source).unwrap_or_else(|(r, _)| r);
                res.body
                    .into_iter()
                    .filter_map(|entry| match entry {
                        ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn interface_locales_parse_without_errors() {
        let (_, errors) = Localizer::build();
        assert!(errors.is_empty(), "locale errors: {errors:#?}");
    }

    #[test]
    fn both_languages_define_the_same_messages() {
        let en = message_ids(Lang::En);
        let fr = message_ids(Lang::Fr);
        assert!(!en.is_empty());
        let only_en: Vec<_> = en.difference(&fr).collect();
        let only_fr: Vec<_> = fr.difference(&en).collect();
        assert!(
            only_en.is_empty() && only_fr.is_empty(),
            "only in en: {only_en:?}; only in fr: {only_fr:?}"
        );
    }

    #[test]
    fn every_message_formats_in_both_languages() {
        let loc = localizer();
        for id in message_ids(Lang::En)
            .iter()
            .filter(|id| !id.starts_with('-'))
        {
            for lang in Lang::ALL {
                let mut args = FluentArgs::new();
                args.set("count", 2);
                args.set("lang", "English");
                args.set("minutes", 20);
                args.set("done", 1);
                args.set("total", 3);
                args.set("mark", 70);
                args.set("number", 2);
                args.set("percent", 66);
                args.set("points", "1.5");
                args.set("place", 2);
                args.set("answer", "ISMS");
                args.set("best", 80);
                args.set("last", 60);
                args.set("size", "2 KB");
                args.set("date", "2026-11-22");
                args.set("started", 3);
                args.set("completed", 2);
                args.set("reflections", 1);
                args.set("attempts", 1);
                args.set("mistakes", 0);
                for (name, value) in [
                    ("group", "Finance"),
                    ("by", "Camille"),
                    ("due", "1 December 2026"),
                    ("pass", "80"),
                    ("name", "Ana"),
                    ("status", "Passed"),
                    ("title", "Foundations"),
                    ("languages", "English"),
                    ("reason", "cut short"),
                    ("module", "Foundations"),
                    ("list", "A.12.4.1, A.12.4.2"),
                    ("old", "A.12.4.1"),
                    ("parts", "theme=robots"),
                    ("rest", "A.12.4.1, A.12.4.2"),
                    ("assignment", "Assignment: Finance"),
                    ("trainer", "Camille"),
                    ("course", "ISO/IEC 27002"),
                    ("best", "75%"),
                    ("learner", "Ana"),
                    ("scope", "the whole course"),
                    ("site", "lms.example.org"),
                ] {
                    args.set(name, value);
                }
                args.set("right", 1);
                args.set("n", 1);
                args.set("mark", 80);
                args.set("id", "retired-module");
                let text = loc.try_format(lang, id, Some(&args));
                let text = text.unwrap_or_else(|e| panic!("{e}"));
                assert!(!text.trim().is_empty(), "[{lang}] {id} is empty");
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "[{lang}] {id} has isolation marks"
                );
            }
        }
    }

    #[test]
    fn french_and_english_differ() {
        let loc = localizer();
        assert_eq!(
            loc.format(Lang::En, "not-found-heading", None),
            "Page not found"
        );
        assert_ne!(
            loc.format(Lang::En, "not-found-heading", None),
            loc.format(Lang::Fr, "not-found-heading", None)
        );
    }

    #[test]
    fn missing_message_shows_its_id() {
        let loc = localizer();
        assert!(!loc.has(Lang::Fr, "no-such-message"));
        assert_eq!(
            loc.format(Lang::Fr, "no-such-message", None),
            "no-such-message"
        );
    }

    #[test]
    fn syntax_errors_carry_file_and_line() {
        let src = "ok = fine\nbroken = {\nalso-ok = yes\n";
        let (_, errs) = FluentResource::try_new(src.to_owned()).unwrap_err();
        let at = errs[0]
            .slice
            .as_ref()
            .map_or(errs[0].pos.start, |s| s.start);
        assert_eq!(line_of(src, at), 2);
    }

    #[test]
    fn french_typography_uses_non_breaking_spaces() {
        use crate::adapters::fluent_source::french_typography_problems;
        for file in locale_files(Lang::Fr) {
            let problems = french_typography_problems(file.source);
            assert!(
                problems.is_empty(),
                "{}: use a non-breaking space around these marks (line, mark): {problems:?}",
                file.path
            );
        }
    }
}
