//! The controls explorer: filters, search, the 2013 map and control pages,
//! with the filter in the address (shared, Back and Forward, a language
//! switch), and what a tampered address does.

use crate::harness::{click, eval, fresh_browser, wait_for, BoxError, BrowserProfile};
use crate::pages::{shown, switch_language, Controls};
use crate::workbook::{
    three_decisions_survive_a_switch_and_a_reload_and_export, Decision, Workbook,
};
use fantoccini::Client;
use savoir::domain::shared::language::Lang;
use serde_json::json;

/// In English and then in French: the "people" theme lists its 8 controls
/// and Back and Forward undo and redo the tick; "journalisation" finds 8.15;
/// "A.12.4.1" shows 8.15 as its successor, merged from A.12.4.1 to
/// A.12.4.3; that filtered address opened in a fresh profile shows the
/// same view; a language switch keeps it; the control's page says where it
/// comes from and links to a lesson that teaches it; and (step 5) three
/// decisions in the Statement of Applicability workbook survive a switch
/// and a reload and come out in the CSV, the summary counting them.
pub async fn the_controls_explorer_filters_searches_and_shares_in_both_languages(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    for lang in [Lang::En, Lang::Fr] {
        let explorer = Controls::open(c, base, lang, "").await?;
        assert_eq!(explorer.numbers().await?.len(), 93);

        explorer.tick_theme("people").await?;
        let people = explorer.wait_count(8).await?;
        assert!(people.iter().all(|n| n.starts_with("6.")), "{people:?}");
        assert!(c
            .current_url()
            .await?
            .as_str()
            .ends_with("/controls?theme=people"));
        c.back().await?;
        explorer.wait_count(93).await?;
        c.forward().await?;
        explorer.wait_count(8).await?;
        assert_eq!(explorer.themes_ticked().await?, ["people"]);

        explorer.clear().await?;
        explorer.wait_count(93).await?;
        explorer.search("journalisation").await?;
        explorer.wait_until_listed("8.15").await?;

        explorer.search("A.12.4.1").await?;
        assert_eq!(explorer.wait_count(1).await?, ["8.15"]);
        let replaces = explorer.replaces().await?;
        for old in ["A.12.4.1", "A.12.4.2", "A.12.4.3"] {
            assert!(replaces.contains(old), "{replaces}");
        }

        // The filtered view, shared: a theme and the search together.
        explorer.tick_theme("technological").await?;
        assert_eq!(explorer.wait_count(1).await?, ["8.15"]);
        let shared = c.current_url().await?.to_string();
        let other = fresh_browser(&BrowserProfile::default()).await?;
        let outcome = async {
            let there = Controls::on(&other);
            other.goto(&shared).await?;
            super::ready_in(&other, lang.tag()).await?;
            assert_eq!(there.wait_count(1).await?, ["8.15"]);
            assert_eq!(there.themes_ticked().await?, ["technological"]);
            assert_eq!(there.search_text().await?, "A.12.4.1");
            Ok::<(), BoxError>(())
        }
        .await;
        let _ = other.close().await;
        outcome?;

        // A language switch keeps the filter.
        let to = if lang == Lang::En { Lang::Fr } else { Lang::En };
        switch_language(c, to).await?;
        assert_eq!(explorer.wait_count(1).await?, ["8.15"]);
        assert_eq!(explorer.themes_ticked().await?, ["technological"]);
        switch_language(c, lang).await?;

        let page = explorer.open_control("8.15").await?;
        assert!(page.origin.contains("A.12.4.3"), "{}", page.origin);
        assert!(page.heading.starts_with("8.15"), "{}", page.heading);
        assert!(page.lesson_links > 0, "8.15 links to no lesson");
        // The lesson links back to the control it teaches.
        click(c, ".control__lessons a").await?;
        let back = format!(
            "[data-testid=cited-controls] a[href='/{}/controls/8.15']",
            lang.tag()
        );
        wait_for(
            c,
            &format!("document.querySelector(\"{back}\")"),
            "the lesson's link to 8.15",
        )
        .await?;
        click(c, &back).await?;
        shown(c, "control-origin", "8.15's page again").await?;

        // Step 5: the workbook.
        let (decisions, figures) = match lang {
            Lang::En => (
                ENGLISH_DECISIONS,
                [("organisational", 5), ("physical", 2), ("technological", 4)],
            ),
            Lang::Fr => (
                FRENCH_DECISIONS,
                [("organisational", 3), ("people", 2), ("technological", 5)],
            ),
        };
        three_decisions_survive_a_switch_and_a_reload_and_export(c, base, lang, &decisions).await?;
        let workbook = Workbook::on(c);
        for (theme, column) in figures {
            assert_eq!(
                workbook.figure(theme, column).await?,
                "1",
                "{theme}, column {column}"
            );
        }
    }
    Ok(())
}

/// What the English pass decides: one implemented, one excluded with a
/// justification a spreadsheet would run as a formula, one partly done.
const ENGLISH_DECISIONS: [Decision; 3] = [
    Decision {
        number: "5.1",
        applicable: "applicable",
        justification: "The board asked for it; signed in March, \"v2\"",
        status: Some("soa-implemented"),
        owner: "CISO",
    },
    Decision {
        number: "7.4",
        applicable: "excluded",
        justification: "=HYPERLINK(\"http://x\") no premises of our own",
        status: None,
        owner: "Facilities",
    },
    Decision {
        number: "8.15",
        applicable: "applicable",
        justification: "Logs kept 90 days, review to come",
        status: Some("soa-partial"),
        owner: "SOC",
    },
];

/// What the French pass decides, on other controls.
const FRENCH_DECISIONS: [Decision; 3] = [
    Decision {
        number: "5.23",
        applicable: "applicable",
        justification: "Hébergement en nuage ; contrat à revoir",
        status: Some("soa-not-started"),
        owner: "DSI",
    },
    Decision {
        number: "6.3",
        applicable: "excluded",
        justification: "Couvert par le groupe, « hors périmètre »",
        status: None,
        owner: "RH",
    },
    Decision {
        number: "8.16",
        applicable: "applicable",
        justification: "SIEM en place",
        status: Some("soa-implemented"),
        owner: "Équipe SOC",
    },
];

/// A tampered or mistyped filter address: what makes sense is applied, the
/// rest is named on the page, nothing breaks; a control number that the
/// 2022 edition does not have is "not found".
pub async fn a_tampered_controls_address_is_applied_in_part_and_said(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let explorer = Controls::open(
        c,
        base,
        Lang::Fr,
        "theme=robots,physical&type=sneaky&q=%E9%ZZ&new=1",
    )
    .await?;
    let listed = explorer.wait_count(1).await?;
    assert_eq!(listed, ["7.4"], "the one new physical control");
    let said = explorer.ignored().await?;
    for part in ["theme=robots", "type=sneaky", "q=%E9%ZZ"] {
        assert!(said.contains(part), "{said}");
    }
    c.goto(&format!("{base}/fr/controls/8.35")).await?;
    super::ready_in(c, "fr").await?;
    crate::harness::wait_for(
        c,
        "document.querySelector('[data-testid=not-found]')",
        "not found",
    )
    .await?;
    let broken = eval(
        c,
        "document.querySelectorAll('[data-testid=controls-list]').length",
    )
    .await?;
    assert_eq!(broken, json!(0));
    Ok(())
}
