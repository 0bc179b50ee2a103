//! Page objects for the journeys: what a learner or a trainer sees and
//! does, named as they would name it (`checkpoint.finish()`,
//! `switch_language(c, Lang::Fr)`, `Banner::wait(c, Notice::Full)`). The
//! selectors live here, once: buttons and form fields are found by their
//! role and their visible name in the page's language (the app's own
//! messages), everything else by `data-testid`. Each action that the app
//! answers waits for the answer, so a journey reads as a list of steps.

use super::ready_in;
use crate::harness::{click, click_element, eval, eval_string, wait_for, BoxError};
use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use savoir::domain::content::catalog::ModuleSummary;
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use serde_json::{json, Value};
use std::path::Path;

/// The language the page is in now, from `<html lang>`.
pub async fn page_lang(c: &Client) -> Result<Lang, BoxError> {
    let tag = eval_string(c, "document.documentElement.lang").await?;
    Lang::ALL
        .into_iter()
        .find(|l| l.tag() == tag)
        .ok_or_else(|| format!("the page is in no known language (`{tag}`)").into())
}

/// Interface message `id` as the page shows it now.
pub async fn message(c: &Client, id: &str) -> Result<String, BoxError> {
    let lang = page_lang(c).await?;
    Ok(savoir::adapters::i18n::localizer().format(lang, id, None))
}

/// `text` as an XPath 1.0 string (which has no escapes).
fn xpath_text(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// The button whose visible name is `name`.
pub async fn button_named(c: &Client, name: &str) -> Result<Element, BoxError> {
    let xpath = format!("//button[normalize-space()={}]", xpath_text(name));
    c.find(Locator::XPath(&xpath))
        .await
        .map_err(|e| format!("no button named `{name}`: {e}").into())
}

/// Presses the button named by interface message `id`, brought into view
/// first as a reader scrolls to it.
pub async fn press(c: &Client, id: &str) -> Result<(), BoxError> {
    let button = button_named(c, &message(c, id).await?).await?;
    click_element(c, button).await
}

/// The form field whose label reads `label`.
pub async fn field_labelled(c: &Client, label: &str) -> Result<Element, BoxError> {
    let xpath = format!("//label[normalize-space()={}]", xpath_text(label));
    let label_element = c
        .find(Locator::XPath(&xpath))
        .await
        .map_err(|e| format!("no field labelled `{label}`: {e}"))?;
    let id = label_element
        .attr("for")
        .await?
        .ok_or_else(|| format!("the label `{label}` names no field"))?;
    Ok(c.find(Locator::Id(&id)).await?)
}

/// Types `value` into the field labelled by interface message `label`,
/// replacing what it held.
pub async fn fill(c: &Client, label: &str, value: &str) -> Result<(), BoxError> {
    let field = field_labelled(c, &message(c, label).await?).await?;
    field.clear().await?;
    field.send_keys(value).await?;
    Ok(())
}

/// Waits for the element with `data-testid` `id`, for `what`.
pub async fn shown(c: &Client, testid: &str, what: &str) -> Result<(), BoxError> {
    wait_for(
        c,
        &format!("document.querySelector('[data-testid={testid}]')"),
        what,
    )
    .await
}

/// The text of the element with `data-testid` `testid`, as the DOM holds it.
pub async fn text_of(c: &Client, testid: &str) -> Result<String, BoxError> {
    super::text(c, &format!("[data-testid={testid}]")).await
}

/// Whether an element with `data-testid` `testid` is on the page.
pub async fn is_shown(c: &Client, testid: &str) -> Result<bool, BoxError> {
    Ok(eval(
        c,
        &format!("!!document.querySelector('[data-testid={testid}]')"),
    )
    .await?
        == json!(true))
}

/// Opens `path` on the site and waits for the app in `lang`.
pub async fn visit(c: &Client, base: &str, path: &str, lang: Lang) -> Result<(), BoxError> {
    c.goto(&format!("{base}{path}")).await?;
    ready_in(c, lang.tag()).await
}

/// Switches the interface language with the header's switcher, which is
/// always in view (the header stays at the top): clicked where it is, so
/// that the page does not scroll and a journey can check that the reader's
/// place is kept.
pub async fn switch_language(c: &Client, lang: Lang) -> Result<(), BoxError> {
    c.find(Locator::Css(&format!(
        "[data-testid=switch-{}]",
        lang.tag()
    )))
    .await?
    .click()
    .await?;
    ready_in(c, lang.tag()).await
}

/// The stored document under `key`, if any.
pub async fn stored(c: &Client, key: &str) -> Result<Option<String>, BoxError> {
    Ok(eval(c, &format!("localStorage.getItem({})", json!(key)))
        .await?
        .as_str()
        .map(str::to_owned))
}

/// The trainer's page, where an assignment link is made.
pub struct Trainer<'a> {
    c: &'a Client,
}

impl<'a> Trainer<'a> {
    pub async fn open(c: &'a Client, base: &str, lang: Lang) -> Result<Trainer<'a>, BoxError> {
        visit(c, base, &route::trainer(lang), lang).await?;
        shown(c, "assignment-form", "the trainer's form").await?;
        Ok(Trainer { c })
    }

    /// Ticks a whole module, found by its title.
    pub async fn choose_module(&self, module: &ModuleSummary) -> Result<(), BoxError> {
        let lang = page_lang(self.c).await?;
        let checkbox = field_labelled(self.c, module.title.get(lang)).await?;
        click_element(self.c, checkbox).await
    }

    /// Fills the form's fields: pass mark, group, signature, notes.
    pub async fn fill(
        &self,
        pass: &str,
        group: &str,
        by: &str,
        notes: [&str; 2],
    ) -> Result<(), BoxError> {
        fill(self.c, "trainer-pass-mark", pass).await?;
        fill(self.c, "trainer-group", group).await?;
        fill(self.c, "trainer-by", by).await?;
        fill(self.c, "trainer-note-en", notes[0]).await?;
        fill(self.c, "trainer-note-fr", notes[1]).await
    }

    /// Asks for the link, which the form refuses: waits for its reason.
    pub async fn create_link_refused(&self) -> Result<String, BoxError> {
        press(self.c, "trainer-create").await?;
        wait_for(
            self.c,
            "document.querySelector('[data-testid=trainer-error]').textContent.length > 0",
            "the form's error",
        )
        .await?;
        text_of(self.c, "trainer-error").await
    }

    /// Asks for the link: waits for it and for its QR code, drawn as SVG
    /// the browser could decode, and returns the link.
    pub async fn create_link(&self) -> Result<String, BoxError> {
        press(self.c, "trainer-create").await?;
        shown(self.c, "share-link", "the share link").await?;
        wait_for(
            self.c,
            "(img => img && img.src.startsWith('data:image/svg+xml,') && img.complete && img.naturalWidth > 0)(document.querySelector('img[data-testid=share-qr]'))",
            "the QR code",
        )
        .await?;
        eval_string(
            self.c,
            "document.querySelector('[data-testid=share-link]').value",
        )
        .await
    }

    pub async fn has_link(&self) -> Result<bool, BoxError> {
        is_shown(self.c, "share-link").await
    }

    /// Opens the LRS part of the form and fills its endpoint and key.
    pub async fn fill_lrs(&self, endpoint: &str, key: &str) -> Result<(), BoxError> {
        if eval(self.c, "document.querySelector('.trainer__lrs').open").await? != json!(true) {
            click(self.c, ".trainer__lrs summary").await?;
        }
        fill(self.c, "trainer-lrs-endpoint", endpoint).await?;
        fill(self.c, "trainer-lrs-key", key).await
    }
}

/// An assignment as a learner sees it from its link.
pub struct AssignmentPage<'a> {
    c: &'a Client,
}

impl<'a> AssignmentPage<'a> {
    /// Opens a share link, and waits for the assignment at
    /// `/<lang>/assignment` in the language it opens in.
    pub async fn open_link(
        c: &'a Client,
        link: &str,
        lang: Lang,
    ) -> Result<AssignmentPage<'a>, BoxError> {
        c.goto(link).await?;
        ready_in(c, lang.tag()).await?;
        let page = AssignmentPage { c };
        page.wait_in(lang).await?;
        Ok(page)
    }

    /// Opens the assignment of `code` in `lang`.
    pub async fn open(
        c: &'a Client,
        base: &str,
        lang: Lang,
        code: &str,
    ) -> Result<AssignmentPage<'a>, BoxError> {
        visit(c, base, &route::assignment(lang, code), lang).await?;
        shown(c, "assignment", "the assignment").await?;
        Ok(AssignmentPage { c })
    }

    async fn wait_in(&self, lang: Lang) -> Result<(), BoxError> {
        wait_for(
            self.c,
            &format!(
                "location.pathname === '/{}/assignment' && document.querySelector('[data-testid=assignment]')",
                lang.tag()
            ),
            &format!("the assignment in {lang:?}"),
        )
        .await
    }

    /// Switches language: the assignment stays (it is in the fragment).
    pub async fn switch_language(&self, lang: Lang) -> Result<(), BoxError> {
        switch_language(self.c, lang).await?;
        self.wait_in(lang).await
    }

    /// Who signed it, as shown.
    pub async fn by(&self) -> Result<String, BoxError> {
        text_of(self.c, "assignment-by").await
    }

    /// The trainer's note, as shown.
    pub async fn note(&self) -> Result<String, BoxError> {
        text_of(self.c, "assignment-note").await
    }

    pub async fn id(&self) -> Result<String, BoxError> {
        eval_string(
            self.c,
            "document.querySelector('[data-testid=assignment]').dataset.assignmentId",
        )
        .await
    }

    /// Presses Accept (the caller waits for what it expects: stored, or refused).
    pub async fn accept(&self) -> Result<(), BoxError> {
        press(self.c, "assignment-accept").await
    }

    /// Waits for the assignment to show as accepted.
    pub async fn wait_accepted(&self) -> Result<(), BoxError> {
        shown(self.c, "accepted", "the accepted assignment").await
    }

    /// Its status badge (`not-started`, `passed`…).
    pub async fn status(&self) -> Result<String, BoxError> {
        eval_string(
            self.c,
            "document.querySelector('[data-testid=assignment-status] [data-status]').dataset.status",
        )
        .await
    }

    /// Asks for the result file (the caller keeps downloads and waits for
    /// the file, or for the status said instead).
    pub async fn export_results(&self) -> Result<(), BoxError> {
        press(self.c, "results-download").await
    }

    pub async fn type_name(&self, name: &str) -> Result<(), BoxError> {
        fill(self.c, "results-name", name).await
    }

    /// Waits for the export's status line to say something.
    pub async fn wait_export_status(&self, what: &str) -> Result<String, BoxError> {
        wait_for(
            self.c,
            "document.querySelector('[data-testid=results-status]').textContent.length > 0",
            what,
        )
        .await?;
        text_of(self.c, "results-status").await
    }
}

/// A link that holds no usable assignment: its explanation.
pub struct LinkError<'a> {
    c: &'a Client,
}

impl<'a> LinkError<'a> {
    pub async fn open(
        c: &'a Client,
        base: &str,
        lang: Lang,
        code: &str,
    ) -> Result<LinkError<'a>, BoxError> {
        visit(c, base, &route::assignment(lang, code), lang).await?;
        shown(c, "assignment-error", "the error page").await?;
        Ok(LinkError { c })
    }

    /// The message id of the explanation.
    pub async fn reason(&self) -> Result<String, BoxError> {
        eval_string(
            self.c,
            "document.querySelector('[data-testid=assignment-error]').dataset.error",
        )
        .await
    }

    /// The explanation as shown.
    pub async fn explanation(&self) -> Result<String, BoxError> {
        super::text(self.c, "[data-testid=assignment-error] p").await
    }
}

/// The catalog (home page), with the learner's accepted assignments.
pub struct Catalog<'a> {
    c: &'a Client,
}

impl<'a> Catalog<'a> {
    pub async fn open(c: &'a Client, base: &str, lang: Lang) -> Result<Catalog<'a>, BoxError> {
        visit(c, base, &route::home(lang), lang).await?;
        shown(c, "module-list", "the catalog").await?;
        Ok(Catalog { c })
    }

    /// Waits for the first accepted assignment to show with `status`.
    pub async fn wait_assigned(&self, status: &str) -> Result<(), BoxError> {
        wait_for(
            self.c,
            &format!("document.querySelector('[data-testid=assigned] [data-status={status}]')"),
            &format!("the assignment, {status}, on the catalog"),
        )
        .await
    }

    /// Follows the first accepted assignment's link.
    pub async fn open_assigned(&self) -> Result<AssignmentPage<'a>, BoxError> {
        click(self.c, "[data-testid=assigned] a").await?;
        shown(self.c, "assignment", "the assignment").await?;
        Ok(AssignmentPage { c: self.c })
    }
}

/// A module's checkpoint.
pub struct Checkpoint<'a> {
    c: &'a Client,
}

impl<'a> Checkpoint<'a> {
    pub fn on(c: &'a Client) -> Checkpoint<'a> {
        Checkpoint { c }
    }

    /// Presses Finish and waits for the result.
    pub async fn finish(&self) -> Result<(), BoxError> {
        press(self.c, "checkpoint-finish").await?;
        shown(self.c, "result", "the result").await
    }
}

/// The trainer's dashboard of imported result files.
pub struct Dashboard<'a> {
    c: &'a Client,
}

/// One cell of the dashboard's grid: a learner's standing in a module.
#[derive(Debug, PartialEq, Eq)]
pub struct Cell {
    pub status: String,
    pub best: String,
}

impl<'a> Dashboard<'a> {
    /// Opens the dashboard and waits for `testid` (its empty state, its
    /// grid, its unreadable notice…).
    pub async fn open(
        c: &'a Client,
        base: &str,
        lang: Lang,
        testid: &str,
    ) -> Result<Dashboard<'a>, BoxError> {
        visit(c, base, &route::dashboard(lang), lang).await?;
        shown(c, testid, "the dashboard").await?;
        Ok(Dashboard { c })
    }

    /// Chooses files with the file picker.
    pub async fn choose_files(&self, files: &[&Path]) -> Result<(), BoxError> {
        let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        self.c
            .find(Locator::Css("[data-testid=results-files]"))
            .await?
            .send_keys(&names.join("\n"))
            .await?;
        Ok(())
    }

    /// Drops a file named `name` holding `text` on the import area.
    pub async fn drop_file(&self, name: &str, text: &str) -> Result<(), BoxError> {
        self.c
            .execute(
                "const dt = new DataTransfer(); dt.items.add(new File([arguments[1]], arguments[0], { type: 'application/json' })); \
                 document.querySelector('[data-testid=dropzone]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })); return true;",
                vec![json!(name), json!(text)],
            )
            .await?;
        Ok(())
    }

    /// Waits until the grid has `n` learners.
    pub async fn wait_learners(&self, n: usize) -> Result<(), BoxError> {
        wait_for(
            self.c,
            &format!("document.querySelectorAll('[data-testid=class-grid] tr[data-learner]').length === {n}"),
            &format!("{n} learner(s) in the grid"),
        )
        .await
    }

    pub async fn learner_count(&self) -> Result<Value, BoxError> {
        eval(
            self.c,
            "document.querySelectorAll('[data-testid=class-grid] tr[data-learner]').length",
        )
        .await
    }

    /// Waits for an import report line with `outcome`.
    pub async fn wait_report(&self, outcome: &str) -> Result<(), BoxError> {
        wait_for(
            self.c,
            &format!(
                "document.querySelector('[data-testid=import-report] li[data-outcome={outcome}]')"
            ),
            &format!("an import reported {outcome}"),
        )
        .await
    }

    /// The import report: `(outcome, text)` per file.
    pub async fn report(&self) -> Result<Value, BoxError> {
        eval(self.c, "Array.from(document.querySelectorAll('[data-testid=import-report] li')).map(li => [li.dataset.outcome, li.textContent])").await
    }

    /// A learner's cell for a module (the first learner's if `learner` is None).
    pub async fn cell(&self, learner: Option<&str>, module: &str) -> Result<Cell, BoxError> {
        let row = learner.map_or(String::new(), |l| format!(" tr[data-learner={l}]"));
        let css = format!("[data-testid=class-grid]{row} td[data-module='{module}']");
        let read = |what: &str| format!("document.querySelector(\"{css}\").dataset.{what} || ''");
        Ok(Cell {
            status: eval_string(self.c, &read("status")).await?,
            best: eval_string(self.c, &read("best")).await?,
        })
    }

    /// The first learner's row heading (their name).
    pub async fn first_learner(&self) -> Result<String, BoxError> {
        super::text(self.c, "[data-testid=class-grid] tbody th").await
    }

    /// Each learner's overall standing, in order.
    pub async fn overall(&self) -> Result<Value, BoxError> {
        eval(
            self.c,
            "Array.from(document.querySelectorAll('[data-testid=class-grid] td[data-overall]')).map(td => td.dataset.overall)",
        )
        .await
    }

    /// The per-question chart: each question's percent right, or null.
    pub async fn question_percents(&self) -> Result<Value, BoxError> {
        eval(
            self.c,
            "Array.from(document.querySelectorAll('li[data-question]')).map(li => li.dataset.percent)",
        )
        .await
    }

    /// Downloads the grid as CSV (downloads kept first).
    pub async fn export_csv(&self) -> Result<(), BoxError> {
        press(self.c, "dashboard-csv").await
    }

    /// Forgets every result, confirming, and waits until it is done.
    pub async fn forget_all(&self) -> Result<(), BoxError> {
        press(self.c, "dashboard-forget").await?;
        press(self.c, "dashboard-forget-yes").await?;
        wait_for(
            self.c,
            "!document.querySelector('[data-testid=dashboard-unreadable]') && document.querySelector('#dashboard-forget-status').textContent.length > 0",
            "the results forgotten",
        )
        .await
    }
}

/// The notices of the storage banner, by what they say: the values of its
/// `data-notice` as seen from outside. The list repeats the app's own on
/// purpose: a journey written against these names fails if the app renames
/// one, where reusing the app's enum would follow the rename silently.
#[derive(Debug, Clone, Copy)]
pub enum Notice {
    Unreadable,
    Repaired,
    Newer,
    Full,
    Mismatch,
    WriteFailed,
    ReadFailed,
    BothKept,
    PreferencesNotSaved,
    NewerParts,
    /// No browser storage at all: the app runs in memory.
    StorageUnavailable,
}

impl Notice {
    pub fn id(self) -> &'static str {
        match self {
            Notice::Unreadable => "notice-unreadable",
            Notice::Repaired => "notice-repaired",
            Notice::Newer => "notice-newer",
            Notice::Full => "notice-full",
            Notice::Mismatch => "notice-mismatch",
            Notice::WriteFailed => "notice-write-failed",
            Notice::ReadFailed => "notice-read-failed",
            Notice::BothKept => "notice-both-kept",
            Notice::PreferencesNotSaved => "notice-preferences-not-saved",
            Notice::NewerParts => "notice-newer-parts",
            Notice::StorageUnavailable => "storage-unavailable",
        }
    }

    fn selector(self) -> String {
        format!(
            "document.querySelector(\"[data-testid=storage-banner][data-notice='{}']\")",
            self.id()
        )
    }
}

/// The storage banner, which tells what storage did with the learner's work.
pub struct Banner;

impl Banner {
    /// Waits for `notice` to be shown.
    pub async fn wait(c: &Client, notice: Notice) -> Result<(), BoxError> {
        wait_for(
            c,
            &notice.selector(),
            &format!("the {} banner", notice.id()),
        )
        .await
    }

    /// Whether `notice` is shown now.
    pub async fn is_shown(c: &Client, notice: Notice) -> Result<bool, BoxError> {
        Ok(eval(c, &format!("!!{}", notice.selector())).await? == json!(true))
    }

    /// Waits for `notice` to go.
    pub async fn gone(c: &Client, notice: Notice) -> Result<(), BoxError> {
        wait_for(
            c,
            &format!("!{}", notice.selector()),
            &format!("the {} banner to go", notice.id()),
        )
        .await
    }
}

/// The controls explorer.
pub struct Controls<'a> {
    c: &'a Client,
}

/// What a control's page shows.
pub struct ControlPage {
    pub heading: String,
    pub origin: String,
    pub lesson_links: usize,
}

impl<'a> Controls<'a> {
    /// Opens the explorer with a filter's query and waits for its list.
    pub async fn open(
        c: &'a Client,
        base: &str,
        lang: Lang,
        query: &str,
    ) -> Result<Controls<'a>, BoxError> {
        visit(c, base, &route::controls(lang, query), lang).await?;
        shown(c, "controls-list", "the controls list").await?;
        Ok(Controls { c })
    }

    /// The explorer already on screen.
    pub fn on(c: &'a Client) -> Controls<'a> {
        Controls { c }
    }

    /// The numbers of the controls listed, in order.
    pub async fn numbers(&self) -> Result<Vec<String>, BoxError> {
        let listed = eval(
            self.c,
            "Array.from(document.querySelectorAll('[data-testid=controls-list] > li:not([hidden])')).map(li => li.dataset.number)",
        )
        .await?;
        Ok(serde_json::from_value(listed)?)
    }

    /// Waits until `n` controls are listed and the count says so; their numbers.
    pub async fn wait_count(&self, n: usize) -> Result<Vec<String>, BoxError> {
        let lang = page_lang(self.c).await?;
        let said = savoir::ui::i18n::message_args(lang, "controls-count", &[("count", n.into())]);
        wait_for(
            self.c,
            &format!(
                "document.querySelectorAll('[data-testid=controls-list] > li:not([hidden])').length === {n} && document.querySelector('[data-testid=controls-count]').textContent === {}",
                json!(said)
            ),
            &format!("{n} controls listed"),
        )
        .await?;
        self.numbers().await
    }

    /// Waits until control `number` is among those listed.
    pub async fn wait_until_listed(&self, number: &str) -> Result<(), BoxError> {
        wait_for(
            self.c,
            &format!("document.querySelector('[data-testid=controls-list] > li:not([hidden])[data-number=\"{number}\"]')"),
            &format!("control {number} listed"),
        )
        .await
    }

    /// Ticks (or unticks) a theme's box.
    pub async fn tick_theme(&self, theme: &str) -> Result<(), BoxError> {
        click(self.c, &format!("input[data-theme={theme}]")).await
    }

    /// The themes ticked, in order.
    pub async fn themes_ticked(&self) -> Result<Vec<String>, BoxError> {
        let ticked = eval(
            self.c,
            "Array.from(document.querySelectorAll('input[data-theme]:checked')).map(i => i.dataset.theme)",
        )
        .await?;
        Ok(serde_json::from_value(ticked)?)
    }

    /// Types into the search box, replacing what it held.
    pub async fn search(&self, text: &str) -> Result<(), BoxError> {
        fill(self.c, "controls-search-label", text).await?;
        wait_for(
            self.c,
            &format!(
                "new URLSearchParams(location.search).get('q') === {}",
                json!(text)
            ),
            "the search in the address",
        )
        .await
    }

    /// What the search box holds.
    pub async fn search_text(&self) -> Result<String, BoxError> {
        eval_string(self.c, "document.getElementById('controls-search').value").await
    }

    /// Clears every filter with the explorer's button.
    pub async fn clear(&self) -> Result<(), BoxError> {
        press(self.c, "controls-clear").await
    }

    /// What the result says it replaced, after a 2013 search.
    pub async fn replaces(&self) -> Result<String, BoxError> {
        text_of(self.c, "controls-replaces").await
    }

    /// What the page says it left out of a tampered address.
    pub async fn ignored(&self) -> Result<String, BoxError> {
        shown(self.c, "controls-ignored", "the ignored parts").await?;
        text_of(self.c, "controls-ignored").await
    }

    /// Follows a listed control's link to its page.
    pub async fn open_control(&self, number: &str) -> Result<ControlPage, BoxError> {
        click(
            self.c,
            &format!("[data-testid=controls-list] > li:not([hidden])[data-number=\"{number}\"] a"),
        )
        .await?;
        shown(self.c, "control-origin", "the control's page").await?;
        Ok(ControlPage {
            heading: eval_string(self.c, "document.querySelector('main h1').textContent").await?,
            origin: text_of(self.c, "control-origin").await?,
            lesson_links: eval(
                self.c,
                "document.querySelectorAll('.control__lessons a').length",
            )
            .await?
            .as_u64()
            .unwrap_or(0) as usize,
        })
    }
}
