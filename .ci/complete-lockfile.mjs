#!/usr/bin/env node
// The npm mirror this project is built on lacks the newest releases of some other platforms'
// optional binaries (e.g. @rollup/rollup-darwin-arm64), so `npm install` here drops them
// from package-lock.json and `npm ci` then refuses the lock as out of sync. A lock written
// against the full registry lists them with their os/cpu/libc, and npm skips them on other
// platforms. This script adds exactly those entries back; run it after `npm install`.
//   node .ci/complete-lockfile.mjs     (reads `npm view` for the platform fields it needs)
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const packages = lock.packages;

const missing = new Map();
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const installedAt = [`${key ? `${key}/` : ""}node_modules/${name}`, `node_modules/${name}`];
    if (!installedAt.some((at) => packages[at])) missing.set(name, spec);
  }
}

for (const [name, spec] of missing) {
  const fields = JSON.parse(execFileSync("npm", ["view", name, "os", "cpu", "libc", "--json"], { encoding: "utf8" }) || "{}");
  // With one field present npm prints its value alone; only cpu is ever alone here (wasm32).
  const platform = Array.isArray(fields) ? { cpu: fields } : fields;
  packages[`node_modules/${name}`] = { version: spec, ...platform, optional: true };
  process.stdout.write(`added ${name}@${spec} ${JSON.stringify(platform)}\n`);
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
process.stdout.write(`${missing.size} optional platform packages added\n`);
