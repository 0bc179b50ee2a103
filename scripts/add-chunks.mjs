// Adds the release build's split chunks to the site (run by
// scripts/trunk-post-build.sh, before finish-site.mjs):
//
//   node scripts/add-chunks.mjs <staging dir> <split dir> <profile>
//
// scripts/split/wasm-bindgen left in <split dir> the loader
// (`__wasm_split.js`), the main module (bound by wasm-bindgen, which Trunk
// already put in the site) and one `.wasm` chunk per page split off in
// src/ui/lazy.rs, plus shared chunks. Each chunk goes to `lazy/` under a
// name with its content's hash (so a host may cache it for ever), optimised
// by wasm-opt in release builds as Trunk does the main module; the loader,
// loaded with the glue, gets a hashed name too, and the glue is pointed at it.

import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { argv, exit } from "node:process";

const [dir, split, profile] = argv.slice(2);
if (!dir || !split) {
  console.error("usage: add-chunks.mjs <staging dir> <split dir> <profile>");
  exit(2);
}
const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const fail = (why) => {
  console.error(`add-chunks: ${why}`);
  exit(1);
};

let loader = await readFile(join(split, "__wasm_split.js"), "utf8").catch(() => fail(`no loader in ${split}`));
// The loader imports the main module's glue by its unhashed name.
const glueImport = loader.match(/from "\.\/([^"/]+)\.js"/);
if (!glueImport) fail("the loader imports no glue");
const base = glueImport[1];
const names = await readdir(dir);
const glue = names.find((n) => n.startsWith(`${base}-`) && n.endsWith(".js"));
if (!glue) fail(`no ${base}-*.js in ${dir}`);
loader = loader.replace(`"./${base}.js"`, `"./${glue}"`);
// The loader compiles each chunk while it downloads, which browsers allow
// only for a response served as `application/wasm`. Hosts that serve it as
// something else (an LMS serving a SCORM package's files: Moodle does not
// know `.wasm`) would leave every page fetched on demand unopenable; such
// a chunk is compiled once downloaded instead, as wasm-bindgen's glue does
// for the main module.
const STREAMING = "WebAssembly.instantiateStreaming(src, imports)";
const streamed = loader.split(STREAMING).length - 1;
if (streamed === 0) fail(`the loader has no ${STREAMING} to give a fallback`);
loader =
  `async function instantiateChunk(response, imports) {
    const r = await response;
    const type = (r.headers.get("Content-Type") || "").split(";")[0].trim().toLowerCase();
    if (type === "application/wasm") return WebAssembly.instantiateStreaming(r, imports);
    if (!r.ok) throw new Error(\`\${r.url}: \${r.status}\`);
    return WebAssembly.instantiate(await r.arrayBuffer(), imports);
}
` + loader.replaceAll(STREAMING, "instantiateChunk(src, imports)");

await rm(join(dir, "lazy"), { recursive: true, force: true });
await mkdir(join(dir, "lazy"));
const chunks = (await readdir(split)).filter((n) => n.endsWith(".wasm") && n !== `${base}.wasm`);
for (const chunk of chunks) {
  const source = join(split, chunk);
  let bytes;
  if (profile === "release") {
    const optimised = join(split, `${chunk}.opt`);
    execFileSync("wasm-opt", ["-O2", "--converge", "--strip-debug", "--strip-producers", source, "-o", optimised], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    bytes = await readFile(optimised);
  } else {
    bytes = await readFile(source);
  }
  const stem = chunk.replace(/\.wasm$/, "");
  const named = `${stem}-${hash(bytes)}.wasm`;
  await writeFile(join(dir, "lazy", named), bytes);
  const reference = `"./${chunk}"`;
  if (!loader.includes(reference)) fail(`the loader does not name ${chunk}`);
  loader = loader.replaceAll(reference, `"./lazy/${named}"`);
}
// The loader is part of the first load (the glue imports it), beside the
// glue; it fetches the chunks relative to itself.
const loaderName = `__wasm_split-${hash(loader)}.js`;
await writeFile(join(dir, loaderName), loader);
const gluePath = join(dir, glue);
const glueText = await readFile(gluePath, "utf8");
// Only the `import` statements: the same string also names the wasm's
// import module in the glue's import object, which must stay as it is.
if (!glueText.includes('from "./__wasm_split.js"')) fail(`${glue} does not import the loader`);
await writeFile(gluePath, glueText.replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`));
console.error(`add-chunks: ${loaderName}, and ${chunks.length} chunks in lazy/`);
