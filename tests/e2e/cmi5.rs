//! Issue 20, part 4: the course's cmi5 package, launched as a cmi5 LMS
//! launches an AU.
//!
//! The journey makes the packages from the built site as a trainer would
//! (`scripts/package-scorm.mjs`), checks the cmi5 package's course
//! structure and unpacks it (`tests/cmi5/check-package.mjs`), and serves it.
//! The LMS's part is Ralph (the LRS, which stores the statements and
//! checks each with its models) and, in its wrapper, a fetch URL and the
//! State API's `LMS.LaunchData` (`tests/lrs/ralph.py`): the journey records
//! each launch there, as an LMS does, then opens the AU's address with
//! cmi5's launch parameters.

use crate::assign::{scratch, validate_statements};
use crate::harness::{self, eval, node, wait_for, BoxError, Ralph, StaticSite};
use crate::ready_in;
use fantoccini::Client;
use savoir::adapters::content::catalog;
use savoir::domain::content::lesson::{Question, QuestionKind};
use savoir::domain::trainer::cmi5::{CATEGORY, MASTERY, MOVE_ON, SESSION};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// Rewrites a cmi5 package's course structure wrongly three ways (node,
/// fflate): a mastery score out of cmi5's range, an AU's title without its
/// French, and an element the structure does not allow.
const TAMPER: &str = r#"
const fs = require("fs");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
const [from, to] = process.argv.slice(1);
const files = unzipSync(fs.readFileSync(from));
files["cmi5.xml"] = strToU8(
  strFromU8(files["cmi5.xml"])
    .replace(/masteryScore="[^"]*"/, 'masteryScore="70"')
    .replace(/(<au [^>]*>\s*<title>.*?)<langstring lang="fr">[^<]*<\/langstring>/s, "$1")
    .replace("</courseStructure>", "<block/></courseStructure>"),
);
fs.writeFileSync(to, zipSync(files));
"#;

const REGISTRATION: &str = "3f1c2a4e-8b7d-4c6e-9a5f-1d2e3c4b5a69";
/// Another learner's registration.
const BO_REGISTRATION: &str = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

/// The LMS's mastery score for the AU, above the module's own pass mark
/// (70 %): a score between them is failed here.
const MASTERY_SCORE: f64 = 0.9;

fn encoded(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// Waits until what the LRS holds for `registration` satisfies `done`;
/// what it holds then.
async fn stored_until(
    lrs: &Ralph,
    registration: &str,
    done: impl Fn(&[Value]) -> bool,
    what: &str,
) -> Result<Vec<Value>, BoxError> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let stored = tokio::task::block_in_place(|| lrs.statements(registration))?;
        if done(&stored) {
            return Ok(stored);
        }
        if Instant::now() > deadline {
            let asked: Vec<String> = lrs
                .requests()?
                .iter()
                .map(|r| format!("{} {}", r["method"], r["path"]))
                .collect();
            return Err(format!(
                "{what}: the LRS holds {}; it was asked {asked:?}",
                Value::from(stored)
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The statements of `verb` (its id's last part) in `session`.
fn of<'a>(stored: &'a [Value], verb: &str, session: &str) -> Vec<&'a Value> {
    stored
        .iter()
        .filter(|s| {
            s["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with(&format!("/{verb}")))
                && s["context"]["extensions"][SESSION] == session
        })
        .collect()
}

/// A learner launched on a module's AU passes its checkpoint and finishes:
/// the LRS holds `initialized`, `passed` and `terminated` as cmi5 wants
/// them, and the learner is back in the LMS. A second session of the same
/// registration does not pass again, and ends by leaving the page. A used
/// fetch URL gives no token, and the learner is told their work stays in
/// the browser.
pub async fn a_cmi5_au_reports_to_the_lms_s_lrs_and_passes_once_per_registration(
    c: &Client,
    _base: &str,
) -> Result<(), BoxError> {
    let (work, packages, catalog_file) = super::scorm::make_packages("e2e-cmi5")?;
    let site_dir = work.join("site");
    std::fs::create_dir_all(&site_dir)?;
    let summary: Value = serde_json::from_str(&node(&[
        "tests/cmi5/check-package.mjs".as_ref(),
        packages.join("savoir-cmi5.zip").as_os_str(),
        catalog_file.as_os_str(),
        site_dir.join("package").as_os_str(),
    ])?)?;
    let aus = summary["aus"].as_array().cloned().unwrap_or_default();
    assert_eq!(aus.len(), catalog().modules.len(), "{summary}");
    // The check is no rubber stamp.
    let tampered = packages.join("tampered.zip");
    node(&[
        "-e".as_ref(),
        TAMPER.as_ref(),
        packages.join("savoir-cmi5.zip").as_os_str(),
        tampered.as_os_str(),
    ])?;
    let refused = match node(&[
        "tests/cmi5/check-package.mjs".as_ref(),
        tampered.as_os_str(),
        catalog_file.as_os_str(),
        work.join("tampered").as_os_str(),
    ]) {
        Ok(out) => return Err(format!("a tampered course structure was taken: {out}").into()),
        Err(e) => e.to_string(),
    };
    for cause in ["schema:", "title: no fr text", "masteryScore 70"] {
        assert!(refused.contains(cause), "{cause}: {refused}");
    }

    std::fs::write(
        site_dir.join("returned.html"),
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>LMS</title><p>The LMS</p></html>",
    )?;
    let site = StaticSite::start(site_dir).await?;
    let origin = format!("http://{}", site.addr);
    let mut lrs = tokio::task::block_in_place(|| Ralph::start(&origin))?;
    let module = &catalog().modules[0];
    let m = &module.id;
    let publisher = aus
        .iter()
        .find(|a| a["url"] == format!("index.html?au={m}"))
        .and_then(|a| a["id"].as_str())
        .ok_or("no AU for the first module")?
        .to_owned();
    // The LMS's own activity id for the AU (cmi5 wants it unlike the
    // publisher's).
    let activity = format!("https://lms.example.org/cmi5/activities/{m}");
    let actor = json!({
        "objectType": "Agent",
        "name": "Ana Lima",
        "account": { "homePage": "https://lms.example.org", "name": "ana-42" }
    });
    let mastery = MASTERY_SCORE;
    assert!(f64::from(module.pass_mark) / 100.0 < mastery);
    let au = Au {
        module: m.clone(),
        publisher,
        activity: activity.clone(),
        actor,
        registration: REGISTRATION.into(),
        preferences: None,
        mastery,
        // A page on the LMS's own site.
        return_url: format!("{}cmi5/returned", lrs.endpoint.trim_end_matches("xAPI/")),
        origin: origin.clone(),
    };

    // The first session: the AU opens on its module and says `initialized`.
    let first = au.launch(&mut lrs, "session-1")?;
    c.goto(&first).await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        &format!("location.hash === '#/en/modules/{m}' && !!document.querySelector('[data-testid=lms-finish]')"),
        "the AU's module, and the offer to finish",
    )
    .await?;
    stored_until(
        &lrs,
        REGISTRATION,
        |s| of(s, "initialized", "session-1").len() == 1,
        "initialized",
    )
    .await?;

    // 80 %: the module's pass mark, but under the LMS's mastery score, so
    // failed (held until the session ends); then 100 %: `passed` goes at
    // once, and the held `failed` never does.
    take_checkpoint(c, m, 2).await?;
    take_checkpoint(c, m, 0).await?;
    stored_until(
        &lrs,
        REGISTRATION,
        |s| of(s, "passed", "session-1").len() == 1,
        "passed",
    )
    .await?;

    // "Finish": `terminated`, then back to the LMS's page.
    harness::click(c, "[data-testid=lms-finish]").await?;
    wait_for(
        c,
        "location.pathname === '/cmi5/returned'",
        "the LMS's returnURL",
    )
    .await?;
    let stored = stored_until(
        &lrs,
        REGISTRATION,
        |s| of(s, "terminated", "session-1").len() == 1,
        "terminated",
    )
    .await?;
    let mut session: Vec<&Value> = stored
        .iter()
        .filter(|s| s["context"]["extensions"][SESSION] == "session-1")
        .collect();
    session.sort_by_key(|s| s["timestamp"].as_str().unwrap_or_default().to_owned());
    let verbs: Vec<&str> = session
        .iter()
        .filter_map(|s| s["verb"]["id"].as_str()?.rsplit('/').next())
        .collect();
    assert_eq!(
        verbs,
        ["initialized", "passed", "terminated"],
        "in time order, and no failed: {session:?}"
    );
    for s in &session {
        assert_eq!(s["object"]["id"], activity.as_str(), "{s}");
        assert_eq!(s["actor"]["account"]["name"], "ana-42", "{s}");
        assert_eq!(s["context"]["registration"], REGISTRATION, "{s}");
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            au.publisher.as_str(),
            "the LMS's context template: {s}"
        );
        let categories = s["context"]["contextActivities"]["category"].to_string();
        assert!(categories.contains(CATEGORY), "{s}");
        assert_eq!(
            categories.contains(MOVE_ON),
            s["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with("/passed")),
            "{s}"
        );
    }
    let passed = of(&stored, "passed", "session-1")[0];
    assert_eq!(passed["result"]["success"], true, "{passed}");
    assert_eq!(passed["result"]["score"]["scaled"], 1.0, "{passed}");
    assert_eq!(
        passed["context"]["extensions"][MASTERY], mastery,
        "{passed}"
    );
    assert!(passed["result"]["duration"].is_string(), "{passed}");
    assert!(of(&stored, "terminated", "session-1")[0]["result"]["duration"].is_string());
    let file = scratch(
        "cmi5-statements.json",
        &json!({ "statements": stored }).to_string(),
    )?;
    validate_statements(&file)?;

    // A second session of the registration: the learner's work is there,
    // but `passed` was said once for the registration and is not again;
    // leaving the page (not "Finish") still ends the session.
    let second = au.launch(&mut lrs, "session-2")?;
    c.goto(&second).await?;
    ready_in(c, "en").await?;
    stored_until(
        &lrs,
        REGISTRATION,
        |s| of(s, "initialized", "session-2").len() == 1,
        "the second initialized",
    )
    .await?;
    let status = eval(
        c,
        "document.querySelector('[data-testid=checkpoint-status]').textContent",
    )
    .await?;
    assert!(
        status.to_string().contains("100"),
        "the work is kept: {status}"
    );
    c.goto(&au.return_url).await?;
    let stored = stored_until(
        &lrs,
        REGISTRATION,
        |s| of(s, "terminated", "session-2").len() == 1,
        "the second terminated, sent as the page went",
    )
    .await?;
    let all_passed = stored
        .iter()
        .filter(|s| {
            s["verb"]["id"]
                .as_str()
                .is_some_and(|v| v.ends_with("/passed"))
        })
        .count();
    assert_eq!(all_passed, 1, "passed once per registration");
    assert!(of(&stored, "failed", "session-2").is_empty());

    // Another learner, in their own registration, takes 80 % and
    // finishes: `failed`, by the LMS's mastery score, before `terminated`;
    // and Ana's work is not theirs.
    let bo = Au {
        actor: json!({
            "objectType": "Agent",
            "name": "Bo Okafor",
            "account": { "homePage": "https://lms.example.org", "name": "bo-7" }
        }),
        registration: BO_REGISTRATION.into(),
        // Bo's LMS says he prefers French (Canadian, then English).
        preferences: Some(json!({ "languagePreference": "fr-CA,en-US", "audioPreference": "on" })),
        // On another site than the LMS's: offered, not followed.
        return_url: format!("{origin}/returned.html"),
        ..au
    };
    // His LMS's language preference is French: the AU opens in French
    // (the browser's language is English).
    c.goto(&bo.launch(&mut lrs, "session-3")?).await?;
    wait_for(
        c,
        &format!("location.hash === '#/fr/modules/{m}' && document.documentElement.lang === 'fr' && !!document.querySelector('[data-testid=lms-finish]')"),
        "Bo's session begun, in the language his LMS says he prefers",
    )
    .await?;
    // The offer to finish is accessible (axe-core).
    let found = super::axe::violations(c).await?;
    assert!(
        found.is_empty(),
        "axe, with the offer to finish: {found:#?}"
    );
    let status = eval(
        c,
        "document.querySelector('[data-testid=checkpoint-status]').textContent",
    )
    .await?;
    assert!(
        !status.to_string().contains("100"),
        "Bo sees Ana's work: {status}"
    );
    take_checkpoint(c, m, 2).await?;
    harness::click(c, "[data-testid=lms-finish]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=lms-finished] [data-testid=lms-return]')",
        "the returnURL on another site, offered as a link",
    )
    .await?;
    let found = super::axe::violations(c).await?;
    assert!(
        found.is_empty(),
        "axe, with the finished session: {found:#?}"
    );
    let offered = eval(
        c,
        "document.querySelector('[data-testid=lms-return]').textContent",
    )
    .await?;
    assert!(
        offered
            .to_string()
            .contains(&format!("Revenir à {}", site.addr)),
        "in French: {offered}"
    );
    harness::click(c, "[data-testid=lms-return]").await?;
    wait_for(
        c,
        "location.pathname === '/returned.html'",
        "the page the learner chose to go to",
    )
    .await?;
    let stored = stored_until(
        &lrs,
        BO_REGISTRATION,
        |s| of(s, "terminated", "session-3").len() == 1,
        "Bo's terminated",
    )
    .await?;
    let mut verbs: Vec<(&str, &str)> = stored
        .iter()
        .filter_map(|s| {
            Some((
                s["timestamp"].as_str()?,
                s["verb"]["id"].as_str()?.rsplit('/').next()?,
            ))
        })
        .collect();
    verbs.sort();
    let verbs: Vec<&str> = verbs.into_iter().map(|(_, v)| v).collect();
    assert_eq!(verbs, ["initialized", "failed", "terminated"]);
    let failed = of(&stored, "failed", "session-3")[0];
    assert_eq!(failed["result"]["success"], false, "{failed}");
    assert_eq!(failed["result"]["score"]["scaled"], 0.8, "{failed}");
    assert_eq!(
        failed["context"]["extensions"][MASTERY], mastery,
        "{failed}"
    );
    assert_eq!(failed["actor"]["account"]["name"], "bo-7", "{failed}");

    // The first launch's address again: its fetch URL is spent, the LMS
    // gives no token, and the learner is told their work stays here.
    c.goto(&first).await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=lms-unreachable]') && !document.querySelector('[data-testid=lms-finish]')",
        "the warning that the LMS cannot be reached",
    )
    .await?;
    Ok(())
}

/// Takes the module's checkpoint (from the module's page or a finished
/// attempt's result) with all but `wrong` answers right: 10 questions are
/// drawn, so each wrong one takes 10 points off.
async fn take_checkpoint(c: &Client, m: &str, wrong: usize) -> Result<(), BoxError> {
    if super::pages::is_shown(c, "retry-checkpoint").await? {
        harness::click(c, "[data-testid=retry-checkpoint]").await?;
    } else {
        harness::click(c, "[data-testid=open-checkpoint]").await?;
    }
    wait_for(
        c,
        "document.querySelector('.question') && !document.querySelector('[data-testid=result]')",
        "the checkpoint, a new attempt",
    )
    .await?;
    let loaded = super::quiz::checkpoint_of(m)?;
    let asked = super::quiz::asked_questions(c, &loaded).await?;
    // Wrong where a wrong answer earns nothing (no partial credit), so that
    // the score is exactly what the journey expects.
    let all_or_nothing = |q: &&Question| {
        matches!(
            q.kind,
            QuestionKind::SingleChoice { .. }
                | QuestionKind::TrueFalse { .. }
                | QuestionKind::ShortText { .. }
        )
    };
    let missed: Vec<&str> = asked
        .iter()
        .filter(all_or_nothing)
        .take(wrong)
        .map(|q| q.id.as_str())
        .collect();
    if missed.len() < wrong {
        return Err(format!("fewer than {wrong} all-or-nothing questions drawn").into());
    }
    for q in &asked {
        super::quiz::answer(c, q, !missed.contains(&q.id.as_str())).await?;
    }
    super::pages::Checkpoint::on(c).finish().await
}

/// A module's AU as the LMS launches it.
struct Au {
    module: String,
    /// The AU's id in the course structure.
    publisher: String,
    /// The LMS's activity id for the AU.
    activity: String,
    actor: Value,
    registration: String,
    /// The learner's `cmi5LearnerPreferences` in the LMS, if any.
    preferences: Option<Value>,
    mastery: f64,
    /// The LMS's `returnURL`.
    return_url: String,
    /// The site's.
    origin: String,
}

impl Au {
    /// Records a launch of the AU in `session` with the LMS (Ralph's
    /// wrapper); the address that launches it.
    fn launch(&self, lrs: &mut Ralph, session: &str) -> Result<String, BoxError> {
        let mut record = json!({
                "actor": self.actor,
                "activityId": self.activity,
                "registration": self.registration,
                "launchData": {
                    "contextTemplate": {
                        "contextActivities": { "grouping": [{ "id": self.publisher }] },
                        "extensions": { SESSION: session }
                    },
                    "launchMode": "Normal",
                    "moveOn": "Passed",
                    "masteryScore": self.mastery,
                    "returnURL": self.return_url
                }
        });
        if let Some(p) = &self.preferences {
            record["preferences"] = p.clone();
        }
        let fetch = tokio::task::block_in_place(|| lrs.cmi5_launch(record))?;
        Ok(format!(
            "{}/package/index.html?au={}&endpoint={}&fetch={}&actor={}&registration={}&activityId={}",
            self.origin,
            self.module,
            encoded(&lrs.endpoint),
            encoded(&fetch),
            encoded(&self.actor.to_string()),
            self.registration,
            encoded(&self.activity),
        ))
    }
}
