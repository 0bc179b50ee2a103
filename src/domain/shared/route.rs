//! Addresses. Every page lives under its language (`/en/...`, `/fr/...`), so
//! that a shared link opens in the language it was copied in. Routes are a
//! typed enum parsed from and written back to paths, so the page a learner is
//! on never depends on displayed text.

use crate::domain::content::controls;
use crate::domain::shared::language::Lang;
use std::sync::atomic::{AtomicBool, Ordering};

/// What a page shows, independent of its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// The course home: its modules.
    Home,
    /// A module: its lessons and its checkpoint.
    Module { module: String },
    /// A lesson, by module and lesson id.
    Lesson { module: String, lesson: String },
    /// A module's checkpoint quiz.
    Checkpoint { module: String },
    /// "Practise my mistakes", across the course.
    Review,
    /// The learner's data on this device: export, import, reset.
    Settings,
    /// A trainer makes an assignment link.
    Trainer,
    /// A trainer's class dashboard of imported result files.
    Dashboard,
    /// An assignment link opened by a learner (the assignment is in the
    /// address's fragment, which browsers never send to a server).
    Assignment,
    /// The controls explorer; its filters are in the address's query.
    Controls,
    /// One control of ISO/IEC 27002:2022, by number (`8.15`).
    Control { number: String },
    /// The learner's Statement of Applicability workbook.
    Workbook,
    /// A certificate of completion: of the whole course, or of the accepted
    /// assignment the query's `for` names.
    Certificate,
    /// An address that leads nowhere.
    NotFound,
}

/// A parsed address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: no language yet; the app picks one and redirects.
    Entry,
    /// A page under a language. A `NotFound` page may have no known language.
    Page { lang: Option<Lang>, page: Page },
}

impl Route {
    /// Parses a path (no query, no fragment). Never fails: anything unknown is
    /// a `NotFound` page, in the language the path names if it names one.
    pub fn parse(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let Some((first, rest)) = segments.split_first() else {
            return Route::Entry;
        };
        let Some(lang) = Lang::from_tag(first) else {
            // A shared assignment link names no language: it opens in the
            // learner's own.
            let page = if *first == "assignment" && rest.is_empty() {
                Page::Assignment
            } else {
                Page::NotFound
            };
            return Route::Page { lang: None, page };
        };
        let page = match rest {
            [] => Page::Home,
            ["modules", module] => Page::Module {
                module: (*module).to_owned(),
            },
            ["review"] => Page::Review,
            ["certificate"] => Page::Certificate,
            ["settings"] => Page::Settings,
            ["trainer"] => Page::Trainer,
            ["trainer", "results"] => Page::Dashboard,
            ["assignment"] => Page::Assignment,
            ["controls"] => Page::Controls,
            ["controls", "soa"] => Page::Workbook,
            ["controls", number] if controls::exists(number) => Page::Control {
                number: (*number).to_owned(),
            },
            ["modules", module, "checkpoint"] => Page::Checkpoint {
                module: (*module).to_owned(),
            },
            ["modules", module, "lessons", lesson] => Page::Lesson {
                module: (*module).to_owned(),
                lesson: (*lesson).to_owned(),
            },
            _ => Page::NotFound,
        };
        Route::Page {
            lang: Some(lang),
            page,
        }
    }

    pub fn lang(&self) -> Option<Lang> {
        match self {
            Route::Entry => None,
            Route::Page { lang, .. } => *lang,
        }
    }

    /// The page, whatever its language: what the router re-renders on.
    pub fn page(&self) -> Option<Page> {
        match self {
            Route::Entry => None,
            Route::Page { page, .. } => Some(page.clone()),
        }
    }
}

/// The language named by a path's first segment, if any.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    path.trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Lang::from_tag)
}

/// The same page in another language: the path's language segment is
/// replaced (or added, for a path that has none), and the rest is kept.
pub fn localized_path(path: &str, lang: Lang) -> String {
    let rest = path.trim_start_matches('/');
    let rest = match rest.split_once('/') {
        Some((first, tail)) if Lang::from_tag(first).is_some() => tail,
        None if Lang::from_tag(rest).is_some() => "",
        _ => rest,
    };
    format!("/{}/{}", lang.tag(), rest)
}

/// A full address (path, query without its `?`, fragment with its `#`) in
/// another language, as an href.
pub fn localized_href(path: &str, query: &str, fragment: &str, lang: Lang) -> String {
    let mut href = localized_path(path, lang);
    if !query.is_empty() {
        href.push('?');
        href.push_str(query);
    }
    href.push_str(fragment);
    at(href)
}

/// Whether addresses live in the page's fragment (`index.html#/en/...`)
/// rather than its path: set once at start by a site run from a SCORM
/// package, which an LMS serves as plain files from a folder of its own,
/// where no other path than the package's files exists and a reload of
/// `/en/...` would find nothing.
static IN_FRAGMENT: AtomicBool = AtomicBool::new(false);

/// Puts every address made from now on in the page's fragment (see
/// [`in_fragment`]). Called once, before the app mounts.
pub fn keep_addresses_in_fragment() {
    IN_FRAGMENT.store(true, Ordering::Relaxed);
}

/// Whether addresses live in the page's fragment.
pub fn in_fragment() -> bool {
    IN_FRAGMENT.load(Ordering::Relaxed)
}

/// An app address as an href: itself, or behind `#` where addresses live
/// in the fragment.
fn at(address: String) -> String {
    as_href(address, in_fragment())
}

/// `address` (a path, maybe a query and a fragment) as an href, in the
/// page's fragment or not.
pub fn as_href(address: String, in_fragment: bool) -> String {
    if in_fragment {
        format!("#{address}")
    } else {
        address
    }
}

/// The address (path, query without its `?`, fragment with its `#`) an
/// app address held in a page's fragment stands for: `#/en/x?q#part` is
/// `/en/x`, `q` and `#part`. An empty fragment is the entry, `/`.
pub fn from_fragment(fragment: &str) -> (String, String, String) {
    let inner = fragment.strip_prefix('#').unwrap_or(fragment);
    let (before, part) = match inner.split_once('#') {
        Some((before, part)) => (before, format!("#{part}")),
        None => (inner, String::new()),
    };
    let (path, query) = before.split_once('?').unwrap_or((before, ""));
    let path = if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    };
    (path, query.to_owned(), part)
}

/// The home page in a language.
pub fn home(lang: Lang) -> String {
    at(format!("/{}/", lang.tag()))
}

fn module_path(lang: Lang, module: &str) -> String {
    format!("/{}/modules/{module}", lang.tag())
}

/// A module's page in a language.
pub fn module(lang: Lang, module: &str) -> String {
    at(module_path(lang, module))
}

/// A lesson's page in a language.
pub fn lesson(lang: Lang, module: &str, lesson: &str) -> String {
    at(format!("{}/lessons/{lesson}", module_path(lang, module)))
}

/// A module's checkpoint.
pub fn checkpoint(lang: Lang, module: &str) -> String {
    at(format!("{}/checkpoint", module_path(lang, module)))
}

/// "Practise my mistakes".
pub fn review(lang: Lang) -> String {
    at(format!("/{}/review", lang.tag()))
}

/// The learner's data on this device.
pub fn settings(lang: Lang) -> String {
    at(format!("/{}/settings", lang.tag()))
}

/// The trainer's page, where assignment links are made.
pub fn trainer(lang: Lang) -> String {
    at(format!("/{}/trainer", lang.tag()))
}

/// The trainer's class dashboard.
pub fn dashboard(lang: Lang) -> String {
    at(format!("/{}/trainer/results", lang.tag()))
}

/// The controls explorer, with a filter's query (see
/// `controls::filter::Filter::to_query`; empty for none).
pub fn controls(lang: Lang, query: &str) -> String {
    if query.is_empty() {
        at(format!("/{}/controls", lang.tag()))
    } else {
        at(format!("/{}/controls?{query}", lang.tag()))
    }
}

/// One control's page.
pub fn control(lang: Lang, number: &str) -> String {
    at(format!("/{}/controls/{number}", lang.tag()))
}

/// The Statement of Applicability workbook.
pub fn workbook(lang: Lang) -> String {
    at(format!("/{}/controls/soa", lang.tag()))
}

/// The certificate of completion: of the whole course, or of an accepted
/// assignment, by id (ids are letters, digits and hyphens: see
/// `Assignment::validate`).
pub fn certificate(lang: Lang, assignment: Option<&str>) -> String {
    match assignment {
        Some(id) => at(format!("/{}/certificate?for={id}", lang.tag())),
        None => at(format!("/{}/certificate", lang.tag())),
    }
}

/// An assignment's page, for the link's code.
pub fn assignment(lang: Lang, code: &str) -> String {
    at(format!("/{}/assignment#{code}", lang.tag()))
}

/// The link a trainer shares: no language, so that each learner gets their
/// own (the app redirects to [`assignment`] in it).
pub fn shared_assignment(code: &str) -> String {
    at(format!("/assignment#{code}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_known_pages() {
        assert_eq!(Route::parse("/"), Route::Entry);
        assert_eq!(Route::parse(""), Route::Entry);
        assert_eq!(
            Route::parse("/fr/"),
            Route::Page {
                lang: Some(Lang::Fr),
                page: Page::Home
            }
        );
        assert_eq!(Route::parse("/en").page(), Some(Page::Home));
        assert_eq!(Route::parse("//en//").page(), Some(Page::Home));
    }

    #[test]
    fn control_addresses_round_trip_and_unknown_numbers_are_not_found() {
        let lang = Lang::Fr;
        assert_eq!(
            Route::parse(&controls(lang, "")).page(),
            Some(Page::Controls)
        );
        assert_eq!(controls(lang, "theme=people"), "/fr/controls?theme=people");
        for number in ["5.1", "6.8", "8.15", "8.34"] {
            assert_eq!(
                Route::parse(&control(lang, number)).page(),
                Some(Page::Control {
                    number: number.to_owned()
                })
            );
        }
        assert_eq!(Route::parse(&workbook(lang)).page(), Some(Page::Workbook));
        for bad in ["8.35", "5.0", "9.1", "A.12.4.1", "8.15.1", "soa-x", "SOA"] {
            assert_eq!(
                Route::parse(&format!("/en/controls/{bad}")).page(),
                Some(Page::NotFound),
                "{bad}"
            );
        }
    }

    #[test]
    fn unknown_addresses_are_not_found_in_their_language() {
        let r = Route::parse("/fr/no/such/page");
        assert_eq!(r.lang(), Some(Lang::Fr));
        assert_eq!(r.page(), Some(Page::NotFound));
        let r = Route::parse("/de/");
        assert_eq!(r.lang(), None);
        assert_eq!(r.page(), Some(Page::NotFound));
        assert_eq!(Route::parse("/FR/").lang(), None);
    }

    #[test]
    fn home_paths_parse_back_to_home() {
        for lang in Lang::ALL {
            let r = Route::parse(&home(lang));
            assert_eq!(r.lang(), Some(lang));
            assert_eq!(r.page(), Some(Page::Home));
        }
    }

    #[test]
    fn lesson_addresses_round_trip() {
        let path = lesson(Lang::Fr, "foundations", "what-is-27002");
        assert_eq!(path, "/fr/modules/foundations/lessons/what-is-27002");
        assert_eq!(
            Route::parse(&path),
            Route::Page {
                lang: Some(Lang::Fr),
                page: Page::Lesson {
                    module: "foundations".into(),
                    lesson: "what-is-27002".into()
                }
            }
        );
        assert_eq!(
            Route::parse("/en/modules/foundations/lessons").page(),
            Some(Page::NotFound)
        );
        assert_eq!(
            Route::parse(&module(Lang::En, "foundations")).page(),
            Some(Page::Module {
                module: "foundations".into()
            })
        );
        assert_eq!(module(Lang::Fr, "m"), "/fr/modules/m");
        assert_eq!(
            Route::parse("/en/modules/a/lessons/b/c").page(),
            Some(Page::NotFound)
        );
    }

    #[test]
    fn checkpoint_and_review_addresses_round_trip() {
        let cp = checkpoint(Lang::Fr, "foundations");
        assert_eq!(cp, "/fr/modules/foundations/checkpoint");
        assert_eq!(
            Route::parse(&cp).page(),
            Some(Page::Checkpoint {
                module: "foundations".into()
            })
        );
        assert_eq!(Route::parse(&review(Lang::En)).page(), Some(Page::Review));
        assert_eq!(
            Route::parse(&certificate(Lang::Fr, None)).page(),
            Some(Page::Certificate)
        );
        assert_eq!(
            certificate(Lang::En, Some("a-1")),
            "/en/certificate?for=a-1"
        );
        assert_eq!(
            Route::parse(&settings(Lang::Fr)).page(),
            Some(Page::Settings)
        );
        assert_eq!(
            Route::parse("/en/review/extra").page(),
            Some(Page::NotFound)
        );
        assert_eq!(
            Route::parse("/en/modules/foundations/checkpoint/x").page(),
            Some(Page::NotFound)
        );
    }

    #[test]
    fn trainer_and_assignment_addresses_round_trip() {
        assert_eq!(Route::parse(&trainer(Lang::Fr)).page(), Some(Page::Trainer));
        assert_eq!(
            Route::parse(&dashboard(Lang::En)).page(),
            Some(Page::Dashboard)
        );
        let link = assignment(Lang::Fr, "v1.abc.0123");
        assert_eq!(link, "/fr/assignment#v1.abc.0123");
        let path = link.split('#').next().unwrap_or_default();
        assert_eq!(Route::parse(path).page(), Some(Page::Assignment));
        assert_eq!(
            Route::parse("/en/trainer/other").page(),
            Some(Page::NotFound)
        );
        let shared = Route::parse("/assignment");
        assert_eq!(
            (shared.lang(), shared.page()),
            (None, Some(Page::Assignment))
        );
        assert_eq!(shared_assignment("v1.a.b"), "/assignment#v1.a.b");
        assert_eq!(Route::parse("/assignment/x").page(), Some(Page::NotFound));
    }

    #[test]
    fn finds_the_language_segment() {
        assert_eq!(lang_of_path("/fr/modules/a"), Some(Lang::Fr));
        assert_eq!(lang_of_path("/en"), Some(Lang::En));
        assert_eq!(lang_of_path("/"), None);
        assert_eq!(lang_of_path("/de/x"), None);
        assert_eq!(lang_of_path("/english/x"), None);
    }

    #[test]
    fn swaps_the_language_and_keeps_the_rest() {
        assert_eq!(localized_path("/en/", Lang::Fr), "/fr/");
        assert_eq!(localized_path("/en", Lang::Fr), "/fr/");
        assert_eq!(
            localized_path("/en/modules/m1/lessons/l2", Lang::Fr),
            "/fr/modules/m1/lessons/l2"
        );
        assert_eq!(localized_path("/fr/modules/m1", Lang::Fr), "/fr/modules/m1");
    }

    #[test]
    fn adds_a_language_where_there_is_none() {
        assert_eq!(localized_path("/", Lang::En), "/en/");
        assert_eq!(localized_path("", Lang::Fr), "/fr/");
        assert_eq!(localized_path("/de/x", Lang::Fr), "/fr/de/x");
    }

    #[test]
    fn href_keeps_query_and_fragment() {
        assert_eq!(localized_href("/en/m", "", "", Lang::Fr), "/fr/m");
        assert_eq!(
            localized_href("/en/m", "a=1", "#block-3", Lang::Fr),
            "/fr/m?a=1#block-3"
        );
    }

    #[test]
    fn an_address_in_the_fragment_round_trips() {
        // As a packaged site writes and reads them: every page, with its
        // query and the part of the page it names.
        for address in [
            "/en/",
            "/fr/modules/foundations/lessons/what-is-27002",
            "/en/controls?theme=people&q=backup",
            "/en/assignment#eyJ2IjoxfQ",
            "/fr/modules/foundations#checkpoint",
        ] {
            let href = as_href(address.to_owned(), true);
            assert!(href.starts_with("#/"), "{href}");
            let (path, query, part) = from_fragment(&href);
            let mut back = path.clone();
            if !query.is_empty() {
                back.push('?');
                back.push_str(&query);
            }
            back.push_str(&part);
            assert_eq!(back, address);
        }
        assert_eq!(as_href("/en/".into(), false), "/en/");
    }

    #[test]
    fn an_empty_or_odd_fragment_is_the_entry_or_not_found() {
        assert_eq!(
            from_fragment(""),
            ("/".into(), String::new(), String::new())
        );
        assert_eq!(
            from_fragment("#"),
            ("/".into(), String::new(), String::new())
        );
        // A skip link's target, or a forged fragment, is no page.
        let (path, _, _) = from_fragment("#main");
        assert_eq!(Route::parse(&path).page(), Some(Page::NotFound));
        let (path, query, part) = from_fragment("#/en/x??y##z");
        assert_eq!(
            (path.as_str(), query.as_str(), part.as_str()),
            ("/en/x", "?y", "##z")
        );
    }
}
