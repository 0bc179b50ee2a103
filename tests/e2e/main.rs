//! End-to-end journeys: the release site as built by Trunk, served from
//! `dist/` on loopback, driven in headless Chromium through chromedriver.
//! Each journey gets a new browser with an empty profile.

mod harness;

use fantoccini::{Client, Locator};
use harness::{eval_string, new_browser, wait_for, BoxError, BrowserProfile, Chromedriver};
use libtest_mimic::{Arguments, Failed, Trial};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

type Journey = for<'a> fn(
    &'a Client,
    &'a str,
) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>>;

struct Context {
    runtime: tokio::runtime::Runtime,
    driver: Chromedriver,
    base: String,
}

/// Waits for the app to have mounted and taken the language `lang`.
async fn ready_in(client: &Client, lang: &str) -> Result<(), BoxError> {
    wait_for(
        client,
        &format!("document.documentElement.dataset.ready === 'true' && document.documentElement.lang === '{lang}'"),
        &format!("the app to be ready in `{lang}`"),
    )
    .await
}

async fn path(client: &Client) -> Result<String, BoxError> {
    Ok(client.current_url().await?.path().to_owned())
}

/// The text content of the first element matching `css`, exactly as the DOM
/// holds it (WebDriver's own "visible text" turns no-break spaces into spaces
/// and hides off-screen elements such as the skip link).
async fn text(client: &Client, css: &str) -> Result<String, BoxError> {
    let element = client.find(Locator::Css(css)).await?;
    let value = client
        .execute(
            "return arguments[0].textContent;",
            vec![serde_json::to_value(&element)?],
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().to_owned())
}

/// Every text of the page a reader sees, one per element that has text of its own.
const VISIBLE_TEXTS: &str = r#"Array.from(document.body.querySelectorAll('*'))
    .filter(e => e.offsetParent !== null || e === document.body)
    .flatMap(e => Array.from(e.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent.trim()))
    .filter(t => t.length > 0)"#;

fn language_choice_is_remembered_across_reload<'a>(
    c: &'a Client,
    base: &'a str,
) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>> {
    Box::pin(async move {
        c.goto(&format!("{base}/")).await?;
        ready_in(c, "en").await?;
        assert_eq!(path(c).await?, "/en/");
        assert_eq!(
            text(c, "[data-testid=empty-catalog] h3").await?,
            "No modules published yet"
        );
        let english: Vec<String> = serde_json::from_value(harness::eval(c, VISIBLE_TEXTS).await?)?;

        c.find(Locator::Css("[data-testid=switch-fr]"))
            .await?
            .click()
            .await?;
        ready_in(c, "fr").await?;
        assert_eq!(path(c).await?, "/fr/");
        assert_eq!(
            text(c, "[data-testid=empty-catalog] h3").await?,
            "Aucun module publié pour l’instant"
        );
        assert_eq!(eval_string(c, "document.title").await?, "Savoir");
        // Every string that differs between the languages has changed.
        let french: Vec<String> = serde_json::from_value(harness::eval(c, VISIBLE_TEXTS).await?)?;
        let same_in_both = ["Savoir", "English", "Français", "Modules"];
        let left_over: Vec<&String> = french
            .iter()
            .filter(|t| english.contains(t) && !same_in_both.contains(&t.as_str()))
            .collect();
        assert!(
            left_over.is_empty(),
            "still in English after the switch: {left_over:?}"
        );

        c.refresh().await?;
        ready_in(c, "fr").await?;
        assert_eq!(path(c).await?, "/fr/");
        assert_eq!(text(c, "[aria-current=true]").await?, "Français");

        // Arriving without a language now follows the remembered choice.
        c.goto(&format!("{base}/")).await?;
        ready_in(c, "fr").await?;
        assert_eq!(path(c).await?, "/fr/");
        Ok(())
    })
}

fn first_visit_follows_the_browser_language<'a>(
    c: &'a Client,
    base: &'a str,
) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>> {
    Box::pin(async move {
        c.goto(&format!("{base}/")).await?;
        ready_in(c, "fr").await?;
        assert_eq!(path(c).await?, "/fr/");
        assert_eq!(text(c, ".skip-link").await?, "Aller au contenu principal");
        Ok(())
    })
}

fn french_link_opens_in_french_in_a_fresh_profile<'a>(
    c: &'a Client,
    base: &'a str,
) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>> {
    Box::pin(async move {
        c.goto(&format!("{base}/fr/")).await?;
        ready_in(c, "fr").await?;
        assert_eq!(
            text(c, "h1").await?,
            "ISO/IEC 27002\u{a0}: les mesures de sécurité de l’information en pratique"
        );
        // Opening a shared link is not a choice: the browser's language stays the default.
        c.goto(&format!("{base}/")).await?;
        ready_in(c, "en").await?;
        Ok(())
    })
}

fn unknown_address_shows_a_not_found_page<'a>(
    c: &'a Client,
    base: &'a str,
) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>> {
    Box::pin(async move {
        c.goto(&format!("{base}/fr/no/such/page")).await?;
        ready_in(c, "fr").await?;
        assert_eq!(
            text(c, "[data-testid=not-found] h1").await?,
            "Page introuvable"
        );
        // Following an in-app link must not reload the page: a marker set on
        // `window` survives only if the router handled it.
        c.execute("window.__sameDocument = true;", vec![]).await?;
        c.find(Locator::Css("[data-testid=not-found] a"))
            .await?
            .click()
            .await?;
        wait_for(
            c,
            "location.pathname === '/fr/'",
            "the link back to the French home",
        )
        .await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=empty-catalog]')",
            "the home page",
        )
        .await?;
        assert_eq!(
            harness::eval(c, "window.__sameDocument === true").await?,
            true
        );
        // Back returns to the previous page, again without a reload.
        c.back().await?;
        wait_for(
            c,
            "document.querySelector('[data-testid=not-found]')",
            "the not-found page after Back",
        )
        .await?;
        assert_eq!(
            harness::eval(c, "window.__sameDocument === true").await?,
            true
        );
        Ok(())
    })
}

fn trial(ctx: &Arc<Context>, name: &str, profile: BrowserProfile, journey: Journey) -> Trial {
    let ctx = Arc::clone(ctx);
    Trial::test(name, move || {
        ctx.runtime.block_on(async {
            let client = new_browser(&ctx.driver, &profile)
                .await
                .map_err(|e| Failed::from(e.to_string()))?;
            let outcome = journey(&client, &ctx.base).await;
            let _ = client.close().await;
            outcome.map_err(|e| Failed::from(e.to_string()))
        })
    })
}

fn main() {
    let args = Arguments::from_args();
    let context = (|| -> Result<Context, BoxError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        let dist = harness::dist_dir()?;
        let addr = runtime.block_on(harness::serve_static(dist))?;
        let driver = Chromedriver::start()?;
        Ok(Context {
            runtime,
            driver,
            base: format!("http://{addr}"),
        })
    })();
    let ctx = match context {
        Ok(ctx) => Arc::new(ctx),
        Err(e) => {
            eprintln!("e2e: cannot set up: {e}");
            std::process::exit(1);
        }
    };
    let english = BrowserProfile::default();
    let french = BrowserProfile {
        accept_language: "fr-CA,fr",
        ..BrowserProfile::default()
    };
    let trials = vec![
        trial(
            &ctx,
            "language_choice_is_remembered_across_reload",
            english.clone(),
            language_choice_is_remembered_across_reload,
        ),
        trial(
            &ctx,
            "first_visit_follows_the_browser_language",
            french,
            first_visit_follows_the_browser_language,
        ),
        trial(
            &ctx,
            "french_link_opens_in_french_in_a_fresh_profile",
            english.clone(),
            french_link_opens_in_french_in_a_fresh_profile,
        ),
        trial(
            &ctx,
            "unknown_address_shows_a_not_found_page",
            english,
            unknown_address_shows_a_not_found_page,
        ),
    ];
    let conclusion = libtest_mimic::run(&args, trials);
    drop(ctx);
    conclusion.exit();
}
