//! The benchmark: sizes of the release site (raw, gzip and brotli) and, in
//! headless Chromium with 4x CPU throttling, cold load to interactive,
//! language-switch latency on the home page and on the longest lesson (the
//! largest bundle, as the lesson journeys choose it), answer feedback on the
//! checkpoint with the most one-click questions, a keystroke in the longest
//! lesson's reflection with every lesson of the course started, and memory.
//! It drives the site with the end-to-end tests' harness. Prints a table
//! with each figure beside its budget (the budgets are here) and writes the
//! same to `bench-results/bench.json`. It measures; nothing fails over
//! budget.
//!
//! On a slow phone network too (Slow 4G: 150 ms round trip, 1.6 Mbit/s
//! down, 750 kbit/s up, with the same CPU throttling, files gzipped as a CDN
//! sends them): first contentful paint and the catalog's module list (the
//! static shell's, then the app's) on a cold load, a lesson's text after its link is clicked, and the bytes of
//! the journey catalog → lesson → module → checkpoint. Last, what each part
//! of the first load's wasm costs (`bench/parts.rs`).
//!
//! Run through `scripts/bench.sh`, which builds the release site first.

#[path = "../tests/e2e/harness.rs"]
mod harness;
#[path = "bench/parts.rs"]
mod parts;

use harness::{
    cdp, eval, longest_lesson, new_browser, wait_for, BoxError, BrowserProfile, Chromedriver,
};
use serde_json::{json, Value};
use std::io::Write as _;
use std::path::Path;

const COLD_LOADS: usize = 5;
const SWITCHES: usize = 20;
const THROTTLE: f64 = 4.0;
const SLOW_LOADS: usize = 5;
/// Slow 4G as issue 18 defines it: round trip (ms), then download and upload
/// (bytes per second). Chromium adds the latency to every request.
const SLOW_4G: (f64, f64, f64) = (150.0, 1.6e6 / 8.0, 750e3 / 8.0);

struct Figure {
    name: &'static str,
    value: f64,
    unit: &'static str,
    budget: Option<f64>,
}

fn gzip(bytes: &[u8]) -> Result<usize, BoxError> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len())
}

fn brotli(bytes: &[u8]) -> Result<usize, BoxError> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out.len())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    // Nearest-rank percentile: the smallest value with at least p% at or below it.
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

/// Sizes of what a first visit downloads: the HTML page and the JS, wasm and
/// CSS it references (404.html, a copy of index.html for static hosts, is
/// not). The service worker, its registration script, the manifest and the
/// icons come after the page has loaded; they are listed with the kind
/// "after load" and not counted, as are the chunks in `lazy/` and a
/// stylesheet index.html does not link ("on demand").
fn sizes(dist: &Path) -> Result<(Vec<Value>, usize), BoxError> {
    let mut rows = Vec::new();
    let mut initial_brotli = 0;
    let page = std::fs::read_to_string(dist.join("index.html"))?;
    let mut entries: Vec<_> = std::fs::read_dir(dist)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = match Path::new(&name).extension().and_then(|e| e.to_str()) {
            _ if matches!(
                name.as_str(),
                "sw.js" | "sw-register.js" | "manifest.webmanifest"
            ) =>
            {
                "after load"
            }
            Some("wasm") => "wasm",
            Some("js") => "js",
            // A page's own styles (the certificate's), linked by that page
            // when it is opened, not by index.html.
            Some("css") if !page.contains(name.as_str()) => "on demand",
            Some("css") => "css",
            Some("html") if name == "index.html" => "html",
            _ => continue,
        };
        let bytes = std::fs::read(entry.path())?;
        let (gz, br) = (gzip(&bytes)?, brotli(&bytes)?);
        if kind != "after load" && kind != "on demand" {
            initial_brotli += br;
        }
        rows.push(
            json!({ "file": name, "kind": kind, "raw": bytes.len(), "gzip": gz, "brotli": br }),
        );
    }
    // The code of the pages fetched when first opened (src/ui/lazy.rs): one
    // chunk per page (`split_<page>`) and chunks pages share; not counted.
    let lazy = dist.join("lazy");
    if lazy.is_dir() {
        let mut chunks: Vec<_> = std::fs::read_dir(&lazy)?.filter_map(Result::ok).collect();
        chunks.sort_by_key(|e| e.file_name());
        for entry in chunks {
            let name = format!("lazy/{}", entry.file_name().to_string_lossy());
            let bytes = std::fs::read(entry.path())?;
            let (gz, br) = (gzip(&bytes)?, brotli(&bytes)?);
            rows.push(
                json!({ "file": name, "kind": "on demand", "raw": bytes.len(), "gzip": gz, "brotli": br }),
            );
        }
    }
    Ok((rows, initial_brotli))
}

/// Time from a click on the switcher to the updated DOM, and to the next
/// frame after it (painted), measured inside the page.
const SWITCH_SCRIPT: &str = r#"
const target = arguments[0];
const done = arguments[arguments.length - 1];
const link = document.querySelector(`[data-testid=switch-${target}]`);
const updated = () => document.documentElement.lang === target
    && link.getAttribute('aria-current') === 'true';
const t0 = performance.now();
let dom = null;
const finish = () => requestAnimationFrame(() => setTimeout(() =>
    done({ dom, painted: performance.now() - t0 }), 0));
const observer = new MutationObserver(() => {
    if (dom === null && updated()) { dom = performance.now() - t0; observer.disconnect(); finish(); }
});
observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
link.click();
if (dom === null && updated()) { dom = performance.now() - t0; observer.disconnect(); finish(); }
"#;

/// Time from a click on an answer (the first option of the first
/// single-choice or true/false question not yet answered, brought into view
/// first, as a learner would) to its feedback in the DOM, and to the next
/// frame after it (painted). Returns null when every such question is
/// answered.
const ANSWER_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const q = Array.from(document.querySelectorAll('.question[data-kind=single-choice], .question[data-kind=true-false]'))
    .find(q => !q.querySelector('[data-testid=feedback]'));
if (!q) { done(null); return; }
q.scrollIntoView({ block: 'center' });
requestAnimationFrame(() => setTimeout(() => {
    const button = q.querySelector('.choice__button');
    const answered = () => q.querySelector('[data-testid=feedback]') !== null;
    const t0 = performance.now();
    let dom = null;
    const finish = () => requestAnimationFrame(() => setTimeout(() =>
        done({ dom, painted: performance.now() - t0 }), 0));
    const observer = new MutationObserver(() => {
        if (dom === null && answered()) { dom = performance.now() - t0; observer.disconnect(); finish(); }
    });
    observer.observe(q, { subtree: true, childList: true });
    button.click();
    if (dom === null && answered()) { dom = performance.now() - t0; observer.disconnect(); finish(); }
}, 50));
"#;

/// Time from a click on a theme in the controls explorer (the technological
/// theme, ticked and unticked in turn: 34 controls, then all 93) to the
/// list's update in the DOM (a control shown or hidden), and to the next frame after it (painted).
const FILTER_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const list = document.querySelector('[data-testid=controls-list]');
const box = document.querySelector('input[data-theme=technological]');
const t0 = performance.now();
let dom = null;
const finish = () => requestAnimationFrame(() => setTimeout(() =>
    done({ dom, painted: performance.now() - t0 }), 0));
const observer = new MutationObserver(() => {
    if (dom === null) { dom = performance.now() - t0; observer.disconnect(); finish(); }
});
observer.observe(list, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
box.click();
"#;

/// Time from a keystroke in the lesson's reflection (a character added and
/// the `input` event sent, as typing does) to the end of its handler, and to
/// the next frame after it (painted).
const TYPE_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const box = document.querySelector('[data-testid=reflection]');
const t0 = performance.now();
box.value += 'a';
box.dispatchEvent(new Event('input', { bubbles: true }));
const handled = performance.now() - t0;
requestAnimationFrame(() => setTimeout(() =>
    done({ dom: handled, painted: performance.now() - t0 }), 0));
"#;

/// Progress with every lesson of the course started, its end reached and
/// a reflection of some length written: what a learner well into the
/// course has, so that a keystroke meets a full record.
fn full_progress() -> String {
    use savoir::domain::learner::progress::Progress;
    let mut progress = Progress::default();
    for m in &savoir::adapters::content::catalog().modules {
        for l in &m.lessons {
            progress.update_lesson(&m.id, &l.id, 1, |e| {
                e.reflection = "A reflection of some length. ".repeat(40);
                e.reached_end = true;
            });
        }
    }
    progress.encode()
}

/// Types `SWITCHES` characters into the reflection of the lesson on screen,
/// one per frame.
async fn typing_series(client: &fantoccini::Client) -> Result<Switches, BoxError> {
    client
        .execute(
            "const b = document.querySelector('[data-testid=reflection]'); b.scrollIntoView({ block: 'center' }); b.focus();",
            vec![],
        )
        .await?;
    let mut s = Switches::default();
    for _ in 0..SWITCHES {
        let r = client.execute_async(TYPE_SCRIPT, vec![]).await?;
        s.add(&r, "no handler time")?;
    }
    s.sort();
    Ok(s)
}

/// Answers checkpoint questions until there are `SWITCHES` samples,
/// finishing the attempt and starting another when one runs out.
async fn answer_series(client: &fantoccini::Client) -> Result<Switches, BoxError> {
    let mut s = Switches::default();
    while s.dom.len() < SWITCHES {
        let r = client.execute_async(ANSWER_SCRIPT, vec![]).await?;
        if r.is_null() {
            client
                .execute(
                    "document.querySelector('[data-testid=finish]').click();",
                    vec![],
                )
                .await?;
            wait_for(
                client,
                "document.querySelector('[data-testid=retry-checkpoint]')",
                "the result",
            )
            .await?;
            client
                .execute(
                    "document.querySelector('[data-testid=retry-checkpoint]').click();",
                    vec![],
                )
                .await?;
            wait_for(
                client,
                "!document.querySelector('[data-testid=result]') && !document.querySelector('[data-testid=feedback]')",
                "a new attempt",
            )
            .await?;
            continue;
        }
        s.add(&r, "no feedback appeared")?;
    }
    s.sort();
    Ok(s)
}

/// The module whose checkpoint has the most questions answered by one click.
fn busiest_checkpoint(dist: &Path) -> Result<String, BoxError> {
    let mut best = (0, String::new());
    for m in &savoir::adapters::content::catalog().modules {
        let file = dist.join("content").join(&m.id).join("module.json");
        let loaded = savoir::adapters::content::LoadedModule::from_json(
            &file.display().to_string(),
            &std::fs::read_to_string(&file)?,
        )?;
        let clicks = loaded
            .module
            .checkpoint
            .questions
            .iter()
            .filter(|q| matches!(q.kind.id(), "single-choice" | "true-false"))
            .count();
        if clicks > best.0 {
            best = (clicks, m.id.clone());
        }
    }
    if best.0 == 0 {
        return Err("no checkpoint has a single-choice or true/false question".into());
    }
    Ok(best.1)
}

/// Filters the controls explorer `SWITCHES` times.
async fn filter_series(client: &fantoccini::Client) -> Result<Switches, BoxError> {
    let mut s = Switches::default();
    for _ in 0..SWITCHES {
        let r = client.execute_async(FILTER_SCRIPT, vec![]).await?;
        s.add(&r, "the list did not change")?;
    }
    s.sort();
    Ok(s)
}

/// Latencies of a series of language switches, sorted.
#[derive(Default)]
struct Switches {
    dom: Vec<f64>,
    painted: Vec<f64>,
}

impl Switches {
    /// One sample as a script reports it (`{ dom, painted }`); `missing` says
    /// what it means when the DOM figure is absent.
    fn add(&mut self, r: &serde_json::Value, missing: &'static str) -> Result<(), BoxError> {
        self.dom.push(r["dom"].as_f64().ok_or(missing)?);
        self.painted
            .push(r["painted"].as_f64().ok_or("no paint time")?);
        Ok(())
    }

    fn sort(&mut self) {
        self.dom.sort_by(f64::total_cmp);
        self.painted.sort_by(f64::total_cmp);
    }
}

/// Put in every new document before its own scripts (through the DevTools
/// protocol, so outside the page's CSP): notes the frame in which a module
/// list is first visible (`window.__seen.list`: the static shell's or the
/// app's) and the frame in which the app's is (`window.__seen.app`), in ms
/// since the navigation started.
const WATCH_SCRIPT: &str = r#"
window.__seen = {};
const visible = css => { const e = document.querySelector(css); return e !== null && e.offsetParent !== null; };
const tick = () => {
    const now = performance.now();
    const app = visible('[data-testid=module-list]');
    if (window.__seen.list === undefined && (app || visible('#shell [data-shell-catalog]:not([hidden]) [data-testid=static-module-list]'))) {
        window.__seen.list = now;
    }
    if (app) { window.__seen.app = now; } else { requestAnimationFrame(tick); }
};
requestAnimationFrame(tick);
"#;

/// Time from a click on a link (`arguments[0]`, a CSS selector) to the
/// lesson's text in the DOM and the next frame after it.
const LESSON_CLICK_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const link = document.querySelector(arguments[0]);
const t0 = performance.now();
const shown = () => document.querySelector('article.lesson .lesson__header');
const observer = new MutationObserver(() => {
    if (shown()) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
    }
});
observer.observe(document.body, { subtree: true, childList: true });
link.click();
"#;

/// Bytes over the network (headers and bodies, as Resource Timing counts
/// them) and requests of this document so far.
const BYTES_SCRIPT: &str = r#"
const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
return [all.reduce((sum, e) => sum + (e.transferSize || 0), 0), all.length];
"#;

struct SlowNetwork {
    fcp: Vec<f64>,
    list: Vec<f64>,
    app_list: Vec<f64>,
    lesson_clicks: Vec<f64>,
    journey_bytes: f64,
    journey_requests: f64,
    /// The site's files a first visit to the catalog fetched, and a first
    /// visit to the longest lesson (up to its exercise).
    catalog_files: Vec<String>,
    lesson_files: Vec<String>,
}

/// The paths of the files this document fetched, itself included.
const FILES_SCRIPT: &str = r#"
return [location.pathname, ...performance.getEntriesByType('resource').map(r => new URL(r.name).pathname)];
"#;

/// The brotli bytes of the HTML, JS, wasm and CSS among `paths` (a page's
/// address counts as `index.html`, which every address is served), from
/// the size table; lesson text and what comes after load are not counted.
fn visit_brotli(files: &[Value], paths: &[String]) -> f64 {
    let mut seen = std::collections::BTreeSet::new();
    for path in paths {
        let path = path.trim_start_matches('/');
        let file = if path.ends_with(".js") || path.ends_with(".wasm") || path.ends_with(".css") {
            path
        } else if path.starts_with("content/") || path.contains('.') {
            continue;
        } else {
            "index.html"
        };
        seen.insert(file.to_owned());
    }
    files
        .iter()
        .filter(|f| {
            matches!(
                f["kind"].as_str(),
                Some("html" | "js" | "wasm" | "css" | "on demand")
            ) && f["file"].as_str().is_some_and(|name| seen.contains(name))
        })
        .filter_map(|f| f["brotli"].as_f64())
        .sum()
}

/// The slow-network figures, against a host that gzips.
async fn slow_network_figures(base: &str, lesson_path: &str) -> Result<SlowNetwork, BoxError> {
    let driver = Chromedriver::start()?;
    let client = new_browser(&driver, &BrowserProfile::default()).await?;
    let c = &client;
    cdp(
        c,
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": THROTTLE }),
    )
    .await?;
    cdp(c, "Network.enable", json!({})).await?;
    cdp(
        c,
        "Network.setBypassServiceWorker",
        json!({ "bypass": true }),
    )
    .await?;
    let (latency, down, up) = SLOW_4G;
    cdp(
        c,
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": latency, "downloadThroughput": down, "uploadThroughput": up }),
    )
    .await?;
    cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": WATCH_SCRIPT }),
    )
    .await?;
    let catalog = savoir::adapters::content::catalog();
    let lessons: Vec<String> = catalog
        .modules
        .iter()
        .filter_map(|m| {
            m.lessons.first().map(|l| {
                savoir::domain::shared::route::lesson(
                    savoir::domain::shared::language::Lang::En,
                    &m.id,
                    &l.id,
                )
            })
        })
        .collect();
    let mut s = SlowNetwork {
        fcp: Vec::new(),
        list: Vec::new(),
        app_list: Vec::new(),
        lesson_clicks: Vec::new(),
        journey_bytes: 0.0,
        journey_requests: 0.0,
        catalog_files: Vec::new(),
        lesson_files: Vec::new(),
    };
    for i in 0..SLOW_LOADS {
        cdp(c, "Network.clearBrowserCache", json!({})).await?;
        c.goto("about:blank").await?;
        c.goto(&format!("{base}/en/")).await?;
        wait_for(
            c,
            "document.documentElement.dataset.ready === 'true' && typeof window.__seen.app === 'number'",
            "the catalog on a slow network",
        )
        .await?;
        let fcp = eval(
            c,
            "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime",
        )
        .await?;
        s.fcp.push(fcp.as_f64().ok_or("no first contentful paint")?);
        let list = eval(c, "window.__seen.list").await?;
        // Nothing is seen before the first paint, whatever frame the list
        // was in.
        let list = list.as_f64().ok_or("no module list time")?;
        s.list.push(list.max(s.fcp.last().copied().unwrap_or(0.0)));
        let app = eval(c, "window.__seen.app").await?;
        s.app_list
            .push(app.as_f64().ok_or("no time for the app's module list")?);
        if i == 0 {
            s.catalog_files = serde_json::from_value(c.execute(FILES_SCRIPT, vec![]).await?)?;
        }
        // A lesson not fetched before, from the catalog.
        let lesson = lessons.get(i % lessons.len().max(1)).ok_or("no lesson")?;
        let ms = c
            .execute_async(
                LESSON_CLICK_SCRIPT,
                vec![json!(format!("a[href='{lesson}']"))],
            )
            .await?;
        s.lesson_clicks
            .push(ms.as_f64().ok_or("the lesson's text did not appear")?);
        if i == 0 {
            // The journey goes on: the module (its breadcrumb), then its checkpoint.
            c.execute(
                "document.querySelectorAll('.breadcrumbs a')[1].click();",
                vec![],
            )
            .await?;
            wait_for(
                c,
                "document.querySelector('[data-testid=open-checkpoint]')",
                "the module page",
            )
            .await?;
            c.execute(
                "document.querySelector('[data-testid=open-checkpoint]').click();",
                vec![],
            )
            .await?;
            wait_for(
                c,
                "document.querySelector('.question') && !document.querySelector('[data-testid=page-loading]')",
                "the checkpoint",
            )
            .await?;
            let bytes = c.execute(BYTES_SCRIPT, vec![]).await?;
            s.journey_bytes = bytes[0].as_f64().ok_or("no byte count")?;
            s.journey_requests = bytes[1].as_f64().ok_or("no request count")?;
        }
    }
    // A first visit to the longest lesson, until its exercise is there.
    cdp(c, "Network.clearBrowserCache", json!({})).await?;
    c.goto("about:blank").await?;
    c.goto(&format!("{base}{lesson_path}")).await?;
    wait_for(
        c,
        "document.documentElement.dataset.ready === 'true' && document.querySelector('#question-exercise')",
        "the lesson's exercise on a slow network",
    )
    .await?;
    s.lesson_files = serde_json::from_value(c.execute(FILES_SCRIPT, vec![]).await?)?;
    s.fcp.sort_by(f64::total_cmp);
    s.list.sort_by(f64::total_cmp);
    s.app_list.sort_by(f64::total_cmp);
    s.lesson_clicks.sort_by(f64::total_cmp);
    let _ = client.close().await;
    Ok(s)
}

struct Measured {
    loads: Vec<f64>,
    home: Switches,
    lesson: Switches,
    typing: Switches,
    answers: Switches,
    filters: Switches,
    heap: f64,
    wasm: f64,
}

/// Switches language back and forth on the current page.
async fn switch_series(client: &fantoccini::Client) -> Result<Switches, BoxError> {
    let mut s = Switches::default();
    for i in 0..SWITCHES {
        let target = if i % 2 == 0 { "fr" } else { "en" };
        let r = client
            .execute_async(SWITCH_SCRIPT, vec![json!(target)])
            .await?;
        s.add(&r, "switch did not update the DOM")?;
    }
    s.sort();
    Ok(s)
}

async fn browser_figures(
    base: &str,
    lesson_path: &str,
    checkpoint_path: &str,
) -> Result<Measured, BoxError> {
    let driver = Chromedriver::start()?;
    let client = new_browser(&driver, &BrowserProfile::default()).await?;
    cdp(
        &client,
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": THROTTLE }),
    )
    .await?;
    // Every load comes from the network, as a first visit does: the offline
    // copy that the service worker keeps after the first one is bypassed.
    cdp(&client, "Network.enable", json!({})).await?;
    cdp(
        &client,
        "Network.setBypassServiceWorker",
        json!({ "bypass": true }),
    )
    .await?;

    let mut loads = Vec::new();
    for _ in 0..COLD_LOADS {
        cdp(&client, "Network.clearBrowserCache", json!({})).await?;
        client.goto("about:blank").await?;
        client.goto(&format!("{base}/en/")).await?;
        wait_for(
            &client,
            "document.documentElement.dataset.ready === 'true'",
            "the app",
        )
        .await?;
        let ms = eval(
            &client,
            "performance.getEntriesByName('savoir:interactive')[0].startTime",
        )
        .await?;
        loads.push(ms.as_f64().ok_or("no interactive mark")?);
    }
    loads.sort_by(f64::total_cmp);
    let home = switch_series(&client).await?;

    client.goto(&format!("{base}{lesson_path}")).await?;
    wait_for(
        &client,
        "document.querySelector('.lesson__title')",
        "the longest lesson",
    )
    .await?;
    let lesson = switch_series(&client).await?;

    client.goto(&format!("{base}{checkpoint_path}")).await?;
    wait_for(
        &client,
        "document.querySelector('.question')",
        "the checkpoint",
    )
    .await?;
    let answers = answer_series(&client).await?;

    client.goto(&format!("{base}/en/controls")).await?;
    wait_for(
        &client,
        "document.querySelectorAll('[data-testid=controls-list] > li:not([hidden])').length === 93",
        "the controls explorer",
    )
    .await?;
    let filters = filter_series(&client).await?;

    cdp(&client, "HeapProfiler.collectGarbage", json!({})).await?;
    let heap = cdp(&client, "Runtime.getHeapUsage", json!({})).await?;
    let heap = heap["usedSize"].as_f64().ok_or("no heap figure")?;
    let wasm = eval(&client, "window.wasmBindings.wasm_memory_bytes()").await?;
    let wasm = wasm.as_f64().ok_or("no wasm memory figure")?;

    // Last, so that no figure above meets the larger record: the longest
    // lesson again, for a learner well into the course.
    client
        .execute(
            "localStorage.setItem('savoir:progress', arguments[0]);",
            vec![json!(full_progress())],
        )
        .await?;
    client.goto(&format!("{base}{lesson_path}")).await?;
    wait_for(
        &client,
        "document.querySelector('[data-testid=reflection]')",
        "the reflection",
    )
    .await?;
    let typing = typing_series(&client).await?;
    let _ = client.close().await;
    Ok(Measured {
        loads,
        home,
        lesson,
        typing,
        answers,
        filters,
        heap,
        wasm,
    })
}

/// Where the splitter left the main module with its names: scripts/dist.sh
/// sets `SAVOIR_SPLIT_OUT` to the cargo target folder's `split/`.
fn split_main() -> std::path::PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    std::env::var_os("SAVOIR_SPLIT_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| target.join("split"))
        .join("savoir.wasm")
}

/// What each part of the first load's wasm costs: its share of the main
/// module's code before optimisation, and that share of the shipped
/// module's brotli size (an estimate: parts do not compress alike).
fn print_parts(files: &[Value]) {
    let main_brotli = files
        .iter()
        .find(|f| f["kind"] == "wasm" && !f["file"].as_str().unwrap_or("").starts_with("lazy/"))
        .and_then(|f| f["brotli"].as_f64())
        .unwrap_or(0.0);
    let file = split_main();
    let (list, code, data) = match parts::parts(&file) {
        Ok(p) => p,
        Err(e) => {
            println!("\nNo breakdown of the wasm ({}): {e}", file.display());
            return;
        }
    };
    let total = (code + data) as f64;
    println!(
        "\nWhat the first load's wasm holds ({}, before wasm-opt: {} B of code, {} B of data); ≈ brotli is the share of the shipped module's {:.1} KiB:",
        file.display(),
        code,
        data,
        main_brotli / 1024.0
    );
    println!(
        "{:<48} {:>10} {:>7} {:>10}",
        "part", "raw B", "share", "≈ brotli"
    );
    let row = |name: &str, bytes: usize| {
        let share = bytes as f64 / total;
        println!(
            "{name:<48} {bytes:>10} {:>6.1}% {:>6.1} KiB",
            share * 100.0,
            share * main_brotli / 1024.0
        );
    };
    row("data (text of every locale, tables, constants)", data);
    let shown = 24;
    for p in list.iter().take(shown) {
        row(&p.name, p.bytes);
    }
    let rest: usize = list.iter().skip(shown).map(|p| p.bytes).sum();
    row(
        &format!("{} smaller parts", list.len().saturating_sub(shown)),
        rest,
    );
}

fn main() -> Result<(), BoxError> {
    let dist = harness::dist_dir()?;
    let (files, initial_brotli) = sizes(&dist)?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let (module, lesson) = longest_lesson(&dist)?;
    let lesson_path = format!("/en/modules/{module}/lessons/{lesson}");
    let checkpoint_path = format!("/en/modules/{}/checkpoint", busiest_checkpoint(&dist)?);
    let m = runtime.block_on(async {
        let addr = harness::serve_static(dist.clone()).await?;
        browser_figures(&format!("http://{addr}"), &lesson_path, &checkpoint_path).await
    })?;
    let slow = runtime.block_on(async {
        let site = harness::StaticSite::start_gzip(dist.clone()).await?;
        slow_network_figures(&format!("http://{}", site.addr), &lesson_path).await
    })?;

    let kb = |b: f64| b / 1024.0;
    let mb = |b: f64| b / (1024.0 * 1024.0);
    let fig = |name: &'static str, value: f64, unit: &'static str, budget: Option<f64>| Figure {
        name,
        value,
        unit,
        budget,
    };
    let figures = [
        fig(
            "initial transfer, brotli (HTML+JS+wasm+CSS)",
            kb(initial_brotli as f64),
            "KiB",
            Some(150.0),
        ),
        fig(
            "first visit to the catalog, brotli of what it fetched",
            kb(visit_brotli(&files, &slow.catalog_files)),
            "KiB",
            Some(150.0),
        ),
        fig(
            "first visit to a lesson (to its exercise), the same",
            kb(visit_brotli(&files, &slow.lesson_files)),
            "KiB",
            Some(150.0),
        ),
        fig(
            "cold load to interactive, median of 5",
            percentile(&m.loads, 50.0),
            "ms",
            Some(1000.0),
        ),
        fig(
            "home: language switch, click to DOM, median",
            percentile(&m.home.dom, 50.0),
            "ms",
            None,
        ),
        fig(
            "home: language switch, click to DOM, p90",
            percentile(&m.home.dom, 90.0),
            "ms",
            Some(50.0),
        ),
        fig(
            "home: language switch, click to painted, p90",
            percentile(&m.home.painted, 90.0),
            "ms",
            None,
        ),
        fig(
            "longest lesson: switch, click to DOM, median",
            percentile(&m.lesson.dom, 50.0),
            "ms",
            None,
        ),
        fig(
            "longest lesson: switch, click to DOM, p90",
            percentile(&m.lesson.dom, 90.0),
            "ms",
            Some(50.0),
        ),
        fig(
            "longest lesson: switch, click to painted, median",
            percentile(&m.lesson.painted, 50.0),
            "ms",
            None,
        ),
        fig(
            "longest lesson: switch, click to painted, p90",
            percentile(&m.lesson.painted, 90.0),
            "ms",
            Some(40.0),
        ),
        fig(
            "reflection: keystroke, input handled, median",
            percentile(&m.typing.dom, 50.0),
            "ms",
            None,
        ),
        fig(
            "reflection: keystroke, input handled, p90",
            percentile(&m.typing.dom, 90.0),
            "ms",
            None,
        ),
        fig(
            "reflection: keystroke to painted, median",
            percentile(&m.typing.painted, 50.0),
            "ms",
            None,
        ),
        fig(
            "reflection: keystroke to painted, p90",
            percentile(&m.typing.painted, 90.0),
            "ms",
            None,
        ),
        fig(
            "checkpoint: answer, click to feedback in DOM, p90",
            percentile(&m.answers.dom, 90.0),
            "ms",
            None,
        ),
        fig(
            "checkpoint: answer, click to painted, median",
            percentile(&m.answers.painted, 50.0),
            "ms",
            None,
        ),
        fig(
            "checkpoint: answer, click to painted, p90",
            percentile(&m.answers.painted, 90.0),
            "ms",
            Some(30.0),
        ),
        fig(
            "controls: filter, click to list in DOM, p90",
            percentile(&m.filters.dom, 90.0),
            "ms",
            Some(16.0),
        ),
        fig(
            "controls: filter, click to painted, p90",
            percentile(&m.filters.painted, 90.0),
            "ms",
            None,
        ),
        fig(
            "Slow 4G: first contentful paint, median of 5",
            percentile(&slow.fcp, 50.0),
            "ms",
            Some(600.0),
        ),
        fig(
            "Slow 4G: catalog's module list shown, median of 5",
            percentile(&slow.list, 50.0),
            "ms",
            Some(1500.0),
        ),
        fig(
            "Slow 4G: the app's module list (with progress), median",
            percentile(&slow.app_list, 50.0),
            "ms",
            None,
        ),
        fig(
            "Slow 4G: lesson link clicked to its text, median",
            percentile(&slow.lesson_clicks, 50.0),
            "ms",
            Some(500.0),
        ),
        fig(
            "Slow 4G: lesson link clicked to its text, slowest",
            percentile(&slow.lesson_clicks, 100.0),
            "ms",
            None,
        ),
        fig(
            "Slow 4G: catalog → lesson → module → checkpoint",
            kb(slow.journey_bytes),
            "KiB",
            None,
        ),
        fig(
            "Slow 4G: the same journey's requests",
            slow.journey_requests,
            "",
            None,
        ),
        fig("JS heap used after the run", mb(m.heap), "MiB", Some(3.0)),
        fig(
            "wasm linear memory after the run",
            mb(m.wasm),
            "MiB",
            Some(4.0),
        ),
    ];

    println!("\nSizes of the release site ({}):", dist.display());
    println!(
        "{:<48} {:>10} {:>10} {:>10}  kind",
        "file", "raw B", "gzip B", "brotli B"
    );
    for f in &files {
        let n = |k: &str| f[k].as_u64().unwrap_or(0);
        println!(
            "{:<48} {:>10} {:>10} {:>10}  {}",
            f["file"].as_str().unwrap_or(""),
            n("raw"),
            n("gzip"),
            n("brotli"),
            f["kind"].as_str().unwrap_or("")
        );
    }
    print_parts(&files);
    println!("\nIn headless Chromium, CPU throttled {THROTTLE}x (longest lesson: {lesson_path}; checkpoint: {checkpoint_path}):");
    println!("{:<50} {:>10} {:>10}", "figure", "value", "budget");
    let mut over = 0;
    for f in &figures {
        let (budget, verdict) = match f.budget {
            Some(b) if f.value <= b => (format!("{b} {}", f.unit), "ok"),
            Some(b) => {
                over += 1;
                (format!("{b} {}", f.unit), "OVER BUDGET")
            }
            None => ("-".into(), ""),
        };
        println!(
            "{:<50} {:>7.1} {:<3} {:>10}  {verdict}",
            f.name, f.value, f.unit, budget
        );
    }

    let report = json!({
        "throttle": THROTTLE,
        "files": files,
        "figures": figures.iter().map(|f| json!({ "name": f.name, "value": f.value, "unit": f.unit, "budget": f.budget })).collect::<Vec<_>>(),
        "longest_lesson": lesson_path,
        "first_visit_files": { "catalog": slow.catalog_files, "lesson": slow.lesson_files },
        "checkpoint": checkpoint_path,
        "samples": {
            "cold_load_ms": m.loads,
            "home_switch_dom_ms": m.home.dom,
            "home_switch_painted_ms": m.home.painted,
            "lesson_switch_dom_ms": m.lesson.dom,
            "lesson_switch_painted_ms": m.lesson.painted,
            "keystroke_handled_ms": m.typing.dom,
            "keystroke_painted_ms": m.typing.painted,
            "answer_feedback_dom_ms": m.answers.dom,
            "answer_feedback_painted_ms": m.answers.painted,
            "slow_4g_first_contentful_paint_ms": slow.fcp,
            "slow_4g_module_list_ms": slow.list,
            "slow_4g_app_module_list_ms": slow.app_list,
            "slow_4g_lesson_click_ms": slow.lesson_clicks,
        },
    });
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-results");
    std::fs::create_dir_all(&out)?;
    std::fs::write(
        out.join("bench.json"),
        serde_json::to_string_pretty(&report)?,
    )?;
    println!("\nwritten to bench-results/bench.json; {over} figure(s) over budget");
    Ok(())
}
