use super::*;
use crate::domain::content::catalog::Localized;
use crate::domain::content::controls::{Change, Control};
use std::collections::BTreeMap;

fn text(en: &str, fr: &str) -> Localized {
    Localized {
        en: en.to_owned(),
        fr: fr.to_owned(),
    }
}

fn control(number: &str, theme: Theme, name: Localized, from: &[&str], kind: &str) -> Control {
    let mut attributes = BTreeMap::new();
    attributes.insert(Facet::ControlType, vec![kind.to_owned()]);
    attributes.insert(Facet::Property, vec!["integrity".to_owned()]);
    Control {
        number: number.to_owned(),
        theme,
        new: from.is_empty(),
        change: if from.is_empty() {
            Change::New
        } else {
            Change::Merged
        },
        from: from.iter().map(|s| (*s).to_owned()).collect(),
        attributes,
        lessons: Vec::new(),
        questions: Vec::new(),
        summary: text("A summary.", "Un résumé."),
        name,
    }
}

fn set() -> ControlSet {
    ControlSet {
        annex_a_2013: Vec::new(),
        controls: vec![
            control(
                "5.7",
                Theme::Organisational,
                text("Threat intelligence", "Renseignement sur les menaces"),
                &[],
                "preventive",
            ),
            control(
                "6.3",
                Theme::People,
                text(
                    "Awareness, education and training",
                    "Sensibilisation, enseignement et formation",
                ),
                &["A.7.2.2"],
                "preventive",
            ),
            control(
                "8.1",
                Theme::Technological,
                text("User endpoint devices", "Terminaux utilisateurs"),
                &["A.6.2.1", "A.11.2.8"],
                "preventive",
            ),
            control(
                "8.15",
                Theme::Technological,
                text("Logging", "Journalisation"),
                &["A.12.4.1", "A.12.4.2", "A.12.4.3"],
                "detective",
            ),
            control(
                "8.16",
                Theme::Technological,
                text("Monitoring activities", "Activités de surveillance"),
                &[],
                "detective",
            ),
        ],
        labels: BTreeMap::new(),
    }
}

fn numbers(filter: &Filter) -> Vec<String> {
    let set = set();
    let index = SearchIndex::new(&set);
    apply(&set, &index, filter)
        .iter()
        .map(|h| h.control.number.clone())
        .collect()
}

fn searching(text: &str) -> Filter {
    Filter {
        text: text.to_owned(),
        ..Filter::default()
    }
}

#[test]
fn words_are_found_in_either_language_ignoring_case_and_accents() {
    assert_eq!(numbers(&searching("journalisation")), ["8.15"]);
    assert_eq!(numbers(&searching("LOGGING")), ["8.15"]);
    assert_eq!(numbers(&searching("activites surveillance")), ["8.16"]);
    assert_eq!(numbers(&searching("Activités")), ["8.16"]);
    assert_eq!(
        numbers(&searching("nothing-like-this")),
        Vec::<String>::new()
    );
    assert_eq!(numbers(&searching("  ")).len(), 5);
}

#[test]
fn a_number_finds_that_control_only() {
    assert_eq!(numbers(&searching("8.1")), ["8.1"]);
    assert_eq!(numbers(&searching("8.15")), ["8.15"]);
}

#[test]
fn a_2013_reference_finds_what_replaced_it_and_says_so() {
    let set = set();
    let index = SearchIndex::new(&set);
    for typed in ["A.12.4.1", "a.12.4.1", "12.4.1"] {
        let hits = apply(&set, &index, &searching(typed));
        assert_eq!(hits.len(), 1, "{typed}");
        assert_eq!(hits[0].control.number, "8.15");
        assert_eq!(hits[0].reason, Reason::Replaces("A.12.4.1".to_owned()));
    }
    assert_eq!(numbers(&searching("A.11.2.8")), ["8.1"]);
    assert!(numbers(&searching("A.99.1.1")).is_empty());
}

#[test]
fn filters_combine_any_value_within_a_type_and_every_type() {
    let mut f = Filter::default();
    f.toggle_theme(Theme::Technological);
    assert_eq!(numbers(&f), ["8.1", "8.15", "8.16"]);
    f.toggle(Facet::ControlType, "detective");
    assert_eq!(numbers(&f), ["8.15", "8.16"]);
    f.toggle(Facet::ControlType, "preventive");
    assert_eq!(numbers(&f), ["8.1", "8.15", "8.16"]);
    f.toggle(Facet::Property, "confidentiality");
    assert!(numbers(&f).is_empty());
    f.toggle(Facet::Property, "confidentiality");
    f.new_only = true;
    assert_eq!(numbers(&f), ["8.16"]);
    f.toggle_theme(Theme::Organisational);
    assert_eq!(numbers(&f), ["5.7", "8.16"]);
}

#[test]
fn a_filter_survives_its_address() {
    let mut f = searching("gestion des accès & clés?");
    f.toggle_theme(Theme::People);
    f.toggle_theme(Theme::Physical);
    f.toggle(Facet::Capability, "continuity");
    f.toggle(Facet::ControlType, "corrective");
    f.toggle(Facet::ControlType, "preventive");
    f.new_only = true;
    let query = f.to_query();
    assert_eq!(
        query,
        "theme=people,physical&type=preventive,corrective&capability=continuity&new=1&q=gestion%20des%20acc%C3%A8s%20%26%20cl%C3%A9s%3F"
    );
    assert_eq!(
        Filter::parse(&query),
        Parsed {
            filter: f,
            ignored: Vec::new()
        }
    );
    assert_eq!(Filter::default().to_query(), "");
    assert!(Filter::parse("").filter.is_empty());
}

#[test]
fn a_tampered_address_keeps_what_it_can_and_lists_the_rest() {
    let parsed = Filter::parse(
        "theme=people,robots&type=sneaky&colour=red&q=%E9%ZZ&new=yes&domain=defence&q2",
    );
    assert_eq!(
        parsed.filter.themes.iter().copied().collect::<Vec<_>>(),
        [Theme::People]
    );
    assert!(parsed
        .filter
        .values
        .contains(&(Facet::Domain, "defence".to_owned())));
    assert_eq!(parsed.filter.values.len(), 1);
    assert!(!parsed.filter.new_only);
    assert_eq!(parsed.filter.text, "");
    assert_eq!(
        parsed.ignored,
        [
            "theme=robots",
            "type=sneaky",
            "colour=red",
            "q=%E9%ZZ",
            "new=yes",
            "q2"
        ]
    );
    let long = format!("q={}", "a".repeat(500));
    assert_eq!(Filter::parse(&long).filter.text.len(), MAX_TEXT);
    assert_eq!(
        Filter::parse("q=caf%C3%A9+cr%C3%A8me").filter.text,
        "café crème"
    );
    // `from_str_radix` alone would read `+1` as a number.
    assert_eq!(Filter::parse("q=%+1").ignored, ["q=%+1"]);
}

#[test]
fn folding_removes_case_and_accents() {
    assert_eq!(fold("Sécurité ŒUVRE à l’Été"), "securite oeuvre a l'ete");
    assert_eq!(fold("se\u{301}curite\u{301}"), "securite");
}
