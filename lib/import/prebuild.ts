import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { classifyTool } from "../classify";
import { runImport, tasksFor } from "./run";
import { snapshotFiles } from "./snapshot";

/**
 * `npm run build`, step 1: when the shared corpus is there (CATALOGUE_CORPUS, default
 * ../shared/corpus/servers), import all of it into .cache/imported (never into content/, never
 * committed) and hand that folder to the build as an extra content root. Committed entries
 * win over imported ones because the loader reads content/ first. A malformed corpus file
 * fails the build with its name and what is wrong.
 *
 * A snapshot that has not changed since the last build, imported by the same importer code,
 * is not imported again: its server folder is carried over (a manifest in the folder keeps
 * each file's hash). With tens of thousands of tools, classifying and writing them all again
 * was a large part of a rebuild after a change to one server.
 */

export const IMPORTED_DIR = ".cache/imported";
const MANIFEST = "import-manifest.json";

interface ImportManifest {
  importer: string;
  /** Snapshot file name → its content hash and the server folder it became. */
  files: Record<string, { hash: string; slug: string }>;
}

/** The code that decides what an imported entry says: any change to it re-imports everything. */
export function importerFingerprint(cwd: string): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const dir of ["classify", "import", "content", "policy", "taxonomy", "mcp"]) files.push(...filesUnder(path.join(cwd, "lib", dir)));
  const lock = path.join(cwd, "package-lock.json");
  if (fs.existsSync(lock)) files.push(lock);
  for (const file of files.sort()) hash.update(path.relative(cwd, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 40);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

function readManifest(target: string, importer: string): ImportManifest["files"] {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(target, MANIFEST), "utf8")) as ImportManifest;
    return manifest.importer === importer ? manifest.files : {};
  } catch {
    return {};
  }
}

export async function prepareImportedContent(options: { cwd: string; env: NodeJS.ProcessEnv; log?: (line: string) => void }): Promise<string[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const corpus = path.resolve(options.cwd, options.env.CATALOGUE_CORPUS ?? "../shared/corpus/servers");
  if (!fs.existsSync(corpus)) {
    log(`import: no corpus at ${corpus}; building from content/ alone`);
    return [];
  }
  const target = path.resolve(options.cwd, IMPORTED_DIR);
  const importer = importerFingerprint(options.cwd);
  const before = readManifest(target, importer);
  const files = snapshotFiles(corpus);
  const hashes = new Map(files.map((file) => [file, createHash("sha256").update(fs.readFileSync(file)).digest("hex")]));
  const unchanged = files.filter((file) => {
    const known = before[path.basename(file)];
    return known !== undefined && known.hash === hashes.get(file) && fs.existsSync(path.join(target, "servers", known.slug));
  });
  const changed = files.filter((file) => !unchanged.includes(file));

  // A fresh folder each build, swapped in only when the whole corpus imported cleanly.
  const fresh = `${target}.next-${process.pid}`;
  fs.rmSync(fresh, { recursive: true, force: true });
  try {
    const run = await runImport(
      tasksFor(
        changed.map((file) => ({ kind: "path" as const, path: file, flags: {} })),
        { timeoutMs: 0, cwd: options.cwd },
      ),
      { out: fresh, classify: classifyTool, ignoreExisting: true },
    );
    const bad = run.servers.filter((server) => server.status !== "imported");
    if (bad.length > 0) {
      const lines = bad.map((server) => {
        const refused = server.plan?.toolProblems.map((p) => `tool #${p.index + 1}${p.name !== undefined ? ` ${JSON.stringify(p.name)}` : ""} ${p.message}`) ?? [];
        return `  - ${server.label}: ${server.error ?? refused.join("; ")}`;
      });
      throw new Error(`the corpus at ${corpus} has ${bad.length} file${bad.length === 1 ? "" : "s"} that did not import:\n${lines.join("\n")}`);
    }
    if (files.length === 0) throw new Error(`the corpus folder ${corpus} holds no *.json files`);

    const manifest: ImportManifest = { importer, files: {} };
    changed.forEach((file, i) => (manifest.files[path.basename(file)] = { hash: hashes.get(file)!, slug: run.servers[i]!.slug! }));
    const importedSlugs = new Map(changed.map((file, i) => [run.servers[i]!.slug!, file]));
    fs.mkdirSync(path.join(fresh, "servers"), { recursive: true });
    for (const file of unchanged) {
      const { slug } = before[path.basename(file)]!;
      const twin = importedSlugs.get(slug);
      if (twin) throw new Error(`the corpus at ${corpus} has two files for server "${slug}": ${file} and ${twin}`);
      fs.renameSync(path.join(target, "servers", slug), path.join(fresh, "servers", slug));
      manifest.files[path.basename(file)] = { hash: hashes.get(file)!, slug };
    }
    fs.writeFileSync(path.join(fresh, MANIFEST), JSON.stringify(manifest));
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(fresh, target);
    const tools = run.servers.reduce((sum, server) => sum + (server.plan?.toolCount ?? 0), 0);
    log(
      `import: ${files.length} servers from ${corpus} into ${IMPORTED_DIR}: ${changed.length} imported (${tools} tools) in ${run.seconds.toFixed(1)} s, ${unchanged.length} unchanged since the last build`,
    );
    return [target];
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}
