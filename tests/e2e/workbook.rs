//! The Statement of Applicability workbook (issue 17, step 5 of the
//! explorer's journey): three decisions survive a language switch and a
//! reload, and come out in the CSV in the reader's language, with the
//! reader's separator and no cell a spreadsheet would run.

use crate::harness::{click, eval, wait_for, wait_stored, BoxError};
use crate::pages::{shown, switch_language, visit};
use crate::storage::{keep_downloads, last_download};
use fantoccini::{Client, Locator};
use savoir::adapters::content::catalog;
use savoir::domain::shared::csv;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use savoir::ui::i18n::message;
use serde_json::json;

const PROGRESS: &str = "savoir:progress";

/// One control's decisions, as typed and as the CSV must hold them.
pub struct Decision {
    pub number: &'static str,
    /// `applicable` or `excluded`.
    pub applicable: &'static str,
    pub justification: &'static str,
    /// The `<option>` value (a message id), or none.
    pub status: Option<&'static str>,
    pub owner: &'static str,
}

/// The workbook page.
pub struct Workbook<'a> {
    c: &'a Client,
}

impl<'a> Workbook<'a> {
    pub fn on(c: &'a Client) -> Workbook<'a> {
        Workbook { c }
    }

    /// Waits for the form (its data is fetched on first opening).
    pub async fn wait(self) -> Result<Workbook<'a>, BoxError> {
        shown(self.c, "soa-workbook", "the workbook").await?;
        Ok(self)
    }

    fn row(number: &str) -> String {
        format!("li[data-testid=soa-row][data-number=\"{number}\"]")
    }

    /// Records a decision as a learner would: a click, typing, a choice.
    pub async fn decide(&self, d: &Decision) -> Result<(), BoxError> {
        let row = Workbook::row(d.number);
        click(self.c, &format!("{row} input[value={}]", d.applicable)).await?;
        let slug = d.number.replace('.', "-");
        for (field, text) in [("justification", d.justification), ("owner", d.owner)] {
            let input = self
                .c
                .find(Locator::Css(&format!("#soa-{slug}-{field}")))
                .await?;
            input.clear().await?;
            input.send_keys(text).await?;
        }
        if let Some(status) = d.status {
            click(
                self.c,
                &format!("#soa-{slug}-status option[value={status}]"),
            )
            .await?;
        }
        Ok(())
    }

    /// Waits until the form shows `d` (after a switch or a reload).
    pub async fn wait_shows(&self, d: &Decision) -> Result<(), BoxError> {
        let slug = d.number.replace('.', "-");
        let check = format!(
            "(() => {{ const r = document.querySelector({row}); if (!r) return false;
              const v = id => document.getElementById('soa-{slug}-' + id).value;
              return r.querySelector('input[value={a}]').checked && v('justification') === {j}
                && v('owner') === {o} && v('status') === {s}; }})()",
            row = json!(Workbook::row(d.number)),
            a = d.applicable,
            j = json!(d.justification),
            o = json!(d.owner),
            s = json!(d.status.unwrap_or("")),
        );
        wait_for(self.c, &check, &format!("{} as decided", d.number)).await
    }

    /// The figures table's cell for a theme and a column (1: not decided,
    /// 2: excluded, 3: not started, 4: partly, 5: implemented).
    pub async fn figure(&self, theme: &str, column: usize) -> Result<String, BoxError> {
        let cell = eval(
            self.c,
            &format!("document.querySelector('[data-testid=soa-figures] tr[data-theme={theme}]').children[{column}].textContent"),
        )
        .await?;
        Ok(cell.as_str().unwrap_or_default().to_owned())
    }

    /// Downloads the CSV and returns its text.
    pub async fn export_csv(&self) -> Result<String, BoxError> {
        keep_downloads(self.c).await?;
        click(self.c, "[data-testid=soa-export]").await?;
        last_download(self.c).await
    }
}

/// Step 5 in `lang`: three decisions, a switch to the other language, a
/// reload, the CSV checked row by row, and the summary's figures.
pub async fn three_decisions_survive_a_switch_and_a_reload_and_export(
    c: &Client,
    base: &str,
    lang: Lang,
    decisions: &[Decision; 3],
) -> Result<(), BoxError> {
    // The course's last lesson sends the learner there.
    let last = catalog().modules.last().ok_or("no module")?;
    let lesson = last.lessons.last().ok_or("no lesson")?;
    visit(c, base, &route::lesson(lang, &last.id, &lesson.id), lang).await?;
    shown(c, "soa-link", "the last lesson's link to the workbook").await?;
    click(c, "[data-testid=soa-link]").await?;
    let workbook = Workbook::on(c).wait().await?;
    assert!(c
        .current_url()
        .await?
        .path()
        .ends_with(&route::workbook(lang)));
    for d in decisions {
        workbook.decide(d).await?;
    }
    for d in decisions {
        wait_stored(c, PROGRESS, d.owner).await?;
    }
    let other = if lang == Lang::En { Lang::Fr } else { Lang::En };
    switch_language(c, other).await?;
    let workbook = Workbook::on(c).wait().await?;
    for d in decisions {
        workbook.wait_shows(d).await?;
    }
    c.refresh().await?;
    super::ready_in(c, other.tag()).await?;
    let workbook = Workbook::on(c).wait().await?;
    for d in decisions {
        workbook.wait_shows(d).await?;
    }

    let text = workbook.export_csv().await?;
    // (`Blob.text()` drops a byte-order mark: the bytes tell.)
    let head = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.savedFiles[window.savedFiles.length - 1].slice(0, 3).arrayBuffer().then(b => done(Array.from(new Uint8Array(b))), e => done(String(e)));",
            vec![],
        )
        .await?;
    assert_eq!(
        head,
        json!([0xef, 0xbb, 0xbf]),
        "the CSV starts with a byte-order mark"
    );
    let text = text.trim_start_matches('\u{feff}');
    let sep = csv::separator(other);
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 94, "a header and a row per control");
    let header = [
        "csv-control",
        "csv-name",
        "csv-theme",
        "soa-applicability",
        "csv-justification",
        "soa-status",
        "soa-owner",
    ]
    .map(|id| message(other, id));
    let mut expected_header = String::new();
    csv::row(&mut expected_header, &header, sep);
    assert_eq!(format!("{}\r\n", lines[0]), expected_header);
    for d in decisions {
        let row = lines
            .iter()
            .find(|l| l.starts_with(&format!("{}{sep}", d.number)))
            .ok_or(format!("no row for {}", d.number))?;
        let word = |id: &str| message(other, id);
        let cells = [
            word(if d.applicable == "applicable" {
                "soa-applicable"
            } else {
                "soa-excluded"
            }),
            d.justification.to_owned(),
            d.status.map(word).unwrap_or_default(),
            d.owner.to_owned(),
        ];
        let mut tail = String::new();
        csv::row(&mut tail, &cells, sep);
        assert!(
            format!("{row}\r\n").ends_with(&tail),
            "{} in the CSV: {row}\nexpected to end with: {tail}",
            d.number
        );
        if d.justification.starts_with('=') {
            assert!(row.contains("'="), "a formula neutralised: {row}");
        }
    }
    Ok(())
}
