//! The installable, offline site (issue 13): after one visit, a learner who
//! loses the network can still open any lesson and take any checkpoint, and
//! keeps everything; a new deploy waits until the learner chooses to reload.
//! Also: the Content Security Policy is really enforced, and the check every
//! journey runs after itself does see a violation.

use super::pages::{press, shown};
use super::quiz::answer;
use super::ready_in;
use crate::harness::{self, click, eval, wait_for, BoxError, StaticSite};
use fantoccini::{Client, Locator};
use savoir::adapters::content::{catalog, LoadedModule};
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use serde_json::json;
use std::path::{Path, PathBuf};

/// A copy of the built site in a new folder under `target/`.
fn copy_site(from: &Path, name: &str) -> Result<PathBuf, BoxError> {
    let to = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("e2e-sites")
        .join(format!("{name}-{}", std::process::id()));
    if to.exists() {
        std::fs::remove_dir_all(&to)?;
    }
    copy_dir(from, &to)?;
    Ok(to)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), BoxError> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// The version a generated service worker caches under.
fn worker_version(site: &Path) -> Result<String, BoxError> {
    let sw = std::fs::read_to_string(site.join("sw.js"))?;
    let start = sw
        .find("const VERSION = \"")
        .ok_or("sw.js names no version")?
        + 17;
    let end = sw[start..].find('"').ok_or("sw.js: unterminated version")? + start;
    Ok(sw[start..end].to_owned())
}

/// "A new deploy": a copy of `site` under `name` whose page carries the
/// marker `<meta name="savoir-deploy" content="{marker}">`, finished again by
/// `scripts/finish-site.mjs` in `mode` (`--service-worker-only` for a new
/// release, `debug` for a development build).
fn redeploy(site: &Path, name: &str, marker: &str, mode: &str) -> Result<PathBuf, BoxError> {
    let next = copy_site(site, name)?;
    let index = next.join("index.html");
    let html = std::fs::read_to_string(&index)?.replacen(
        "<title>",
        &format!("<meta name=\"savoir-deploy\" content=\"{marker}\"><title>"),
        1,
    );
    std::fs::write(&index, html)?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/finish-site.mjs");
    let status = std::process::Command::new("node")
        .arg(script)
        .arg(&next)
        .arg(mode)
        .status()?;
    if !status.success() {
        return Err(format!("finish-site.mjs {mode} failed").into());
    }
    Ok(next)
}

async fn cached_versions(c: &Client) -> Result<Vec<String>, BoxError> {
    let keys = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; caches.keys().then(done, () => done([]));",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(keys)?)
}

async fn network(c: &Client, offline: bool) -> Result<(), BoxError> {
    harness::cdp(c, "Network.enable", json!({})).await?;
    harness::cdp(
        c,
        "Network.emulateNetworkConditions",
        json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    Ok(())
}

/// Issue 13's offline journey, on a site of its own that the test can take
/// down and redeploy.
pub async fn offline_after_one_visit_then_a_new_version_when_the_learner_chooses(
    c: &Client,
    _base: &str,
) -> Result<(), BoxError> {
    let dist = harness::dist_dir()?;
    let first = copy_site(&dist, "first")?;
    let site = StaticSite::start(first.clone()).await?;
    let base = format!("http://{}", site.addr);

    // Every message a page sends a service worker, to see that nothing but
    // the learner asks the new version to take over.
    super::storage::before_every_page(
        c,
        "window.__workerMessages = []; const post = ServiceWorker.prototype.postMessage; ServiceWorker.prototype.postMessage = function (message, ...rest) { window.__workerMessages.push(String(message)); return post.call(this, message, ...rest); };",
    )
    .await?;

    // 1. One visit; the offline copy is made in the background.
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.documentElement.dataset.offlineReady === 'true' && navigator.serviceWorker.controller",
        "the offline copy to be ready",
    )
    .await?;
    let v1 = worker_version(&first)?;
    assert_eq!(cached_versions(c).await?, vec![format!("savoir-{v1}")]);

    // 2. The network goes: the host answers nothing, the browser is offline.
    site.set_up(false);
    network(c, true).await?;
    c.refresh().await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=offline-notice]')",
        "the offline notice",
    )
    .await?;

    // A lesson never opened before, in the last module.
    let module = catalog().modules.last().ok_or("no module")?;
    let lesson = module.lessons.first().ok_or("no lesson")?;
    c.goto(&format!(
        "{base}{}",
        route::lesson(Lang::En, &module.id, &lesson.id)
    ))
    .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('.lesson__title')",
        "the lesson, offline",
    )
    .await?;
    assert_eq!(super::text(c, ".lesson__title").await?, lesson.title.en);

    // A page whose code is fetched on first opening (src/ui/lazy.rs),
    // never opened before: the offline copy has its chunks too.
    c.goto(&format!(
        "{base}{}",
        route::controls(Lang::En, "theme=people")
    ))
    .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelectorAll('[data-testid=controls-list] > li:not([hidden])').length === 8",
        "the controls explorer, offline",
    )
    .await?;

    // Its module's checkpoint, answered offline, with a switch mid-way.
    let file = dist.join("content").join(&module.id).join("module.json");
    let loaded = LoadedModule::from_json(
        &file.display().to_string(),
        &std::fs::read_to_string(&file)?,
    )?;
    c.goto(&format!(
        "{base}{}",
        route::checkpoint(Lang::En, &module.id)
    ))
    .await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.querySelector('.question')",
        "the checkpoint, offline",
    )
    .await?;
    let questions = &super::quiz::asked_questions(c, &loaded).await?;
    let (first_half, second_half) = questions.split_at(questions.len() / 2);
    for q in first_half {
        answer(c, q, true).await?;
    }
    super::pages::switch_language(c, Lang::Fr).await?;
    for q in second_half {
        answer(c, q, true).await?;
    }
    super::pages::Checkpoint::on(c).finish().await?;
    let percent = super::quiz::result_percent(c, "the result").await?;
    assert_eq!(percent, json!("100"));

    // Nothing is lost after a reload, still offline.
    c.refresh().await?;
    ready_in(c, "fr").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=result]')",
        "the result after a reload",
    )
    .await?;
    assert_eq!(
        super::quiz::result_percent(c, "the result").await?,
        json!("100")
    );
    let stored = harness::eval_string(c, "localStorage.getItem('savoir:progress') || ''").await?;
    assert!(
        stored.contains(&module.id),
        "the attempt is not stored: {stored}"
    );

    // 3. Back online, with a new version deployed: the learner is told and
    // nothing reloads on its own.
    let next = redeploy(&first, "next", "2", "--service-worker-only")?;
    let v2 = worker_version(&next)?;
    assert_ne!(v1, v2, "the new deploy must have another version");
    site.deploy(next);
    site.set_up(true);
    network(c, false).await?;
    c.execute("window.__stillThisPage = true;", vec![]).await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=update-notice]') && !document.querySelector('[data-testid=offline-notice]')",
        "the new-version notice",
    )
    .await?;
    // Still the same page, still the old version, until the learner
    // chooses: the new version waits, installed, and nothing asked it to
    // take over.
    wait_for(
        c,
        "(navigator.serviceWorker.getRegistration().then(r => { window.__newWaiting = !!(r && r.waiting && r.waiting.state === 'installed'); }), window.__newWaiting === true)",
        "the new version to wait",
    )
    .await?;
    assert_eq!(
        eval(
            c,
            "window.__workerMessages.filter(m => m === 'skip-waiting')"
        )
        .await?,
        json!([])
    );
    assert_eq!(
        eval(c, "window.__stillThisPage === true").await?,
        json!(true)
    );
    assert_eq!(
        eval(c, "!!document.querySelector('meta[name=savoir-deploy]')").await?,
        json!(false)
    );
    let notice = super::text(c, "[data-testid=update-notice] p").await?;
    assert!(
        notice.contains("nouvelle version"),
        "notice in French: {notice}"
    );

    c.find(Locator::Css("[data-testid=update-reload]"))
        .await?
        .click()
        .await?;
    wait_for(
        c,
        "!window.__stillThisPage && document.querySelector('meta[name=savoir-deploy]')",
        "the page reloaded with the new version",
    )
    .await?;
    ready_in(c, "fr").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=result]')",
        "the result, after the update",
    )
    .await?;
    assert_eq!(
        super::quiz::result_percent(c, "the result").await?,
        json!("100")
    );
    wait_for(
        c,
        "navigator.serviceWorker.controller && !document.querySelector('[data-testid=update-notice]')",
        "the new version in control",
    )
    .await?;
    assert_eq!(cached_versions(c).await?, vec![format!("savoir-{v2}")]);
    Ok(())
}

/// The policy is enforced (an inline script is refused), and the check
/// every journey runs afterwards does see the violation.
pub async fn the_content_security_policy_refuses_inline_script_and_the_check_sees_it(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    harness::assert_no_csp_violation(c).await?;
    let policy = harness::eval_string(
        c,
        "document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
    )
    .await?;
    for part in [
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
        "object-src 'none'",
        "base-uri 'none'",
        "connect-src 'self'",
    ] {
        assert!(policy.contains(part), "the policy lacks {part}: {policy}");
    }
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    c.execute(
        "const s = document.createElement('script'); s.textContent = 'window.__injected = true;'; document.body.append(s);",
        vec![],
    )
    .await?;
    wait_for(c, "document.readyState === 'complete'", "the page").await?;
    assert_eq!(eval(c, "window.__injected === true").await?, json!(false));
    let caught = harness::assert_no_csp_violation(c).await;
    assert!(caught.is_err(), "the violation was not seen");
    Ok(())
}

/// A development build served where a release build ran before (the same
/// address, as `scripts/serve.sh` uses) is never hidden behind the release
/// build's offline copy: its service worker removes the old one, its caches,
/// and reloads the page from the server.
pub async fn a_development_build_is_never_trapped_by_a_release_worker(
    c: &Client,
    _base: &str,
) -> Result<(), BoxError> {
    let dist = harness::dist_dir()?;
    let release = copy_site(&dist, "release")?;
    let site = StaticSite::start(release.clone()).await?;
    let base = format!("http://{}", site.addr);
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    wait_for(
        c,
        "document.documentElement.dataset.offlineReady === 'true' && navigator.serviceWorker.controller",
        "the release build's offline copy",
    )
    .await?;

    // The development server now answers on the same address.
    let development = redeploy(&release, "development", "development", "debug")?;
    site.deploy(development);

    // One ordinary reload: the browser checks the worker, the new one
    // clears everything and the page comes from the server.
    c.refresh().await?;
    wait_for(
        c,
        "document.querySelector('meta[name=savoir-deploy]') && !navigator.serviceWorker.controller",
        "the development page, with no service worker",
    )
    .await?;
    assert_eq!(cached_versions(c).await?, Vec::<String>::new());
    Ok(())
}

/// Pages split off the first load (src/ui/lazy.rs): a first visit fetches
/// none of their code; opening one fetches its chunks; a failed fetch is
/// said in the learner's language with a retry, and the retry works. On a
/// site of its own without a service worker, so that the network alone
/// decides.
pub async fn a_pages_code_is_fetched_when_first_opened_and_a_failed_fetch_is_retried(
    c: &Client,
    _base: &str,
) -> Result<(), BoxError> {
    let dist = harness::dist_dir()?;
    let root = copy_site(&dist, "lazy")?;
    // A worker that keeps nothing: every fetch goes to the host.
    std::fs::write(root.join("sw.js"), "")?;
    let site = StaticSite::start(root).await?;
    let base = format!("http://{}", site.addr);
    let fetched = |part: &'static str| {
        format!(
            "performance.getEntriesByType('resource').some(r => r.name.includes({}))",
            json!(part)
        )
    };

    c.goto(&format!("{base}/fr/")).await?;
    ready_in(c, "fr").await?;
    let lesson = &catalog().modules[0].lessons[0];
    click(
        c,
        &format!(
            "a[href='{}']",
            route::lesson(Lang::Fr, &catalog().modules[0].id, &lesson.id)
        ),
    )
    .await?;
    wait_for(c, "document.querySelector('.lesson__title')", "a lesson").await?;
    wait_for(
        c,
        "document.querySelector('#question-exercise')",
        "the lesson's exercise",
    )
    .await?;
    assert_eq!(
        eval(c, &fetched("/lazy/")).await?,
        json!(false),
        "a learner's first pages fetch no split code"
    );
    assert_eq!(
        eval(c, &fetched("__wasm_split-")).await?,
        json!(true),
        "the loader comes with the glue"
    );
    assert_eq!(
        eval(c, &fetched("/content/interface.json")).await?,
        json!(false),
        "nor the text of the pages fetched when first opened"
    );

    // Back to the catalog; the host goes down; the explorer is opened.
    click(c, ".breadcrumbs a").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=controls-link]')",
        "the catalog",
    )
    .await?;
    site.set_up(false);
    click(c, "[data-testid=controls-link]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=load-error][data-error=page-error-network]')",
        "the page's code not fetched, said",
    )
    .await?;
    assert_eq!(
        super::text(c, ".load-error__message").await?,
        savoir::ui::i18n::message(Lang::Fr, "page-error-network")
    );
    // Back up: the retry brings the page.
    site.set_up(true);
    click(c, "[data-testid=retry]").await?;
    wait_for(
        c,
        "document.querySelectorAll('[data-testid=controls-list] > li:not([hidden])').length === 93",
        "the explorer after a retry",
    )
    .await?;
    assert_eq!(
        eval(c, &fetched("/content/interface.json")).await?,
        json!(true),
        "the explorer's text came with its code"
    );
    // Its text, which is not compiled into the first load, is shown.
    assert_eq!(
        super::text(c, "article.controls > h1 + p").await?,
        savoir::ui::i18n::message(Lang::Fr, "controls-intro")
    );
    assert_eq!(
        eval(c, &fetched("/lazy/split_controls-")).await?,
        json!(true)
    );
    assert_eq!(
        eval(c, &fetched("/lazy/split_trainer-")).await?,
        json!(false),
        "only the page opened"
    );
    // The failed fetch above was logged; what follows must log nothing.
    harness::console_errors(c).await?;

    // The trainer's page, the class dashboard and the data page, each
    // reached by its link, fetch their own code once and work.
    c.back().await?;
    shown(c, "trainer-link", "the catalog").await?;
    click(c, "[data-testid=trainer-link]").await?;
    shown(c, "assignment-form", "the trainer's form").await?;
    assert!(eval(c, &fetched("/lazy/split_trainer-")).await?.as_bool() == Some(true));
    // Its code runs: a link asked for with no module chosen is refused.
    press(c, "trainer-create").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=trainer-error]').textContent.length > 0",
        "the form's error",
    )
    .await?;
    click(c, "[data-testid=dashboard-link]").await?;
    shown(c, "dashboard-empty", "the empty class dashboard").await?;
    assert!(eval(c, &fetched("/lazy/split_dashboard-")).await?.as_bool() == Some(true));
    assert_eq!(
        super::text(c, "[data-testid=dashboard-empty]").await?,
        savoir::ui::i18n::message(Lang::Fr, "dashboard-empty")
    );
    c.back().await?;
    c.back().await?;
    shown(c, "settings-link", "the catalog").await?;
    click(c, "[data-testid=settings-link]").await?;
    shown(c, "export", "the data page").await?;
    assert!(eval(c, &fetched("/lazy/split_settings-")).await?.as_bool() == Some(true));
    // Its code runs: a pasted file that is not one is refused, in French.
    c.execute(
        "const box = document.querySelector('[data-testid=import-paste]'); box.value = 'pas un fichier'; box.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![],
    )
    .await?;
    click(c, "[data-testid=import-check]").await?;
    shown(c, "import-error", "the import's refusal").await?;
    let errors = harness::console_errors(c).await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

/// The modules of a catalog list (`sel`) as the learner reads them: each
/// module's id, title, link, level and length, summary, and each lesson's
/// title, link and length (its status, which only the app knows, left out).
const LIST_SCRIPT: &str = r#"
const list = document.querySelector(arguments[0]);
if (!list || list.offsetParent === null) return null;
return [...list.querySelectorAll(':scope > li')].map(li => ({
    id: li.dataset.moduleId,
    title: li.querySelector('.module-card__title a').textContent,
    href: li.querySelector('.module-card__title a').getAttribute('href'),
    meta: li.querySelector('.module-card__meta').textContent,
    summary: li.querySelector('.module-card__summary').textContent,
    lessons: [...li.querySelectorAll('.lesson-link')].map(l => [
        l.querySelector('a').textContent,
        l.querySelector('a').getAttribute('href'),
        l.querySelector('.lesson-link__meta').textContent.split(' · ')[0],
    ]),
}));
"#;

const FAILED_EN: &str = "Savoir could not start. Check your connection, then reload the page.";
const FAILED_FR: &str =
    "Savoir n\u{2019}a pas pu d\u{e9}marrer. V\u{e9}rifiez votre connexion, puis rechargez la page.";

/// Opens `url` with the wasm blocked: the shell stays and, once the app has
/// failed to start, says so. Returns its line and the page's language.
async fn failed_shell(c: &Client, url: &str) -> Result<(String, String), BoxError> {
    c.goto(url).await?;
    wait_for(
        c,
        "document.querySelector('#shell .shell__failed')",
        "the shell saying the app could not start",
    )
    .await?;
    Ok((
        super::text(c, "#shell [data-shell=loading]").await?,
        harness::eval_string(c, "document.documentElement.lang").await?,
    ))
}

async fn block_wasm(c: &Client, block: bool) -> Result<(), BoxError> {
    let urls: &[&str] = if block { &["*.wasm"] } else { &[] };
    harness::cdp(c, "Network.enable", json!({})).await?;
    harness::cdp(c, "Network.setBlockedURLs", json!({ "urls": urls })).await?;
    Ok(())
}

const STATIC_LIST: &str =
    "#shell [data-shell-catalog]:not([hidden]) [data-testid=static-module-list]";

async fn list(c: &Client, css: &str) -> Result<serde_json::Value, BoxError> {
    Ok(c.execute(LIST_SCRIPT, vec![json!(css)]).await?)
}

/// Before the code has arrived, a learner sees the product's name and a
/// loading line in the language the app would choose (the address's, else
/// the one last chosen, else the browser's), and on the catalog's
/// addresses the catalog itself, the same as the app's, accessible. When
/// the code never comes (here: blocked), the shell says so.
pub async fn the_static_shell_shows_before_the_code_in_the_pages_language(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    block_wasm(c, true).await?;
    let first = &catalog().modules[0];
    let fr = format!("{base}{}", route::module(Lang::Fr, &first.id));
    assert_eq!(
        failed_shell(c, &fr).await?,
        (FAILED_FR.to_owned(), "fr".to_owned())
    );
    assert_eq!(super::text(c, "#shell .site-header__name").await?, "Savoir");
    assert_eq!(
        eval(
            c,
            "document.querySelectorAll('[data-shell-catalog]:not([hidden])').length"
        )
        .await?,
        json!(0),
        "a module's address shows no catalog"
    );
    assert_eq!(
        failed_shell(c, &format!("{base}/en/")).await?,
        (FAILED_EN.to_owned(), "en".to_owned())
    );
    let static_en = list(c, STATIC_LIST).await?;
    assert_eq!(
        static_en.as_array().map(Vec::len),
        Some(catalog().modules.len()),
        "the catalog, shown: {static_en}"
    );
    let mut found = super::axe::violations(c).await?;
    assert_eq!(
        failed_shell(c, &format!("{base}/fr")).await?,
        (FAILED_FR.to_owned(), "fr".to_owned())
    );
    let static_fr = list(c, STATIC_LIST).await?;
    found.extend(super::axe::violations(c).await?);
    assert!(found.is_empty(), "axe on the static shell: {found:#?}");
    assert_eq!(
        static_fr[0]["href"],
        json!(route::module(Lang::Fr, &first.id))
    );
    assert_eq!(static_fr[0]["title"], json!(first.title.fr));

    // No language in the address: the one last chosen, read as the app
    // reads it, else the browser's (this one's is English).
    let home = format!("{base}/");
    for (stored, expected) in [
        (None, "en"),
        (Some(r#"{"schema":1,"lang":"fr","bilingual":false}"#), "fr"),
        (Some(r#"{"lang":"fr"}"#), "en"),
        (Some(r#"{"schema":99,"lang":"fr"}"#), "en"),
        (Some(r#"{"schema":1,"lang":"FR"}"#), "en"),
        (Some(r#"{"schema":1,"lang":{"toString":1}}"#), "en"),
        (Some("not JSON"), "en"),
    ] {
        match stored {
            Some(v) => {
                c.execute(
                    "localStorage.setItem('savoir:preferences', arguments[0]);",
                    vec![json!(v)],
                )
                .await?
            }
            None => c.execute("localStorage.clear();", vec![]).await?,
        };
        let failed = if expected == "fr" {
            FAILED_FR
        } else {
            FAILED_EN
        };
        assert_eq!(
            failed_shell(c, &home).await?,
            (failed.to_owned(), expected.to_owned()),
            "stored preferences {stored:?}"
        );
        assert_eq!(
            list(c, STATIC_LIST).await?,
            if expected == "fr" {
                static_fr.clone()
            } else {
                static_en.clone()
            }
        );
    }
    c.execute("localStorage.clear();", vec![]).await?;
    let french = harness::fresh_browser(&harness::BrowserProfile {
        accept_language: "fr-CA,fr",
        ..Default::default()
    })
    .await?;
    let seen = async {
        block_wasm(&french, true).await?;
        failed_shell(&french, &home).await
    }
    .await;
    let _ = french.close().await;
    assert_eq!(seen?, (FAILED_FR.to_owned(), "fr".to_owned()));

    // The code arrives: the app takes the shell's place, one header only,
    // and its catalog says what the static one said.
    block_wasm(c, false).await?;
    c.goto(&fr).await?;
    ready_in(c, "fr").await?;
    assert_eq!(
        eval(c, "[document.querySelectorAll('#shell').length, document.querySelectorAll('.site-header').length]").await?,
        json!([0, 1])
    );
    for (lang, expected) in [("en", &static_en), ("fr", &static_fr)] {
        c.goto(&format!("{base}/{lang}/")).await?;
        ready_in(c, lang).await?;
        assert_eq!(
            &list(c, "[data-testid=module-list]").await?,
            expected,
            "the app's catalog in {lang} and the shell's"
        );
    }
    Ok(())
}

/// On a slow network, a learner who has moved to a link of the shell's
/// catalog keeps the keyboard focus on that link when the app replaces the
/// shell, and the page does not move, on a wide screen and a phone's.
pub async fn the_app_replaces_the_shell_in_place_and_keeps_focus(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let lesson = &catalog().modules[1].lessons[0];
    let href = route::lesson(Lang::En, &catalog().modules[1].id, &lesson.id);
    let top = format!(
        "(a => a && Math.round(a.getBoundingClientRect().top))(document.querySelector({}))",
        json!(format!("main a[href='{href}']"))
    );
    harness::cdp(c, "Network.enable", json!({})).await?;
    for width in [1280, 375] {
        c.set_window_size(width, 900).await?;
        // The code takes seconds to arrive (the site is not compressed).
        harness::cdp(
            c,
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 100, "downloadThroughput": 250_000, "uploadThroughput": 250_000 }),
        )
        .await?;
        c.goto(&format!("{base}/en/")).await?;
        wait_for(
            c,
            &format!("document.querySelector({})", json!(STATIC_LIST)),
            "the shell's catalog",
        )
        .await?;
        c.execute(
            &format!(
                "document.querySelector({}).focus();",
                json!(format!("#shell a[href='{href}']"))
            ),
            vec![],
        )
        .await?;
        let before = eval(c, &top).await?;
        assert_eq!(
            eval(c, "document.documentElement.dataset.ready === 'true'").await?,
            json!(false),
            "the app came before the test could look at the shell"
        );
        harness::cdp(
            c,
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await?;
        ready_in(c, "en").await?;
        assert_eq!(
            eval(c, "[document.querySelectorAll('#shell').length, document.activeElement.closest('[data-testid=module-list]') !== null, document.activeElement.getAttribute('href')]").await?,
            json!([0, true, href]),
            "focus at {width} px"
        );
        assert_eq!(
            eval(c, &top).await?,
            before,
            "the link's place at {width} px"
        );
    }
    Ok(())
}
