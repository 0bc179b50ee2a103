// Checks the cmi5 package made by scripts/package-scorm.mjs and unpacks it,
// for the end-to-end journey that launches it as a cmi5 LMS would:
//   - cmi5.xml is valid against tests/cmi5/structure.xsd: a schema written
//     here for the part of cmi5's course structure (cmi5 section 13) that
//     Savoir writes (a course, then AUs, each with a title, a description
//     and a URL; cmi5's attributes and value spaces), checked with libxml2
//     compiled to wasm. cmi5's own schema file is on no package registry;
//   - what a schema cannot say: every title and description in English and
//     French, none empty; one AU per module of the course index, with its
//     pass mark as the mastery score; ids that are unique absolute IRIs;
//     each AU's page in the package, and marked as a cmi5 package.
// Prints a JSON summary on success; exits 1 with the reasons otherwise.
//
// Usage: node tests/cmi5/check-package.mjs PACKAGE.zip CATALOG OUT_DIR

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [zipFile, catalogFile, out] = process.argv.slice(2);
if (!zipFile || !catalogFile || !out) {
  console.error("usage: node tests/cmi5/check-package.mjs PACKAGE.zip CATALOG OUT_DIR");
  process.exit(2);
}

const { unzipSync, strFromU8 } = await import("fflate");
const { validateXML } = await import("xmllint-wasm");
const here = dirname(fileURLToPath(import.meta.url));

const problems = [];
const files = unzipSync(new Uint8Array(await readFile(zipFile)));
const structureBytes = files["cmi5.xml"];
if (!structureBytes) {
  console.error(`${zipFile}: no cmi5.xml at the package's root`);
  process.exit(1);
}
const structure = strFromU8(structureBytes);
const catalog = JSON.parse(await readFile(catalogFile, "utf8"));

const result = await validateXML({
  xml: [{ fileName: "cmi5.xml", contents: structure }],
  schema: [{ fileName: "structure.xsd", contents: await readFile(join(here, "structure.xsd"), "utf8") }],
});
if (!result.valid) problems.push(...result.errors.map((e) => `schema: ${e.rawMessage.trim()}`));

const unescape = (t) =>
  t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
/// The languages of a title or description, as a map.
const texts = (block) =>
  Object.fromEntries(
    [...block.matchAll(/<langstring lang="([^"]*)">([^<]*)<\/langstring>/g)].map((m) => [m[1], unescape(m[2]).trim()]),
  );
const both = (where, block) => {
  const t = texts(block);
  for (const lang of ["en", "fr"]) if (!t[lang]) problems.push(`${where}: no ${lang} text`);
  return t;
};

const course = /<course id="([^"]*)">([\s\S]*?)<\/course>/.exec(structure);
const ids = [];
if (!course) problems.push("no course");
else {
  ids.push(unescape(course[1]));
  both("the course's title", /<title>[\s\S]*?<\/title>/.exec(course[2])?.[0] ?? "");
  both("the course's description", /<description>[\s\S]*?<\/description>/.exec(course[2])?.[0] ?? "");
}
const aus = [...structure.matchAll(/<au ([^>]*)>([\s\S]*?)<\/au>/g)].map((m) => {
  const attr = (name) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1];
  const url = unescape(/<url>([^<]*)<\/url>/.exec(m[2])?.[1] ?? "");
  const id = unescape(attr("id") ?? "");
  ids.push(id);
  const title = both(`AU ${id}: title`, /<title>[\s\S]*?<\/title>/.exec(m[2])?.[0] ?? "");
  both(`AU ${id}: description`, /<description>[\s\S]*?<\/description>/.exec(m[2])?.[0] ?? "");
  return { id, url, moveOn: attr("moveOn"), masteryScore: attr("masteryScore"), title };
});
for (const id of ids) if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`${id} is not an absolute IRI`);
if (new Set(ids).size !== ids.length) problems.push("two ids are the same");
if (aus.length !== catalog.modules.length) problems.push(`${aus.length} AUs for ${catalog.modules.length} modules`);
for (const m of catalog.modules) {
  const au = aus.find((a) => new URL(a.url, "http://package/").searchParams.get("au") === m.id);
  if (!au) {
    problems.push(`no AU for module ${m.id}`);
    continue;
  }
  if (Number(au.masteryScore) !== m.pass_mark / 100) {
    problems.push(`AU ${au.id}: masteryScore ${au.masteryScore}, not ${m.pass_mark / 100}`);
  }
  if (au.title.en !== m.title.en || au.title.fr !== m.title.fr) problems.push(`AU ${au.id}: not the module's title`);
  const page = new URL(au.url, "http://package/").pathname.slice(1);
  if (!files[page]) problems.push(`AU ${au.id}: ${page} is not in the package`);
  else if (!strFromU8(files[page]).includes('<meta name="savoir-package" content="cmi5">')) {
    problems.push(`AU ${au.id}: ${page} is not marked as a cmi5 package`);
  }
}

if (problems.length) {
  console.error(`${zipFile}:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
for (const [name, bytes] of Object.entries(files)) {
  const path = join(out, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}
console.log(JSON.stringify({ files: Object.keys(files).length, course: ids[0], aus }));
