import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCurrentIndex } from "@/lib/search/current-index";
import { describe, expect, it } from "vitest";
import { buildSearchIndexFiles, collectSearchRecords } from "@/lib/search/prebuild";
import type { Manifest, StoredDoc } from "@/lib/search/types";
import { builtIndexVersion } from "@/lib/search/version";

/**
 * Synthetic records are for benchmarks: the site's index is built from the catalogue and
 * the real server index (../shared/index/servers.jsonl when present) and must hold none.
 */
const env = { ...process.env, CATALOGUE_INDEX: "", CATALOGUE_SEARCH_SYNTHETIC: "" };

function storedDocs(dir: string): StoredDoc[] {
  return fs.readdirSync(path.join(dir, "d")).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, "d", f), "utf8")) as StoredDoc[]);
}

describe("the real search index", () => {
  it("is built from real records only", () => {
    const records = collectSearchRecords({ cwd: process.cwd(), env });
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.synthetic)).toEqual([]);
  });

  it("holds no synthetic document once written", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-real-"));
    const out = path.join(dir, "search");
    const { version } = await buildSearchIndexFiles({ cwd: process.cwd(), env, outDir: out });
    expect(fs.readdirSync(out).sort()).toEqual([version, "current.json"].sort());
    expect(parseCurrentIndex(fs.readFileSync(path.join(out, "current.json"), "utf8"))).toBe(version);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, version, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.synthetic).toBe(false);
    const docs = storedDocs(path.join(out, version));
    expect(docs).toHaveLength(manifest.docs);
    expect(docs.filter((d) => d.x === 1)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  // The exported site, when it has been built: its index must be real too.
  const version = builtIndexVersion(path.join(process.cwd(), "out/search"));
  const exported = path.join(process.cwd(), "out/search", version ?? "");
  it.skipIf(version === undefined)("in the exported site holds no synthetic document (needs npm run build)", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(exported, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.synthetic).toBe(false);
    expect(storedDocs(exported).filter((d) => d.x === 1)).toEqual([]);
  });
});
