// Every file under a folder, for the scripts that finish and package the
// site.

import { readdir } from "node:fs/promises";
import { join } from "node:path";

/// The paths of every file under `root`, at any depth.
export async function files(root) {
  const found = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path)));
    else found.push(path);
  }
  return found;
}
