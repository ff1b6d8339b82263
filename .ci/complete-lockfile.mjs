#!/usr/bin/env node
// Makes package-lock.json complete and verifiable on every platform; run it after `npm install`.
//   node .ci/complete-lockfile.mjs [path/to/package-lock.json ...]   (default: ./package-lock.json)
//
// Two gaps it closes. The npm mirror this project is built on lacks the newest releases of
// some other platforms' optional binaries (e.g. @rollup/rollup-darwin-arm64), so `npm install`
// here drops them from the lock, and `npm ci` then refuses the lock as out of sync: those
// entries are added back. And an entry written without `integrity` lets `npm ci` on that
// platform install whatever the registry sends: every entry without one gets it.
// Both take the registry's facts for the exact locked version (`npm view NAME@VERSION`): its
// dist.integrity, and the os, cpu and libc it declares (a field it does not declare is left
// out, so npm installs it everywhere). Entries that already have an integrity are left alone,
// so running it again changes nothing.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const PLATFORM_FIELDS = ["os", "cpu", "libc"];

/** A package's name from its lock key: what follows the last node_modules/ (an alias entry names its package). */
export function packageName(key, entry) {
  return entry.name ?? key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
}

/**
 * Entries that need no integrity of their own: the root project, links to local folders, and
 * packages bundled inside another's tarball (that tarball's integrity covers them).
 */
export function needsIntegrity(key, entry) {
  return key !== "" && !entry.link && !entry.inBundle;
}

/** What the lock lacks: optional dependencies with no entry, and entries with no integrity. */
export function incompleteEntries(lock) {
  const packages = lock.packages;
  const found = [];
  const planned = new Set();
  for (const [key, entry] of Object.entries(packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      const installedAt = [`${key ? `${key}/` : ""}node_modules/${name}`, `node_modules/${name}`];
      const at = `node_modules/${name}`;
      if (installedAt.some((candidate) => packages[candidate]) || planned.has(at)) continue;
      planned.add(at);
      found.push({ key: at, name, version: spec, missing: true, dev: Boolean(entry.dev) });
    }
  }
  for (const [key, entry] of Object.entries(packages)) {
    if (needsIntegrity(key, entry) && !entry.integrity) found.push({ key, name: packageName(key, entry), version: entry.version, missing: false });
  }
  return found;
}

/**
 * The entry with the registry's facts for its exact version: integrity, and only the platform
 * fields that version declares. Fields in the order npm writes such entries (version,
 * resolved, integrity, then by name), so a later `npm install` does not reorder them.
 */
export function withRegistryFacts(entry, facts) {
  const merged = { ...entry, integrity: facts.integrity };
  for (const field of PLATFORM_FIELDS) delete merged[field];
  for (const field of PLATFORM_FIELDS) if (facts[field] !== undefined) merged[field] = facts[field];
  const first = ["version", "resolved", "integrity"].filter((field) => field in merged);
  const rest = Object.keys(merged).filter((field) => !first.includes(field)).sort();
  return Object.fromEntries([...first, ...rest].map((field) => [field, merged[field]]));
}

/** A new entry for an optional dependency the lock dropped; npm writes optional platform binaries like this. */
export function optionalEntry(version, dev) {
  return dev ? { version, dev: true, optional: true } : { version, optional: true };
}

/** Entries in npm's order (the root first, then by key), so the file diffs cleanly. */
export function sortedPackages(packages) {
  return Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
}

/** Applies what the registry said to the lock's entries; pure, so it is tested without a registry. */
export function completeLock(lock, incomplete, factsOf) {
  const packages = { ...lock.packages };
  for (const item of incomplete) {
    const facts = factsOf(item);
    const entry = item.missing ? optionalEntry(facts.version, item.dev) : packages[item.key];
    packages[item.key] = withRegistryFacts({ ...entry, version: facts.version }, facts);
  }
  return { ...lock, packages: sortedPackages(packages) };
}

const run = promisify(execFile);

/** `npm view NAME@VERSION`: version and dist.integrity are always there, so npm prints an object, never a bare value. */
async function registryFacts(name, version) {
  const { stdout } = await run("npm", ["view", `${name}@${version}`, "version", "dist.integrity", ...PLATFORM_FIELDS, "--json"], { encoding: "utf8" });
  const parsed = JSON.parse(stdout || "null");
  // A range matches several versions: npm lists them oldest first, and installs the newest.
  const facts = Array.isArray(parsed) ? parsed.at(-1) : parsed;
  if (!facts?.["dist.integrity"]) throw new Error(`the registry has no ${name}@${version} (or no integrity for it)`);
  return { version: facts.version, integrity: facts["dist.integrity"], os: facts.os, cpu: facts.cpu, libc: facts.libc };
}

async function inBatches(items, size, work) {
  const results = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

async function completeFile(file) {
  const lock = JSON.parse(fs.readFileSync(file, "utf8"));
  const incomplete = incompleteEntries(lock);
  const facts = new Map();
  await inBatches(incomplete, 6, async (item) => facts.set(item.key, await registryFacts(item.name, item.version)));
  const completed = completeLock(lock, incomplete, (item) => facts.get(item.key));
  const text = `${JSON.stringify(completed, null, 2)}\n`;
  if (text !== fs.readFileSync(file, "utf8")) fs.writeFileSync(file, text);
  for (const item of incomplete) {
    const f = facts.get(item.key);
    const platform = PLATFORM_FIELDS.filter((field) => f[field]).map((field) => `${field} ${f[field].join(",")}`).join("; ");
    process.stdout.write(`${item.missing ? "added" : "completed"} ${item.name}@${f.version}${platform ? ` (${platform})` : ""}\n`);
  }
  const added = incomplete.filter((item) => item.missing).length;
  process.stdout.write(`${path.relative(process.cwd(), file) || file}: ${added} optional platform packages added, ${incomplete.length - added} entries given their integrity\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : [path.join(root, "package-lock.json")];
  for (const file of files) await completeFile(file);
}
