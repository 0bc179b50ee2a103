use super::*;
use crate::domain::content::catalog::Localized;
use crate::domain::content::controls::{Change, Control};
use crate::domain::shared::language::Lang;

fn text(en: &str, fr: &str) -> Localized {
    Localized {
        en: en.to_owned(),
        fr: fr.to_owned(),
    }
}

fn controls() -> ControlSet {
    let control = |number: &str, theme: Theme, name: Localized| Control {
        number: number.to_owned(),
        theme,
        new: false,
        change: Change::Kept,
        from: Vec::new(),
        attributes: Default::default(),
        lessons: Vec::new(),
        questions: Vec::new(),
        name,
        summary: Localized::default(),
    };
    let mut labels = BTreeMap::new();
    labels.insert(
        Theme::People.label_id(),
        text("People controls", "Mesures applicables aux personnes"),
    );
    labels.insert(
        Theme::Technological.label_id(),
        text("Technological controls", "Mesures technologiques"),
    );
    ControlSet {
        annex_a_2013: Vec::new(),
        controls: vec![
            control(
                "6.3",
                Theme::People,
                text("Awareness; training", "Sensibilisation ; formation"),
            ),
            control(
                "8.15",
                Theme::Technological,
                text("Logging", "Journalisation"),
            ),
            control(
                "8.16",
                Theme::Technological,
                text("Monitoring activities", "Activités de surveillance"),
            ),
        ],
        labels,
    }
}

#[test]
fn a_change_is_stamped_and_a_non_change_is_not() {
    let mut w = Workbook::default();
    assert!(w.set("8.15", 10, |e| e.applicable =
        Some(Applicability::Applicable)));
    assert_eq!(w.entries["8.15"].changed, [10, 0, 0, 0]);
    assert!(!w.set("8.15", 20, |e| e.applicable =
        Some(Applicability::Applicable)));
    assert_eq!(w.entries["8.15"].updated(), 10);
    assert!(w.set("8.15", 30, |e| e.owner = "CISO".into()));
    assert_eq!(w.entries["8.15"].changed, [10, 0, 0, 30]);
    assert_eq!(w.decided(), 1);
    // An owner alone is no decision.
    w.set("8.16", 31, |e| e.owner = "SOC".into());
    assert_eq!(w.decided(), 1);
    // Emptied again: kept, stamped, and no longer counted as decided.
    assert!(w.set("8.15", 40, |e| *e = Entry::default()));
    assert_eq!(w.entries["8.15"].changed, [40, 0, 0, 40]);
    assert_eq!(w.decided(), 0);
}

#[test]
fn a_change_is_stamped_after_a_value_from_a_clock_running_ahead() {
    let mut w = Workbook::default();
    // An entry from another device, two hours ahead.
    let ahead = 10 + 7_200_000;
    w.set("8.15", ahead, |e| {
        e.justification = "from the future".into()
    });
    assert!(w.set("8.15", 10, |e| e.justification = "typed now".into()));
    assert_eq!(w.entries["8.15"].changed[1], ahead + 1);
    // So the stored copy, read back before the next save, does not undo it.
    let mut stored = Workbook::default();
    stored.set("8.15", ahead, |e| {
        e.justification = "from the future".into()
    });
    w.merge(&stored);
    assert_eq!(w.entries["8.15"].justification, "typed now");
    // Even at the end of time.
    let mut end = Workbook::default();
    end.set("5.1", u64::MAX, |e| e.owner = "stuck".into());
    assert!(end.set("5.1", 10, |e| e.owner = "free".into()));
    assert_eq!(end.entries["5.1"].owner, "free");
}

#[test]
fn copies_merge_field_by_field_the_later_change_winning() {
    let mut ours = Workbook::default();
    ours.set("8.15", 10, |e| e.owner = "ours, older".into());
    ours.set("8.16", 30, |e| e.owner = "ours, newer".into());
    ours.set("6.3", 20, |e| e.owner = "ours, same time".into());
    let mut theirs = Workbook::default();
    theirs.set("8.15", 20, |e| e.owner = "theirs, newer".into());
    theirs.set("8.16", 25, |e| e.owner = "theirs, older".into());
    theirs.set("6.3", 20, |e| e.owner = "theirs, same time".into());
    theirs.set("5.1", 5, |e| e.owner = "theirs only".into());
    let mut other_way = theirs.clone();
    ours.merge(&theirs);
    let owner = |w: &Workbook, n: &str| w.entries[n].owner.clone();
    assert_eq!(owner(&ours, "8.15"), "theirs, newer");
    assert_eq!(owner(&ours, "8.16"), "ours, newer");
    // A tie goes to the greater value, whichever copy merges.
    assert_eq!(owner(&ours, "6.3"), "theirs, same time");
    assert_eq!(owner(&ours, "5.1"), "theirs only");
    other_way.merge(&ours);
    assert_eq!(other_way, ours, "both copies settle on the same");
    // Two tabs changing two fields of one control keep both.
    let mut a = Workbook::default();
    a.set("5.3", 50, |e| e.justification = "from tab A".into());
    let mut b = Workbook::default();
    b.set("5.3", 51, |e| e.owner = "from tab B".into());
    a.merge(&b);
    assert_eq!(
        (
            a.entries["5.3"].justification.as_str(),
            owner(&a, "5.3").as_str()
        ),
        ("from tab A", "from tab B")
    );
    // An emptying that is newer wins too.
    let mut emptied = Workbook::default();
    emptied.set("8.15", 99, |e| e.owner = "x".into());
    emptied.set("8.15", 100, |e| *e = Entry::default());
    ours.merge(&emptied);
    assert_eq!(owner(&ours, "8.15"), "");
}

#[test]
fn an_excluded_control_has_no_status_until_it_is_included_again() {
    let mut w = Workbook::default();
    w.set("8.15", 1, |e| {
        e.applicable = Some(Applicability::Applicable);
        e.status = Some(Implementation::Partial);
    });
    w.set("8.15", 2, |e| e.applicable = Some(Applicability::Excluded));
    assert_eq!(w.entry("8.15").effective_status(), None);
    assert_eq!(
        w.entry("8.15").status,
        Some(Implementation::Partial),
        "kept"
    );
    w.set("8.15", 3, |e| {
        e.applicable = Some(Applicability::Applicable)
    });
    assert_eq!(
        w.entry("8.15").effective_status(),
        Some(Implementation::Partial)
    );
}

#[test]
fn the_summary_counts_each_theme_by_decision_and_status() {
    let mut w = Workbook::default();
    w.set("8.15", 1, |e| {
        e.applicable = Some(Applicability::Applicable);
        e.status = Some(Implementation::Partial);
    });
    w.set("8.16", 1, |e| {
        e.applicable = Some(Applicability::Applicable)
    });
    w.set("6.3", 1, |e| e.applicable = Some(Applicability::Excluded));
    let summary = w.summary(&controls());
    assert_eq!(
        summary[&Theme::Technological],
        Counts {
            partial: 1,
            not_started: 1,
            ..Counts::default()
        }
    );
    assert_eq!(
        summary[&Theme::People],
        Counts {
            excluded: 1,
            ..Counts::default()
        }
    );
    assert_eq!(summary[&Theme::Physical], Counts::default());
}

#[test]
fn the_csv_has_a_row_per_control_in_the_readers_language_and_no_formula() {
    let mut w = Workbook::default();
    w.set("8.15", 1, |e| {
        e.applicable = Some(Applicability::Applicable);
        e.status = Some(Implementation::Implemented);
        e.owner = "=HYPERLINK(\"http://x\")".into();
        e.justification = "Risque R-12 ; exigence client".into();
    });
    let header: Vec<String> = [
        "n",
        "nom",
        "thème",
        "applicable",
        "justification",
        "état",
        "responsable",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let word = |id: &str| format!("<{id}>");
    let csv = w.csv(&controls(), &header, &word, Lang::Fr, ';');
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        rows.len(),
        5,
        "header, three controls, and the final line end"
    );
    assert_eq!(
        rows[0],
        "n;nom;thème;applicable;justification;état;responsable"
    );
    assert_eq!(
        rows[1],
        "6.3;\"Sensibilisation ; formation\";Mesures applicables aux personnes;;;;"
    );
    assert_eq!(
        rows[2],
        "8.15;Journalisation;Mesures technologiques;<soa-applicable>;\"Risque R-12 ; exigence client\";<soa-implemented>;\"'=HYPERLINK(\"\"http://x\"\")\""
    );
    assert_eq!(rows[4], "");
}

#[test]
fn a_stored_workbook_reads_back_and_missing_fields_are_empty() {
    let mut w = Workbook::default();
    w.set("8.15", 7, |e| e.status = Some(Implementation::NotStarted));
    let json = serde_json::to_string(&w).unwrap_or_default();
    assert_eq!(
        json,
        r#"{"entries":{"8.15":{"status":"not-started","changed":[0,0,7,0]}}}"#
    );
    assert_eq!(serde_json::from_str::<Workbook>(&json).ok(), Some(w));
    let sparse: Workbook = serde_json::from_str(r#"{"entries":{"5.1":{}}}"#).unwrap_or_default();
    assert_eq!(sparse.entries["5.1"], Entry::default());
    assert_eq!(
        serde_json::from_str::<Workbook>("{}").ok(),
        Some(Workbook::default())
    );
}
