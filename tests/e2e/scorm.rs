//! Issue 20, part 1: a module's SCORM 1.2 package in an LMS.
//!
//! The journey makes the packages from the built site as a trainer would
//! (`scripts/package-scorm.mjs`), checks the module's manifest against the
//! SCORM 1.2 schema files and unpacks it (`tests/scorm/check-package.mjs`),
//! and serves it on a host of its own under a stand-in LMS page
//! (`tests/scorm/lms.html`) that runs scorm-again's SCORM 1.2 runtime and
//! frames the package, as Moodle does, with `.wasm` served untyped as
//! Moodle serves it.

use crate::harness::{self, eval, eval_string, node, wait_for, BoxError, StaticSite};
use crate::nothing_lost::sample_assignment;
use crate::ready_in;
use fantoccini::{Client, Locator};
use savoir::adapters::content::catalog;
use std::path::{Path, PathBuf};

/// Rewrites a package's manifest wrongly three ways (node, fflate).
const TAMPER: &str = r#"
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
const fs = require("fs");
const [from, to] = process.argv.slice(1);
const files = unzipSync(fs.readFileSync(from));
files["imsmanifest.xml"] = strToU8(strFromU8(files["imsmanifest.xml"])
  .replace("<organizations default", "<bogus/><organizations default")
  .replace(/<adlcp:masteryscore>\d+/, "<adlcp:masteryscore>seventy")
  .replace("</resource>", "<file href=\"gone.js\"/></resource>"));
fs.writeFileSync(to, zipSync(files));
"#;

/// What the LMS's runtime holds, as it would commit it.
async fn lms_cmi(c: &Client) -> Result<serde_json::Value, BoxError> {
    Ok(serde_json::from_str(
        &eval_string(c, "JSON.stringify(window.API.cmi)").await?,
    )?)
}

/// From the LMS's page: the learner leaves the package (the frame goes
/// blank), and the session ends with `LMSFinish`.
async fn leave(c: &Client) -> Result<(), BoxError> {
    eval(c, "document.getElementById('sco').src = 'about:blank'").await?;
    wait_for(c, "window.API.isTerminated()", "LMSFinish on leaving").await
}

/// Enters the LMS's frame and waits for the app in it to be ready on `hash`.
async fn in_frame(c: &Client, hash: &str) -> Result<(), BoxError> {
    c.enter_parent_frame().await?;
    c.enter_frame(0).await?;
    wait_for(
        c,
        "document.readyState === 'complete' && !!document.querySelector('meta[name=savoir-package]')",
        "the package's page in the LMS's frame",
    )
    .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        &format!("location.hash === '{hash}'"),
        &format!("the page at {hash}"),
    )
    .await
}

/// A fresh folder `name` for a journey, and the packages made in it from
/// the built site as a trainer makes them (`scripts/package-scorm.mjs`):
/// the folder, the packages' folder, and the course index they came from.
pub fn make_packages(name: &str) -> Result<(PathBuf, PathBuf, PathBuf), BoxError> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&work);
    let packages = work.join("packages");
    std::fs::create_dir_all(&packages)?;
    let dist = harness::dist_dir()?;
    let catalog_file = root.join("target/content/catalog.json");
    node(&[
        "scripts/package-scorm.mjs".as_ref(),
        dist.as_os_str(),
        catalog_file.as_os_str(),
        packages.as_os_str(),
    ])?;
    Ok((work, packages, catalog_file))
}

/// A learner opens a module's package in an LMS, passes its checkpoint, and
/// the LMS holds `passed`, the score and one interaction per question; the
/// LMS's name for them is on the result file; on a second launch, with this
/// device's storage gone, the work comes back from `cmi.suspend_data`.
pub async fn a_module_package_reports_to_the_lms_and_resumes_from_its_suspend_data(
    c: &Client,
    _base: &str,
) -> Result<(), BoxError> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (work, packages, _) = make_packages("e2e-scorm")?;
    let lms = work.join("lms");
    std::fs::create_dir_all(&lms)?;
    let module = &catalog().modules[0];
    let m = &module.id;
    let summary: serde_json::Value = serde_json::from_str(&node(&[
        "tests/scorm/check-package.mjs".as_ref(),
        packages.join(format!("savoir-{m}.zip")).as_os_str(),
        lms.join("package").as_os_str(),
    ])?)?;
    assert_eq!(summary["scope"], format!("module:{m}"), "{summary}");
    assert_eq!(summary["masteryscore"], module.pass_mark.to_string());
    // The course's package is valid too, and has no mastery score: it is
    // passed when every module is.
    let course: serde_json::Value = serde_json::from_str(&node(&[
        "tests/scorm/check-package.mjs".as_ref(),
        packages.join("savoir-course.zip").as_os_str(),
        work.join("course").as_os_str(),
    ])?)?;
    assert_eq!(course["scope"], "course");
    assert_eq!(course["masteryscore"], serde_json::Value::Null);
    // The check is no rubber stamp: the same package with an element the
    // schema does not allow, a mastery score that is no number, and a file
    // it lists but does not hold, is refused for all three.
    let tampered = packages.join("tampered.zip");
    node(&[
        "-e".as_ref(),
        TAMPER.as_ref(),
        packages.join(format!("savoir-{m}.zip")).as_os_str(),
        tampered.as_os_str(),
    ])?;
    let refused = match node(&[
        "tests/scorm/check-package.mjs".as_ref(),
        tampered.as_os_str(),
        work.join("tampered").as_os_str(),
    ]) {
        Ok(out) => return Err(format!("a tampered manifest was taken: {out}").into()),
        Err(e) => e.to_string(),
    };
    for cause in [
        "schema:",
        "masteryscore seventy",
        "listed but not in the zip: gone.js",
    ] {
        assert!(refused.contains(cause), "{cause}: {refused}");
    }
    for left_out in [
        "sw.js",
        "sw-register.js",
        "404.html",
        "manifest.webmanifest",
    ] {
        assert!(!lms.join("package").join(left_out).exists(), "{left_out}");
    }
    std::fs::copy(root.join("tests/scorm/lms.html"), lms.join("index.html"))?;
    std::fs::copy(
        root.join("node_modules/scorm-again/dist/scorm12.min.js"),
        lms.join("scorm12.js"),
    )?;
    // Served as Moodle serves a package: `.wasm` untyped.
    let site = StaticSite::start_like_an_lms(lms).await?;
    c.goto(&format!(
        "http://{}/index.html?mastery={}",
        site.addr, module.pass_mark
    ))
    .await?;

    // The module's package opens on the module, and says so to the LMS.
    in_frame(c, &format!("#/en/modules/{m}")).await?;
    assert!(
        eval(c, "!document.querySelector('script[src*=sw-register]')")
            .await?
            .as_bool()
            == Some(true),
        "no service worker in a package"
    );
    c.enter_parent_frame().await?;
    wait_for(
        c,
        "window.API.cmi.core.lesson_status === 'incomplete'",
        "`incomplete` from the first launch",
    )
    .await?;
    c.enter_frame(0).await?;
    assert_eq!(
        eval(
            c,
            "!!document.querySelector('[data-testid=lms-unreachable]')"
        )
        .await?,
        serde_json::Value::Bool(false),
        "no warning when the LMS is there"
    );
    c.enter_parent_frame().await?;

    // The skip link moves focus to the page's content, and the address
    // (in the fragment) stays.
    c.enter_frame(0).await?;
    eval(c, "document.querySelector('.skip-link').focus()").await?;
    c.active_element().await?.send_keys("\u{e007}").await?; // Enter
    wait_for(
        c,
        &format!("document.activeElement && document.activeElement.id === 'main' && location.hash === '#/en/modules/{m}'"),
        "the skip link's jump",
    )
    .await?;

    // An assignment opened in the package: the result file's name is the
    // LMS's name for the learner.
    let assignment = sample_assignment();
    assert_eq!(&assignment.modules[0], m);
    eval(
        c,
        &format!("location.hash = '#/assignment#{}'", assignment.encode()),
    )
    .await?;
    wait_for(
        c,
        "location.hash.startsWith('#/en/assignment#') && document.querySelector('[data-testid=accept]')",
        "the assignment, in the learner's language",
    )
    .await?;
    harness::click(c, "[data-testid=accept]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=results-name]') && document.querySelector('[data-testid=results-name]').value === 'Ana Lima'",
        "the result file's name from cmi.core.student_name",
    )
    .await?;

    // In-app links work in the fragment: to the module, to its checkpoint.
    harness::click(c, &format!("a[href='#/en/modules/{m}']")).await?;
    harness::click(c, "[data-testid=open-checkpoint]").await?;
    wait_for(
        c,
        &format!("location.hash === '#/en/modules/{m}/checkpoint' && document.querySelector('.question')"),
        "the checkpoint",
    )
    .await?;
    let loaded = super::quiz::checkpoint_of(m)?;
    let questions = super::quiz::asked_questions(c, &loaded).await?;
    for q in &questions {
        super::quiz::answer(c, q, true).await?;
    }
    super::pages::Checkpoint::on(c).finish().await?;

    // The LMS holds the status, the score and the interactions.
    c.enter_parent_frame().await?;
    let reported = wait_for(
        c,
        &format!("window.API.cmi.core.lesson_status === 'passed' && window.API.cmi.core.score.raw === '100' && Object.keys(JSON.parse(JSON.stringify(window.API.cmi)).interactions).length === {}", questions.len()),
        "passed, 100 and an interaction per question",
    )
    .await;
    if let Err(e) = reported {
        return Err(format!("{e}; the LMS holds {}", lms_cmi(c).await?).into());
    }
    let cmi = lms_cmi(c).await?;
    // The runtime keeps them by index, as `cmi.interactions.n`.
    let interactions: Vec<&serde_json::Value> = (0..questions.len())
        .map(|n| &cmi["interactions"][n.to_string()])
        .collect();
    for (i, q) in interactions.iter().zip(&questions) {
        assert_eq!(i["id"], format!("{m}.{}", q.id), "{i}");
        assert_eq!(i["result"], "correct", "{i}");
    }
    let suspend = cmi["suspend_data"].as_str().unwrap_or_default().to_owned();
    assert!(
        !suspend.is_empty() && suspend.chars().count() <= 4096,
        "{} characters",
        suspend.len()
    );

    // Leaving: the session's time, a commit, LMSFinish. The stand-in LMS
    // keeps only what was committed.
    leave(c).await?;
    let kept: serde_json::Value =
        serde_json::from_str(&eval_string(c, "JSON.stringify(committed['ana-42'])").await?)?;
    assert_eq!(kept["core"]["lesson_status"], "passed", "{kept}");
    assert_eq!(kept["suspend_data"].as_str(), Some(suspend.as_str()));
    assert_eq!(
        kept["core"]["exit"], "",
        "a passed attempt is not suspended"
    );
    // scorm-again keeps a CMITimespan as HH:MM:SS; the session lasted
    // seconds at least.
    let session = kept["core"]["session_time"].as_str().unwrap_or_default();
    let seconds: f64 = session
        .split(':')
        .map(|part| part.parse::<f64>().unwrap_or(f64::NAN))
        .fold(0.0, |total, part| total * 60.0 + part);
    assert!(seconds >= 1.0, "session time {session:?}");

    // A second launch on a device that holds nothing (the same origin
    // here, so its storage is cleared): the work comes back from the LMS.
    eval(c, "(localStorage.clear(), launch())").await?;
    in_frame(c, &format!("#/en/modules/{m}")).await?;
    wait_for(
        c,
        &format!("(() => {{ const k = Object.keys(localStorage).find(k => /^savoir:lms-[0-9a-f]{{16}}:progress$/.test(k)); const p = JSON.parse(k ? localStorage.getItem(k) : '{{}}'); return Object.values(p.attempts || {{}}).some(a => a.module === '{m}' && a.percent === 100); }})()"),
        "the passed attempt, resumed from cmi.suspend_data and stored in the learner's own part of storage",
    )
    .await?;
    let status = c
        .find(Locator::Css("[data-testid=checkpoint-status]"))
        .await?
        .text()
        .await?;
    assert!(status.contains("100"), "the module page shows it: {status}");

    // Another of the LMS's learners on the same browser starts afresh:
    // nothing of Ana's is shown to them, nor sent to the LMS as theirs.
    c.enter_parent_frame().await?;
    leave(c).await?;
    eval(c, "launch('bo-7', 'Okafor, Bo')").await?;
    in_frame(c, &format!("#/en/modules/{m}")).await?;
    let shown = c
        .find(Locator::Css("[data-testid=checkpoint-status]"))
        .await?
        .text()
        .await?;
    assert!(!shown.contains("100"), "Bo sees Ana's score: {shown}");
    c.enter_parent_frame().await?;
    wait_for(
        c,
        "window.API.cmi.core.lesson_status === 'incomplete'",
        "Bo's own status",
    )
    .await?;
    let bo = lms_cmi(c).await?;
    assert_eq!(bo["core"]["score"]["raw"], "", "{bo}");
    assert!(
        !bo["suspend_data"]
            .as_str()
            .unwrap_or_default()
            .contains("\"p\":100"),
        "Ana's attempt in Bo's resume state: {bo}"
    );

    // An LMS that refuses to start the session: the learner is told, in
    // their language, that their work stays in this browser; the package
    // still works.
    leave(c).await?;
    eval(c, "launch('cy-3', 'Diaz, Cy', true)").await?;
    in_frame(c, &format!("#/en/modules/{m}")).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=lms-unreachable]')",
        "the warning that the LMS cannot be reached",
    )
    .await?;
    let warning = c
        .find(Locator::Css("[data-testid=lms-unreachable]"))
        .await?
        .text()
        .await?;
    assert!(warning.contains("kept in this browser"), "{warning}");
    harness::click(c, "[data-testid=open-checkpoint]").await?;
    wait_for(
        c,
        "document.querySelector('.question')",
        "the checkpoint, all the same",
    )
    .await?;
    Ok(())
}
