//! Addresses. Every page lives under its language (`/en/...`, `/fr/...`), so
//! that a shared link opens in the language it was copied in.

use super::language::Lang;

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
/// another language.
pub fn localized_href(path: &str, query: &str, fragment: &str, lang: Lang) -> String {
    let mut href = localized_path(path, lang);
    if !query.is_empty() {
        href.push('?');
        href.push_str(query);
    }
    href.push_str(fragment);
    href
}

/// The home page in a language.
pub fn home(lang: Lang) -> String {
    format!("/{}/", lang.tag())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn home_is_the_language_root() {
        assert_eq!(home(Lang::Fr), "/fr/");
        assert_eq!(lang_of_path(&home(Lang::En)), Some(Lang::En));
    }
}
