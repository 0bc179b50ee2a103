// Makes SCORM 1.2 packages of a release site, for an LMS such as Moodle:
// one for the whole course and one per module, each a zip file with the
// site and its imsmanifest.xml (one SCO).
//
// A package is the release site with these changes, because an LMS serves
// its files as they are, from a folder of its own, often in a frame:
//   - index.html is marked `<meta name="savoir-package" content="…">`
//     (`course` or `module:<id>`): the app then keeps its addresses in the
//     page's fragment (index.html#/en/...), fetches content beside the page
//     and reports to the LMS (src/adapters/package.rs, src/ui/scorm.rs);
//   - every URL of index.html is relative, its static catalog's links are
//     fragments, and its CSP allows its inline scripts as they now are;
//   - no service worker (sw.js, sw-register.js), web app manifest or
//     404.html: the LMS's folder is not the app's to keep offline or install.
// The course index gives the modules, titles (both languages in each of
// the manifest's titles, "English / Français": SCORM 1.2's titles are plain
// strings, and IMS metadata's language strings, which could hold each
// apart, have a schema libxml2 cannot compile and LMSs ignore) and pass marks (a module's is
// its `adlcp:masteryscore`; the course has none, and reports `passed` once
// every module is).
//
// It also makes one cmi5 package, savoir-cmi5.zip: the same site, marked
// `cmi5`, and a cmi5.xml course structure with an AU per module
// (`index.html?au=<module>`; the LMS adds its launch parameters to that
// address). Its titles and descriptions keep each language apart, as
// cmi5's language strings allow.
//
// Usage: node scripts/package-scorm.mjs SITE CATALOG OUT_DIR
//   SITE     a release build (dist/)
//   CATALOG  the course index build.rs writes (target/content/catalog.json)
//   OUT_DIR  where savoir-course.zip, savoir-<module>.zip and
//            savoir-cmi5.zip are written

import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { files } from "./files.mjs";

const [site, catalogFile, out] = process.argv.slice(2);
if (!site || !catalogFile || !out) {
  console.error("usage: node scripts/package-scorm.mjs SITE CATALOG OUT_DIR");
  process.exit(2);
}

/// Files of the site a package leaves out.
const LEFT_OUT = new Set(["sw.js", "sw-register.js", "404.html", "manifest.webmanifest"]);

const xml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);

const sha256 = (text) => createHash("sha256").update(text).digest("base64");

/// index.html as a package serves it.
export function packagedPage(html, scope) {
  const mark = `<meta name="savoir-package" content="${xml(scope)}">`;
  const charset = /<meta charset="utf-8">/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="utf-8">');
  let page = html
    .replace(charset, (m) => m + mark)
    .replace(/<link rel="manifest"[^>]*>/, "")
    // The static catalog's links: pages of the app, so fragments.
    .replace(/href="\/(en|fr)\//g, 'href="#/$1/')
    // Everything else: files beside the page.
    .replace(/\b(href|src)="\/(?!\/)/g, '$1="./')
    // Trunk's start-up script imports the glue and the module by path.
    .replace(/(['"])\/([\w.-]+\.(?:js|wasm))\1/g, "$1./$2$1");
  const left = /\b(?:href|src)="\/[^"]*"|(['"])\/[\w.-]+\.(?:js|wasm)\1/.exec(page);
  if (left) throw new Error(`index.html still has a URL from the site's root: ${left[0]}`);
  // The CSP allows the inline scripts by hash; the start-up script changed.
  const hashes = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${sha256(m[1])}'`,
  );
  const policy = /(script-src 'self' 'wasm-unsafe-eval')[^;"]*/;
  if (!policy.test(page)) throw new Error("index.html has no script-src to update");
  page = page.replace(policy, (_, head) => `${head} ${hashes.join(" ")}`);
  return page;
}

/// The manifest of a package holding `entries` (paths inside the package).
export function manifest({ id, course, title, masteryScore, entries }) {
  const both = (t) => `${t.en} / ${t.fr}`;
  const mastery = masteryScore == null ? "" : `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`;
  const listed = entries.map((e) => `      <file href="${xml(e)}"/>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="savoir">
    <organization identifier="savoir">
      <title>${xml(both(course))}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(both(title))}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${listed}
    </resource>
  </resources>
</manifest>
`;
}

/// The publisher id of the course or of a module's AU in a cmi5 course
/// structure: a URN, since the package may be served from anywhere.
export const cmi5Id = (courseId, module) =>
  module == null ? `urn:savoir:${courseId}` : `urn:savoir:${courseId}:au:${module}`;

/// A cmi5 course structure (cmi5.xml) for the course: one AU per module,
/// moved on by passing its checkpoint at its pass mark, its title and
/// description in both languages.
export function cmi5Structure(catalog) {
  const text = (name, t) =>
    `<${name}><langstring lang="en">${xml(t.en)}</langstring><langstring lang="fr">${xml(t.fr)}</langstring></${name}>`;
  const aus = catalog.modules.map(
    (m) => `  <au id="${xml(cmi5Id(catalog.course_id, m.id))}" moveOn="Passed" masteryScore="${(m.pass_mark / 100).toFixed(2)}" launchMethod="AnyWindow">
    ${text("title", m.title)}
    ${text("description", m.summary)}
    <url>index.html?au=${encodeURIComponent(m.id)}</url>
  </au>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(cmi5Id(catalog.course_id))}">
    ${text("title", catalog.title)}
    ${text("description", catalog.summary)}
  </course>
${aus.join("\n")}
</courseStructure>
`;
}

/// The zip of `entries` (name to bytes): stored, not compressed, for files
/// that are compressed already; a fixed date, so the same site gives the
/// same zip.
function zip(zipSync, entries) {
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([n, bytes]) => [n, [bytes, { level: /\.(png|zip)$/.test(n) ? 0 : 9 }]]),
    ),
    { mtime: new Date("2026-01-01T00:00:00Z") },
  );
}

async function main() {
  const { zipSync, strToU8 } = await import("fflate");
  const catalog = JSON.parse(await readFile(catalogFile, "utf8"));
  const html = await readFile(join(site, "index.html"), "utf8");
  const siteFiles = {};
  for (const path of await files(site)) {
    const name = relative(site, path).split(sep).join("/");
    if (LEFT_OUT.has(name) || name === "index.html") continue;
    siteFiles[name] = new Uint8Array(await readFile(path));
  }
  const scopes = [
    { name: "course", scope: "course", title: catalog.title, masteryScore: null },
    ...catalog.modules.map((m) => ({
      name: m.id,
      scope: `module:${m.id}`,
      title: m.title,
      masteryScore: m.pass_mark,
    })),
  ];
  await mkdir(out, { recursive: true });
  for (const s of scopes) {
    const entries = { ...siteFiles, "index.html": strToU8(packagedPage(html, s.scope)) };
    const names = Object.keys(entries).sort();
    entries["imsmanifest.xml"] = strToU8(
      manifest({ id: `savoir.${s.name}`, course: catalog.title, title: s.title, masteryScore: s.masteryScore, entries: names }),
    );
    const bytes = zip(zipSync, entries);
    const file = join(out, `savoir-${s.name}.zip`);
    await writeFile(file, bytes);
    console.log(`${file}: ${names.length + 1} files, ${(bytes.length / 1024).toFixed(0)} KiB`);
  }
  // The cmi5 package: the whole course, an AU per module.
  const entries = {
    ...siteFiles,
    "index.html": strToU8(packagedPage(html, "cmi5")),
    "cmi5.xml": strToU8(cmi5Structure(catalog)),
  };
  const bytes = zip(zipSync, entries);
  const file = join(out, "savoir-cmi5.zip");
  await writeFile(file, bytes);
  console.log(`${file}: ${Object.keys(entries).length} files, ${(bytes.length / 1024).toFixed(0)} KiB`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
