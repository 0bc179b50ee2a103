//! What the end-to-end tests and the benchmark drive the built site with: a
//! static file server and chromedriver, both on loopback with free ports and
//! both stopped when dropped, and headless Chromium sessions with fresh profiles.
//! A [`StaticSite`] can be taken down and redeployed (the offline journeys).
//! [`Ralph`] is a real Learning Record Store for the xAPI journeys, which
//! can be stopped and restarted.
//! Sessions keep the browser console (`goog:loggingPrefs`, read through
//! chromedriver's log endpoint), so that [`assert_no_csp_violation`] can fail
//! a journey on a Content Security Policy violation.

#![allow(dead_code)] // each includer uses a different part

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::{Ipv4Addr, SocketAddr, TcpListener as StdListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The first half of `text`, cut at the character boundary at or before
/// its middle (a file holding French text may have a two-byte letter
/// there): a file cut short, as a failed download leaves it.
pub fn first_half(text: &str) -> &str {
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// Runs `node` in the repository's folder with `args` (a script of the
/// repository and its arguments); its standard output, or, if it failed,
/// an error with everything it printed.
pub fn node(args: &[&std::ffi::OsStr]) -> Result<String, BoxError> {
    let out = std::process::Command::new("node")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "node {args:?} failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// The built site: `SAVOIR_DIST`, else `dist/` beside Cargo.toml.
pub fn dist_dir() -> Result<PathBuf, BoxError> {
    let dir = std::env::var_os("SAVOIR_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    if !dir.join("index.html").is_file() {
        return Err(format!(
            "no built site at {} (run `trunk build --release` first, or use the README's test command)",
            dir.display()
        )
        .into());
    }
    Ok(dir)
}

/// The lesson with the largest bundle in a built site, as `(module, lesson)`:
/// the longest lesson, which the benchmark and the lesson journeys use.
pub fn longest_lesson(dist: &Path) -> Result<(String, String), BoxError> {
    let mut best: Option<(u64, String, String)> = None;
    for module in std::fs::read_dir(dist.join("content"))?.filter_map(Result::ok) {
        // Files beside the module folders (the controls' data) hold no lesson.
        if !module.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(module.path())?.filter_map(Result::ok) {
            let name = file.file_name().to_string_lossy().into_owned();
            let Some(lesson) = name.strip_suffix(".json").filter(|n| *n != "module") else {
                continue;
            };
            let size = file.metadata()?.len();
            if best.as_ref().is_none_or(|(s, _, _)| size > *s) {
                let module = module.file_name().to_string_lossy().into_owned();
                best = Some((size, module, lesson.to_owned()));
            }
        }
    }
    best.map(|(_, module, lesson)| (module, lesson))
        .ok_or_else(|| "no lesson in the site's content/".into())
}

fn free_port() -> Result<u16, BoxError> {
    Ok(StdListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}

/// Serves `root` over HTTP/1.1 on 127.0.0.1, like a static host configured
/// for a single-page app: a path with no file extension that has no file
/// gets `index.html`.
pub async fn serve_static(root: PathBuf) -> Result<SocketAddr, BoxError> {
    Ok(StaticSite::start(root).await?.addr)
}

/// A static host the test controls: it can go down (every connection is
/// closed unanswered, as when a learner loses the network) and come back
/// with another folder (a new deploy).
#[derive(Clone)]
pub struct StaticSite {
    pub addr: SocketAddr,
    root: std::sync::Arc<std::sync::RwLock<PathBuf>>,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Whether text files go gzipped to a browser that accepts it, as a
    /// CDN serves them (the benchmark's slow network figures).
    gzip: bool,
    /// Gzipped bodies already made, by file and content: a CDN compresses
    /// once, not on every request.
    zipped: std::sync::Arc<Zipped>,
    /// Whether `.wasm` goes out as `application/octet-stream`, as from a
    /// server that does not know the type (Moodle serving a package).
    wasm_untyped: bool,
}

impl StaticSite {
    pub async fn start(root: PathBuf) -> Result<StaticSite, BoxError> {
        StaticSite::start_with(root, false, false).await
    }

    /// A site that serves `.wasm` files as `application/octet-stream`, as
    /// an LMS serves a SCORM package's files (Moodle knows no `.wasm`).
    pub async fn start_like_an_lms(root: PathBuf) -> Result<StaticSite, BoxError> {
        StaticSite::start_with(root, false, true).await
    }

    /// A site whose text files (HTML, JS, wasm, CSS, JSON, SVG) are sent
    /// gzipped to a browser that accepts it. (Chromium offers brotli over
    /// HTTPS only; this host is plain HTTP on loopback.)
    pub async fn start_gzip(root: PathBuf) -> Result<StaticSite, BoxError> {
        StaticSite::start_with(root, true, false).await
    }

    async fn start_with(
        root: PathBuf,
        gzip: bool,
        wasm_untyped: bool,
    ) -> Result<StaticSite, BoxError> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let site = StaticSite {
            addr: listener.local_addr()?,
            root: std::sync::Arc::new(std::sync::RwLock::new(root)),
            up: std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true)),
            gzip,
            zipped: std::sync::Arc::default(),
            wasm_untyped,
        };
        let serving = site.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let site = serving.clone();
                tokio::spawn(async move { site.answer(socket).await });
            }
        });
        Ok(site)
    }

    /// Takes the site down (`false`) or brings it back (`true`).
    pub fn set_up(&self, up: bool) {
        self.up.store(up, std::sync::atomic::Ordering::SeqCst);
    }

    /// Serves another folder from now on.
    pub fn deploy(&self, root: PathBuf) {
        if let Ok(mut current) = self.root.write() {
            *current = root;
        }
    }

    async fn answer(&self, mut socket: tokio::net::TcpStream) {
        if !self.up.load(std::sync::atomic::Ordering::SeqCst) {
            return; // dropped: the browser sees a network error
        }
        let mut buf = vec![0u8; 8192];
        let mut len = 0;
        // Read until the end of the request head (GET/HEAD have no body).
        loop {
            match socket.read(&mut buf[len..]).await {
                Ok(0) | Err(_) => return,
                Ok(n) => len += n,
            }
            if buf[..len].windows(4).any(|w| w == b"\r\n\r\n") || len == buf.len() {
                break;
            }
        }
        let head = String::from_utf8_lossy(&buf[..len]);
        let mut parts = head.split_whitespace();
        let method = parts.next().unwrap_or("");
        let target = parts.next().unwrap_or("/");
        let gzip = self.gzip
            && head.lines().any(|line| {
                line.to_ascii_lowercase()
                    .strip_prefix("accept-encoding:")
                    .is_some_and(|v| v.contains("gzip"))
            });
        let root = self.root.read().map(|r| r.clone()).unwrap_or_default();
        let zipped = gzip.then_some(&*self.zipped);
        let response = respond(&root, method, target, zipped, self.wasm_untyped).await;
        let _ = socket.write_all(&response).await;
        let _ = socket.shutdown().await;
    }
}

type Zipped = std::sync::Mutex<std::collections::HashMap<(PathBuf, Vec<u8>), Vec<u8>>>;

/// The response to one request; `zipped` (the site's cache of compressed
/// bodies) when the body may go gzipped.
async fn respond(
    root: &Path,
    method: &str,
    target: &str,
    zipped: Option<&Zipped>,
    wasm_untyped: bool,
) -> Vec<u8> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let safe = !path.split('/').any(|seg| seg == "..");
    let mut file = root.join(path.trim_start_matches('/'));
    if file.is_dir() {
        file = file.join("index.html");
    }
    // Unknown paths get the app, as on the hosts the README names, but a
    // missing file of a kind the site serves (a lesson's bundle, a script)
    // is "not found". A control's page (`/en/controls/8.15`) is a path, not
    // a file named `8.15`.
    let is_asset = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| {
            matches!(
                e,
                "json"
                    | "js"
                    | "wasm"
                    | "css"
                    | "svg"
                    | "png"
                    | "ico"
                    | "webmanifest"
                    | "html"
                    | "txt"
            )
        });
    if !file.is_file() && !is_asset {
        file = root.join("index.html");
    }
    let (status, body) = match (safe, tokio::fs::read(&file).await) {
        (true, Ok(bytes)) => ("200 OK", bytes),
        _ => ("404 Not Found", b"not found".to_vec()),
    };
    let content_type = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") if !wasm_untyped => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("ftl" | "toml" | "txt") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    };
    let (body, encoding) = match zipped {
        Some(cache) if content_type != "image/png" => {
            let key = (file.clone(), body);
            let known = cache.lock().ok().and_then(|c| c.get(&key).cloned());
            let gz = match known {
                Some(gz) => Some(gz),
                None => {
                    use std::io::Write as _;
                    let mut enc =
                        flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                    let gz = enc.write_all(&key.1).and_then(|()| enc.finish()).ok();
                    if let (Some(gz), Ok(mut c)) = (&gz, cache.lock()) {
                        c.insert(key.clone(), gz.clone());
                    }
                    gz
                }
            };
            match gz {
                Some(gz) => (gz, "content-encoding: gzip\r\nvary: accept-encoding\r\n"),
                None => (key.1, ""),
            }
        }
        _ => (body, ""),
    };
    let mut out = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\n{encoding}content-length: {}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    if method != "HEAD" {
        out.extend_from_slice(&body);
    }
    out
}

/// A chromedriver process on a free loopback port, killed on drop.
///
/// It and the browsers it starts get a temporary folder of their own, removed
/// on drop: Chromium leaves folders of 100 MB and more in the temporary folder
/// when a session is not closed cleanly, and a run of the journeys would
/// otherwise fill a small disk over a few runs.
pub struct Chromedriver {
    child: Child,
    tmp: std::path::PathBuf,
    pub url: String,
}

impl Chromedriver {
    pub fn start() -> Result<Chromedriver, BoxError> {
        let program = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = free_port()?;
        let tmp =
            std::env::temp_dir().join(format!("savoir-chromium-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&tmp)?;
        let child = Command::new(&program)
            .env("TMPDIR", &tmp)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {program}: {e} (run scripts/setup.sh)"))?;
        let driver = Chromedriver {
            child,
            tmp,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            if Instant::now() > deadline {
                return Err("chromedriver did not start within 30 s".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(driver)
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.tmp);
    }
}

/// Ralph, a real Learning Record Store (xAPI), on a free loopback port,
/// killed on drop. It keeps statements in files under a temporary folder
/// of its own (removed on drop), through `tests/lrs/ralph.py`, from the
/// virtual environment that `scripts/setup.sh --test` makes in
/// `.tools/ralph`. Two users: a writer that may only send statements
/// ([`Ralph::write_key`], what the app is given) and a reader that may only
/// read them ([`Ralph::read_key`], what [`Ralph::statements`] uses). It can
/// be stopped (connections refused) and restarted on the same port with
/// the same statements and users. Its output goes to `ralph.log` in its
/// folder, whose end a failed start tells.
pub struct Ralph {
    child: Option<Child>,
    tmp: PathBuf,
    port: u16,
    origin: String,
    /// The LRS's base address, ending with a slash: statements go to
    /// `{endpoint}statements`.
    pub endpoint: String,
    /// What goes after `Basic ` for the writer (scope `statements/write`).
    pub write_key: String,
    /// What goes after `Basic ` for the reader (scope `statements/read`).
    pub read_key: String,
}

impl Ralph {
    /// Starts Ralph, letting pages from `origin` (`http://127.0.0.1:PORT`,
    /// the site's) call it from the browser, and waits until it answers.
    pub fn start(origin: &str) -> Result<Ralph, BoxError> {
        let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/ralph/bin");
        if !bin.join("ralph").is_file() {
            return Err(format!(
                "no Ralph at {} (run scripts/setup.sh --test)",
                bin.display()
            )
            .into());
        }
        let port = free_port()?;
        let tmp = std::env::temp_dir().join(format!("savoir-ralph-{}-{port}", std::process::id()));
        let mut ralph = Ralph {
            child: None,
            tmp: tmp.clone(),
            port,
            origin: origin.to_owned(),
            endpoint: format!("http://127.0.0.1:{port}/xAPI/"),
            write_key: String::new(),
            read_key: String::new(),
        };
        std::fs::create_dir_all(tmp.join("app"))?;
        std::fs::create_dir_all(tmp.join("data"))?;
        ralph.write_key = ralph.add_user("writer", "statements/write")?;
        ralph.read_key = ralph.add_user("reader", "statements/read")?;
        ralph.restart()?;
        Ok(ralph)
    }

    /// Records a cmi5 launch, as an LMS does before it launches an AU
    /// (`tests/lrs/ralph.py` serves it): `launch` holds `actor`,
    /// `activityId`, `registration` and `launchData` (`LMS.LaunchData`).
    /// Its token is the key of the LMS's user, which may write statements
    /// and read its own (made at the first launch: Ralph reads its users
    /// once, so it is restarted then). The fetch URL to put in the AU's
    /// address.
    pub fn cmi5_launch(&mut self, mut launch: Value) -> Result<String, BoxError> {
        use base64::Engine;
        let dir = self.tmp.join("data").join("cmi5");
        std::fs::create_dir_all(&dir)?;
        let users = std::fs::read_to_string(self.tmp.join("app/auth.json")).unwrap_or_default();
        if !users.contains("\"cmi5-lms\"") {
            self.add_user_with("cmi5-lms", &["statements/write", "statements/read/mine"])?;
            self.restart()?;
        }
        let key = base64::engine::general_purpose::STANDARD.encode("cmi5-lms:cmi5-lms-savoir-e2e");
        let n = std::fs::read_dir(&dir)?.count();
        let token = format!("t{n}x{}", std::process::id());
        launch["auth"] = Value::String(key);
        std::fs::write(dir.join(format!("{token}.json")), launch.to_string())?;
        Ok(format!("http://127.0.0.1:{}/cmi5/fetch/{token}", self.port))
    }

    /// Adds a user with one scope to `auth.json` (`ralph auth`); its key.
    fn add_user(&self, name: &str, scope: &str) -> Result<String, BoxError> {
        self.add_user_with(name, &[scope])
    }

    /// Adds a user with these scopes to `auth.json`; its key. (A running
    /// Ralph knows it once restarted.)
    fn add_user_with(&self, name: &str, scopes: &[&str]) -> Result<String, BoxError> {
        use base64::Engine;
        let password = format!("{name}-savoir-e2e");
        let out = Command::new(self.bin().join("ralph"))
            .current_dir(&self.tmp)
            .env("RALPH_APP_DIR", self.tmp.join("app"))
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .args(["auth", "-u", name, "-p", &password, "-w"])
            .args(scopes.iter().flat_map(|scope| ["-s", scope]))
            .args(["-M", &format!("mailto:{name}@example.org")])
            .output()?;
        if !out.status.success() {
            return Err(format!(
                "ralph auth for {name} failed:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
        Ok(base64::engine::general_purpose::STANDARD.encode(format!("{name}:{password}")))
    }

    fn bin(&self) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/ralph/bin")
    }

    /// Takes the LRS down: its process is killed, connections are refused.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the LRS again (stopping it first if it runs) on the same
    /// port, with the same statements and users, and waits until it answers.
    pub fn restart(&mut self) -> Result<(), BoxError> {
        self.stop();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.tmp.join("ralph.log"))?;
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lrs/ralph.py");
        let child = Command::new(self.bin().join("python"))
            .current_dir(&self.tmp)
            .env("PYTHONUNBUFFERED", "1")
            .arg(script)
            .arg(self.port.to_string())
            .arg(self.tmp.join("data"))
            .arg(self.tmp.join("app"))
            .arg(&self.origin)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .map_err(|e| format!("cannot start Ralph: {e} (run scripts/setup.sh --test)"))?;
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok((200, _)) = http_get(self.port, "/__lbheartbeat__", None) {
                return Ok(());
            }
            let exited = match self.child.as_mut().map(Child::try_wait) {
                Some(Ok(Some(status))) => Some(status.to_string()),
                _ => None,
            };
            if exited.is_some() || Instant::now() > deadline {
                self.stop();
                let why = exited.map_or("did not answer within 60 s".into(), |s| {
                    format!("exited ({s})")
                });
                return Err(
                    format!("Ralph {why}; the end of its log:\n{}", self.log_tail()).into(),
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Every request the LRS received so far, in order, as its wrapper
    /// logs them: `{"method", "path"}`, and for a POST the `ids` and
    /// `registrations` of the statements it carried.
    pub fn requests(&self) -> Result<Vec<Value>, BoxError> {
        let log =
            std::fs::read_to_string(self.tmp.join("data").join("requests.log")).unwrap_or_default();
        log.lines()
            .map(|l| serde_json::from_str(l).map_err(BoxError::from))
            .collect()
    }

    /// The last lines Ralph wrote.
    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.tmp.join("ralph.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// Every statement stored for `registration`, as the reader gets them,
    /// page after page (the `more` links).
    pub fn statements(&self, registration: &str) -> Result<Vec<Value>, BoxError> {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("registration", registration)
            .append_pair("limit", "100")
            .finish();
        let mut path = format!("/xAPI/statements?{query}");
        let mut all = Vec::new();
        for _ in 0..1000 {
            let (status, body) = http_get(self.port, &path, Some(&self.read_key))?;
            if status != 200 {
                return Err(format!("GET {path} answered {status}: {body}").into());
            }
            let page: Value = serde_json::from_str(&body)?;
            let statements = page["statements"]
                .as_array()
                .ok_or_else(|| format!("no statements in {body}"))?;
            all.extend(statements.iter().cloned());
            match page
                .get("more")
                .and_then(Value::as_str)
                .filter(|m| !m.is_empty())
            {
                // A `more` link is a path on the LRS, or a whole address.
                Some(more) => match more.find("/xAPI/") {
                    Some(at) => path = more[at..].to_owned(),
                    None => return Err(format!("unexpected more link {more}").into()),
                },
                None => return Ok(all),
            }
        }
        Err("more than 1000 pages of statements".into())
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.tmp);
    }
}

/// A GET on loopback `port` over HTTP/1.1 (`Connection: close`), with the
/// xAPI version header and Basic `key` if given: the status and the body.
fn http_get(port: u16, path: &str, key: Option<&str>) -> Result<(u16, String), BoxError> {
    use std::io::{Read, Write};
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let mut stream = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let auth = key
        .map(|k| format!("authorization: Basic {k}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n{auth}x-experience-api-version: 1.0.3\r\naccept: application/json\r\nconnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("an HTTP answer with no end of head")?;
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status in {head}"))?;
    let mut body = raw[end + 4..].to_vec();
    if head
        .lines()
        .any(|l| l.starts_with("transfer-encoding:") && l.contains("chunked"))
    {
        body = dechunk(&body)?;
    }
    Ok((status, String::from_utf8(body)?))
}

/// The body of a chunked HTTP/1.1 answer.
fn dechunk(mut rest: &[u8]) -> Result<Vec<u8>, BoxError> {
    let mut body = Vec::new();
    loop {
        let line = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or("a chunk with no size line")?;
        let size = std::str::from_utf8(&rest[..line])?;
        let size = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16)?;
        if size == 0 {
            return Ok(body);
        }
        let chunk = rest
            .get(line + 2..line + 2 + size)
            .ok_or("a chunk cut short")?;
        body.extend_from_slice(chunk);
        rest = rest.get(line + 4 + size..).unwrap_or_default();
    }
}

/// How a test's browser presents itself.
#[derive(Debug, Clone)]
pub struct BrowserProfile {
    /// The Accept-Language list, most preferred first (`navigator.languages`).
    pub accept_language: &'static str,
    pub width: u32,
    pub height: u32,
}

impl Default for BrowserProfile {
    fn default() -> Self {
        BrowserProfile {
            accept_language: "en-GB,en",
            width: 1280,
            height: 900,
        }
    }
}

/// Where the running chromedriver listens, once the tests have started it:
/// for journeys that need a second browser.
pub static DRIVER_URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// A second browser for a journey (another person on another machine),
/// with its own fresh, empty profile.
pub async fn fresh_browser(profile: &BrowserProfile) -> Result<Client, BoxError> {
    let url = DRIVER_URL.get().ok_or("chromedriver is not running")?;
    connect(url, profile).await
}

/// A new headless Chromium session with a fresh, empty profile.
pub async fn new_browser(
    driver: &Chromedriver,
    profile: &BrowserProfile,
) -> Result<Client, BoxError> {
    connect(&driver.url, profile).await
}

async fn connect(driver_url: &str, profile: &BrowserProfile) -> Result<Client, BoxError> {
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": binary,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--disable-extensions",
                format!("--accept-lang={}", profile.accept_language),
                format!("--lang={}", profile.accept_language.split(',').next().unwrap_or("en")),
                format!("--window-size={},{}", profile.width, profile.height),
            ],
            "prefs": { "intl.accept_languages": profile.accept_language }
        },
        // The console, so that every journey can fail on a CSP violation.
        "goog:loggingPrefs": { "browser": "ALL" }
    });
    let Value::Object(caps) = caps else {
        return Err("capabilities must be an object".into());
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(driver_url)
        .await?;
    Ok(client)
}

/// A Chrome DevTools Protocol command sent through chromedriver's
/// `goog/cdp/execute` endpoint (CPU throttling, heap figures).
#[derive(Debug)]
pub struct Cdp {
    pub cmd: &'static str,
    pub params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

pub async fn cdp(client: &Client, cmd: &'static str, params: Value) -> Result<Value, BoxError> {
    Ok(client.issue_cmd(Cdp { cmd, params }).await?)
}

/// The browser console's entries since the last call (chromedriver's log
/// endpoint, which drains them).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// Console messages since the last call.
pub async fn console_messages(client: &Client) -> Result<Vec<String>, BoxError> {
    let entries = client.issue_cmd(BrowserLog).await?;
    Ok(entries
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|e| e.get("message").and_then(Value::as_str))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
}

/// Console errors (level SEVERE: failed loads, uncaught exceptions,
/// `console.error`) since the last call to this or [`console_messages`].
pub async fn console_errors(client: &Client) -> Result<Vec<String>, BoxError> {
    let entries = client.issue_cmd(BrowserLog).await?;
    Ok(entries
        .as_array()
        .map(|list| {
            list.iter()
                .filter(|e| e.get("level").and_then(Value::as_str) == Some("SEVERE"))
                .filter_map(|e| e.get("message").and_then(Value::as_str))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
}

/// Fails when the browser reported a Content Security Policy violation
/// since the last call: the built site must run whole under its own policy.
pub async fn assert_no_csp_violation(client: &Client) -> Result<(), BoxError> {
    let violations: Vec<String> = console_messages(client)
        .await?
        .into_iter()
        .filter(|m| m.contains("Content Security Policy"))
        .collect();
    if violations.is_empty() {
        Ok(())
    } else {
        Err(format!("Content Security Policy violations: {violations:#?}").into())
    }
}

/// Waits until a JavaScript expression is truthy, or fails with what it was.
/// An expression that throws (an element it reads is being re-drawn) is
/// not true yet; on time-out the last error is said.
pub async fn wait_for(client: &Client, expression: &str, what: &str) -> Result<(), BoxError> {
    let deadline = Instant::now() + Duration::from_secs(15);
    let script = format!("try {{ return !!({expression}); }} catch (e) {{ return String(e); }}");
    loop {
        let value = client.execute(&script, vec![]).await?;
        if value.as_bool() == Some(true) {
            return Ok(());
        }
        if Instant::now() > deadline {
            let thrown = value
                .as_str()
                .map(|e| format!(", which threw {e}"))
                .unwrap_or_default();
            return Err(format!("timed out waiting for {what} (`{expression}`{thrown})").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A script for `storage::before_every_page`: it keeps the page's
/// pending `setTimeout`s (id → delay), so that a test can wait until the
/// app's delayed work (a save 400 ms after a change) has run, rather than
/// sleeping for longer than it takes.
pub const TIMER_PROBE: &str = "(() => {
    const set = window.setTimeout.bind(window), clear = window.clearTimeout.bind(window);
    const pending = new Map();
    window.__pendingTimers = pending;
    window.setTimeout = function (f, ms, ...args) {
        const id = set(function () { pending.delete(id); if (typeof f === 'function') f.apply(this, args); }, ms);
        pending.set(id, Number(ms) || 0);
        return id;
    };
    window.clearTimeout = function (id) { pending.delete(id); clear(id); };
})();";

/// Waits until every timer of at most `up_to_ms` that the page has set
/// (with [`TIMER_PROBE`] installed) has run or been cleared: the work it
/// stood for is done. Longer timers (a retry every 3 s) are not waited for.
pub async fn timers_done(client: &Client, up_to_ms: u32, what: &str) -> Result<(), BoxError> {
    let probe = eval(client, "window.__pendingTimers instanceof Map").await?;
    if probe != Value::Bool(true) {
        return Err("the timer probe is not installed in this page".into());
    }
    wait_for(
        client,
        &format!("Array.from(window.__pendingTimers.values()).every(ms => ms > {up_to_ms})"),
        what,
    )
    .await
}

/// Evaluates a JavaScript expression and returns its value.
pub async fn eval(client: &Client, expression: &str) -> Result<Value, BoxError> {
    Ok(client
        .execute(&format!("return ({expression});"), vec![])
        .await?)
}

pub async fn eval_string(client: &Client, expression: &str) -> Result<String, BoxError> {
    Ok(eval(client, expression)
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Clicks an element after bringing it to the middle of the window, as a
/// reader scrolls to what they want to press (chromedriver itself does not
/// scroll an element that the sticky header covers).
pub async fn click(c: &Client, css: &str) -> Result<(), BoxError> {
    click_element(c, c.find(Locator::Css(css)).await?).await
}

/// Clicks an element already found, brought to the middle of the window
/// first (see [`click`]).
pub async fn click_element(
    c: &Client,
    element: fantoccini::elements::Element,
) -> Result<(), BoxError> {
    c.execute(
        "arguments[0].scrollIntoView({ block: 'center' });",
        vec![serde_json::to_value(&element)?],
    )
    .await?;
    element.click().await?;
    Ok(())
}

/// Waits until the stored document under `key` contains `needle`.
pub async fn wait_stored(c: &Client, key: &str, needle: &str) -> Result<(), BoxError> {
    wait_for(
        c,
        &format!(
            "(localStorage.getItem({}) || '').includes({})",
            json!(key),
            json!(needle)
        ),
        &format!("{key} to hold {needle}"),
    )
    .await
}
