// Finishes a site that Trunk has built, in its staging folder (run by
// scripts/trunk-post-build.sh, so dist/ is only ever replaced whole):
//
// release builds
//   1. minify the JS glue and the CSS with esbuild (Trunk's own JS minifier
//      cannot parse wasm-bindgen's `export { … as default }` and ships it
//      unminified), and update their `integrity` attributes;
//   2. write the web app manifest;
//   3. put a strict Content Security Policy in index.html as a <meta> tag,
//      allowing its two inline scripts (Trunk's start-up and the static
//      shell's) by their SHA-256 hashes;
//   4. write the service worker, sw.js, with the real (hashed) file names
//      of this build and a version derived from every file's content, and
//      sw-register.js, which the app adds to the page once it has loaded;
//   5. copy index.html to 404.html for static hosts.
// every build
//   the catalog, in English and in French, written into the static shell of
//   index.html from the course index (content/catalog.json, which build.rs
//   writes and this removes from the site) and the interface's Fluent files,
//   with the markup of the app's home page: on a slow network a learner
//   reads the modules and can follow their links seconds before the app
//   has loaded. The shell's script shows the one in the page's language on
//   the catalog's addresses; the app replaces it as it mounts.
// development builds (`trunk serve`)
//   the manifest, and a service worker (and registration script) that
//   remove every worker and cache they find, so a browser that once ran a
//   release build on the same address is never trapped on it.
//
// Usage: node scripts/finish-site.mjs DIR release|debug
//        node scripts/finish-site.mjs DIR --service-worker-only
//        (the second form rewrites sw.js for a site changed after its build;
//        the offline journey uses it to make "a new deploy")

import { createHash } from "node:crypto";
import { readFile, writeFile, copyFile, rm } from "node:fs/promises";
import { join, relative, sep, extname } from "node:path";
import { files } from "./files.mjs";

const [dir, mode] = process.argv.slice(2);
if (!dir || !["release", "debug", "--service-worker-only"].includes(mode)) {
  console.error("usage: node scripts/finish-site.mjs DIR release|debug|--service-worker-only");
  process.exit(2);
}

const THEME = "#1d4ed8";
const BACKGROUND = "#ffffff";

const sha = (algorithm, bytes) => createHash(algorithm).update(bytes).digest("base64");

const urlOf = (path) => "/" + relative(dir, path).split(sep).join("/");

// --- 1. Minify the JS glue and the CSS -----------------------------------
async function minifyAssets() {
  const { transform } = await import("esbuild");
  for (const path of await files(dir)) {
    const ext = extname(path);
    if (relative(dir, path).startsWith("content" + sep)) continue;
    if (ext !== ".js" && ext !== ".css") continue;
    const source = await readFile(path, "utf8");
    const result = await transform(source, {
      loader: ext === ".js" ? "js" : "css",
      minify: true,
      format: ext === ".js" ? "esm" : undefined,
      target: ext === ".js" ? "es2020" : undefined,
      legalComments: "none",
      logLevel: "error",
    });
    await writeFile(path, result.code);
  }
}

// Every tag naming a local file with an `integrity` attribute gets the hash
// of that file as it is now.
async function refreshIntegrity(html) {
  const tags = [...html.matchAll(/<[^>]+\bintegrity="[^"]*"[^>]*>/g)].map((m) => m[0]);
  for (const tag of tags) {
    const href = /\b(?:href|src)="\/([^"]+)"/.exec(tag);
    if (!href) continue;
    const bytes = await readFile(join(dir, href[1]));
    const fresh = tag.replace(/\bintegrity="[^"]*"/, `integrity="sha384-${sha("sha384", bytes)}"`);
    html = html.replace(tag, fresh);
  }
  return html;
}

// Whitespace between tags only: text, the inline script and attribute values
// are left exactly as they are.
const minifyHtml = (html) =>
  html.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s+</g, "><").trim() + "\n";

// --- The catalog in the static shell -----------------------------------------
const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

async function interfaceText(lang) {
  const { FluentBundle, FluentResource } = await import("@fluent/bundle");
  // Isolation marks off, as in the app (src/adapters/i18n.rs).
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const source = new URL(`../locales/${lang}/app.ftl`, import.meta.url);
  const errors = bundle.addResource(new FluentResource(await readFile(source, "utf8")));
  if (errors.length) throw new Error(`locales/${lang}/app.ftl: ${errors.join("; ")}`);
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`locales/${lang}/app.ftl: no message ${id}`);
    const problems = [];
    const text = bundle.formatPattern(message.value, args, problems);
    if (problems.length) throw new Error(`locales/${lang}/app.ftl: ${id}: ${problems.join("; ")}`);
    return text;
  };
}

// The home page's heading and module list, as src/ui/pages/home.rs,
// components/module_list.rs and components/lesson_link.rs draw them for a
// learner with no progress yet, but for the progress itself (a returning
// learner's would be wrong until the app reads it): its bars keep their
// place, hidden.
async function staticCatalog(catalog, lang) {
  const t = await interfaceText(lang);
  const text = (localized) => `<span class="bi__own">${escapeHtml(localized[lang])}</span>`;
  const bar = '<p class="progress shell__placeholder" aria-hidden="true"><span class="progress__label">&nbsp;</span><progress class="progress__bar"></progress></p>';
  const modules = catalog.modules.map((m) => {
    const meta = [t(`level-${m.level}`), t("module-duration", { minutes: m.duration_minutes }), t("module-lessons", { count: m.lessons.length })].join(" · ");
    const lessons = m.lessons
      .map(
        (l) =>
          `<li class="lesson-link"><a class="lesson-link__title" href="/${lang}/modules/${escapeHtml(m.id)}/lessons/${escapeHtml(l.id)}">${text(l.title)}</a><span class="lesson-link__meta">${escapeHtml(t("lesson-meta-duration", { minutes: l.duration_minutes }))}</span></li>`,
      )
      .join("");
    return `<li class="module-card" data-module-id="${escapeHtml(m.id)}"><h3 class="module-card__title"><a href="/${lang}/modules/${escapeHtml(m.id)}">${text(m.title)}</a></h3><p class="module-card__meta">${escapeHtml(meta)}</p>${bar}<p class="module-card__summary">${text(m.summary)}</p><ol class="lesson-links" aria-label="${escapeHtml(t("module-lessons-list"))}">${lessons}</ol></li>`;
  });
  const list = modules.length
    ? `<ul class="module-list" data-testid="static-module-list">${modules.join("")}</ul>`
    : `<div class="empty-state"><h3 class="empty-state__title">${escapeHtml(t("home-empty-title"))}</h3><p class="empty-state__body">${escapeHtml(t("home-empty-body"))}</p></div>`;
  return `<section class="home" lang="${lang}" data-shell-catalog="${lang}" hidden><h1 class="home__title">${text(catalog.title)}</h1><p class="home__summary">${text(catalog.summary)}</p>${modules.length ? bar : ""}<h2 class="home__section-title">${escapeHtml(t("home-modules-heading"))}</h2>${list}</section>`;
}

const CATALOG_SLOT = '<div data-shell="catalog"></div>';

async function withCatalog(html) {
  // A site finished before (the offline journey finishes a copy again).
  if (!html.includes(CATALOG_SLOT) && html.includes('data-shell-catalog="en"')) return html;
  if (!html.includes(CATALOG_SLOT)) throw new Error(`index.html has no ${CATALOG_SLOT} for the catalog`);
  const file = join(dir, "content", "catalog.json");
  let catalog;
  try {
    catalog = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read the course index that build.rs writes (${e.message})`);
  }
  await rm(file);
  const both = (await staticCatalog(catalog, "en")) + (await staticCatalog(catalog, "fr"));
  // A function, so that `$` in the text is never read as a pattern.
  return html.replace(CATALOG_SLOT, () => both);
}

// --- 2. The web app manifest --------------------------------------------
const manifest = {
  name: "Savoir",
  short_name: "Savoir",
  description:
    "Bilingual training in English and French: ISO/IEC 27002. Formation bilingue en anglais et en français : ISO/IEC 27002.",
  // Manifests hold one language; browsers that read the localised members
  // (a W3C proposal) show the description in the learner's own.
  description_localized: {
    en: "Bilingual training in English and French: ISO/IEC 27002.",
    fr: "Formation bilingue en anglais et en français\u00a0: ISO/IEC\u00a027002.",
  },
  lang: "en",
  dir: "ltr",
  // `/` opens the language the learner chose last, else their browser's.
  start_url: "/",
  id: "/",
  scope: "/",
  display: "standalone",
  theme_color: THEME,
  background_color: BACKGROUND,
  categories: ["education"],
  icons: [
    { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};

// --- 3. Content Security Policy ------------------------------------------
function withCsp(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${sha("sha256", m[1])}'`,
  );
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline.join(" ")}`.trim(),
    "style-src 'self'",
    // QR codes are shown as data: images.
    "img-src 'self' data:",
    "font-src 'self'",
    // A trainer's Learning Record Store, wherever it is: only over HTTPS,
    // or plain HTTP to this computer (the app refuses any other endpoint).
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error("index.html already has a CSP");
  // Before every script and link, so that it governs all of them.
  const charset = /<meta charset="utf-8">/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="utf-8"> to put the CSP after');
  return html.replace(charset, (m) => m + meta);
}

// --- 4. The service worker -------------------------------------------------
async function serviceWorker() {
  const all = (await files(dir)).filter((p) => {
    const rel = relative(dir, p);
    return rel !== "sw.js" && rel !== "404.html";
  });
  all.sort();
  const digest = createHash("sha256");
  for (const path of all) {
    digest.update(urlOf(path));
    digest.update("\0");
    digest.update(await readFile(path));
    digest.update("\0");
  }
  const version = digest.digest("hex").slice(0, 16);
  // The shell is cached as "/", which every host serves as the page
  // (some redirect /index.html to /, and a redirected response cannot
  // answer a page load).
  const urls = all.map(urlOf).map((u) => (u === "/index.html" ? "/" : u));
  return `// Generated by scripts/finish-site.mjs for this build: do not edit.
// Keeps this version of the site (app shell and every lesson bundle) for
// offline use. A new deploy installs in the background and waits until the
// learner chooses to reload (the page sends "skip-waiting").
const VERSION = ${JSON.stringify(version)};
const CACHE = "savoir-" + VERSION;
const FILES = ${JSON.stringify(urls)};
const SHELL = "/";

// Every file, fetched past the HTTP cache; a redirected response is stored
// as a plain one (browsers refuse a redirected response for a page load).
// One failure fails the install: a half copy is never used.
async function keep(cache, url) {
  const response = await fetch(new Request(url, { cache: "no-cache" }));
  if (!response.ok) throw new Error(url + ": " + response.status);
  const plain = response.redirected
    ? new Response(await response.blob(), { status: 200, headers: response.headers })
    : response;
  await cache.put(url, plain);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(FILES.map((url) => keep(cache, url)))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("savoir-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every address of the app without a file name is the app itself.
  const last = url.pathname.split("/").pop();
  // A page address gets the app shell, a file its own copy; a control's
  // page (/en/controls/8.15) is a page, though its last part has a dot.
  const isFile = /\.(html|js|wasm|css|json|svg|png|ico|webmanifest|txt)$/.test(last);
  const key = request.mode === "navigate" && !isFile ? SHELL : url.pathname;
  event.respondWith(
    caches.match(key, { cacheName: CACHE }).then((hit) => hit || fetch(request)),
  );
});
`;
}

// A service worker for development builds: it replaces any release worker
// left on this address, deletes the caches, unregisters itself and reloads
// the pages it controlled, once, so they come from the development server.
const SELF_REMOVING_WORKER = `// Development build: no offline copy. Removes any earlier service worker.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("savoir-")) await caches.delete(key);
      }
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: "window" })) {
        client.navigate(client.url);
      }
    })(),
  );
});
`;

// The registration script the app adds to the page once it has loaded (see
// src/adapters/offline.rs). It tells the app through window events.
const REGISTER = `// Generated by scripts/finish-site.mjs. Registers the offline copy's
// service worker; tells the app when a new version waits; activates it and
// reloads when the learner asks (the app's "savoir-apply-update" event).
const container = navigator.serviceWorker;
if (container) {
  let asked = false;
  container.addEventListener("controllerchange", () => {
    if (asked) location.reload();
  });
  container
    .register("/sw.js", { updateViaCache: "none" })
    .then((registration) => {
      const waiting = () => {
        // A first install is not an update: only a page already served by
        // an earlier version has something to reload for.
        if (registration.waiting && container.controller) {
          dispatchEvent(new Event("savoir-update-waiting"));
        }
      };
      waiting();
      // A version the browser was already fetching before this script ran,
      // then any found later.
      if (registration.installing) registration.installing.addEventListener("statechange", waiting);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        if (worker) worker.addEventListener("statechange", waiting);
      });
      addEventListener("savoir-apply-update", (event) => {
        if (!registration.waiting) return;
        event.preventDefault();
        asked = true;
        registration.waiting.postMessage("skip-waiting");
      });
      // Besides the browser's own check on each navigation.
      const check = () => {
        if (document.visibilityState === "visible" && navigator.onLine) {
          registration.update().catch(() => {});
        }
      };
      addEventListener("online", check);
      document.addEventListener("visibilitychange", check);
      setInterval(check, 60 * 60 * 1000);
      return container.ready;
    })
    .then(
      () => document.documentElement.setAttribute("data-offline-ready", "true"),
      (error) => console.warn("Savoir: no offline copy:", error),
    );
}
`;

// Development: no offline copy, and none left from a release build.
const UNREGISTER = `// Development build: removes any service worker a release build left.
navigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => r.unregister()));
`;

// --- run -------------------------------------------------------------------
const index = join(dir, "index.html");
if (mode === "--service-worker-only") {
  await writeFile(join(dir, "sw.js"), await serviceWorker());
  await copyFile(index, join(dir, "404.html"));
} else {
  await writeFile(join(dir, "manifest.webmanifest"), JSON.stringify(manifest, null, 2) + "\n");
  let html = await withCatalog(await readFile(index, "utf8"));
  if (mode === "release") {
    await minifyAssets();
    html = minifyHtml(await refreshIntegrity(html));
    html = withCsp(html);
    await writeFile(index, html);
    const { transform } = await import("esbuild");
    const register = await transform(REGISTER, { minify: true, format: "esm", target: "es2020" });
    await writeFile(join(dir, "sw-register.js"), register.code);
    await writeFile(join(dir, "sw.js"), await serviceWorker());
  } else {
    await writeFile(index, html);
    await writeFile(join(dir, "sw-register.js"), UNREGISTER);
    await writeFile(join(dir, "sw.js"), SELF_REMOVING_WORKER);
  }
  await copyFile(index, join(dir, "404.html"));
}
