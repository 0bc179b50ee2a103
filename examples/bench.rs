//! The benchmark: sizes of the release site and, in headless Chromium with 4x
//! CPU throttling, cold load, language-switch latency and memory. Prints a
//! table with each figure beside its budget and writes the same as JSON.
//!
//! Run through `scripts/bench.sh`, which builds the release site first.

#[path = "../tests/e2e/harness.rs"]
mod harness;

use harness::{cdp, eval, new_browser, wait_for, BoxError, BrowserProfile, Chromedriver};
use serde_json::{json, Value};
use std::io::Write as _;
use std::path::Path;

const COLD_LOADS: usize = 5;
const SWITCHES: usize = 20;
const THROTTLE: f64 = 4.0;

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
/// CSS it references (404.html, a copy of index.html for static hosts, is not).
fn sizes(dist: &Path) -> Result<(Vec<Value>, usize), BoxError> {
    let mut rows = Vec::new();
    let mut initial_brotli = 0;
    let mut entries: Vec<_> = std::fs::read_dir(dist)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = match Path::new(&name).extension().and_then(|e| e.to_str()) {
            Some("wasm") => "wasm",
            Some("js") => "js",
            Some("css") => "css",
            Some("html") if name == "index.html" => "html",
            _ => continue,
        };
        let bytes = std::fs::read(entry.path())?;
        let (gz, br) = (gzip(&bytes)?, brotli(&bytes)?);
        initial_brotli += br;
        rows.push(
            json!({ "file": name, "kind": kind, "raw": bytes.len(), "gzip": gz, "brotli": br }),
        );
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

async fn browser_figures(base: &str) -> Result<(Vec<f64>, Vec<f64>, Vec<f64>, f64, f64), BoxError> {
    let driver = Chromedriver::start()?;
    let client = new_browser(&driver, &BrowserProfile::default()).await?;
    cdp(
        &client,
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": THROTTLE }),
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

    let (mut dom, mut painted) = (Vec::new(), Vec::new());
    for i in 0..SWITCHES {
        let target = if i % 2 == 0 { "fr" } else { "en" };
        let r = client
            .execute_async(SWITCH_SCRIPT, vec![json!(target)])
            .await?;
        dom.push(r["dom"].as_f64().ok_or("switch did not update the DOM")?);
        painted.push(r["painted"].as_f64().ok_or("no paint time")?);
    }

    cdp(&client, "HeapProfiler.collectGarbage", json!({})).await?;
    let heap = cdp(&client, "Runtime.getHeapUsage", json!({})).await?;
    let heap = heap["usedSize"].as_f64().ok_or("no heap figure")?;
    let wasm = eval(&client, "window.wasmBindings.wasm_memory_bytes()").await?;
    let wasm = wasm.as_f64().ok_or("no wasm memory figure")?;
    let _ = client.close().await;
    Ok((loads, dom, painted, heap, wasm))
}

fn main() -> Result<(), BoxError> {
    let dist = harness::dist_dir()?;
    let (files, initial_brotli) = sizes(&dist)?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let (mut loads, mut dom, mut painted, heap, wasm) = runtime.block_on(async {
        let addr = harness::serve_static(dist.clone()).await?;
        browser_figures(&format!("http://{addr}")).await
    })?;
    for v in [&mut loads, &mut dom, &mut painted] {
        v.sort_by(f64::total_cmp);
    }

    let kb = |b: f64| b / 1024.0;
    let mb = |b: f64| b / (1024.0 * 1024.0);
    let figures = [
        Figure {
            name: "initial transfer, brotli (HTML+JS+wasm+CSS)",
            value: kb(initial_brotli as f64),
            unit: "KiB",
            budget: Some(150.0),
        },
        Figure {
            name: "cold load to interactive, median of 5",
            value: percentile(&loads, 50.0),
            unit: "ms",
            budget: Some(1000.0),
        },
        Figure {
            name: "language switch, click to DOM, median of 20",
            value: percentile(&dom, 50.0),
            unit: "ms",
            budget: None,
        },
        Figure {
            name: "language switch, click to DOM, p90 of 20",
            value: percentile(&dom, 90.0),
            unit: "ms",
            budget: Some(50.0),
        },
        Figure {
            name: "language switch, click to painted, median",
            value: percentile(&painted, 50.0),
            unit: "ms",
            budget: None,
        },
        Figure {
            name: "language switch, click to painted, p90",
            value: percentile(&painted, 90.0),
            unit: "ms",
            budget: Some(50.0),
        },
        Figure {
            name: "JS heap used after the run",
            value: mb(heap),
            unit: "MiB",
            budget: Some(3.0),
        },
        Figure {
            name: "wasm linear memory after the run",
            value: mb(wasm),
            unit: "MiB",
            budget: Some(4.0),
        },
    ];

    println!("\nSizes of the release site ({}):", dist.display());
    println!(
        "{:<40} {:>10} {:>10} {:>10}",
        "file", "raw B", "gzip B", "brotli B"
    );
    for f in &files {
        let n = |k: &str| f[k].as_u64().unwrap_or(0);
        println!(
            "{:<40} {:>10} {:>10} {:>10}",
            f["file"].as_str().unwrap_or(""),
            n("raw"),
            n("gzip"),
            n("brotli")
        );
    }
    println!("\nIn headless Chromium, CPU throttled {THROTTLE}x:");
    println!("{:<48} {:>10} {:>10}", "figure", "value", "budget");
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
            "{:<48} {:>7.1} {:<3} {:>10}  {verdict}",
            f.name, f.value, f.unit, budget
        );
    }

    let report = json!({
        "throttle": THROTTLE,
        "files": files,
        "figures": figures.iter().map(|f| json!({ "name": f.name, "value": f.value, "unit": f.unit, "budget": f.budget })).collect::<Vec<_>>(),
        "samples": { "cold_load_ms": loads, "switch_dom_ms": dom, "switch_painted_ms": painted },
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
