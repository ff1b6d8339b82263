import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSearchIndexFiles, collectSearchRecords } from "@/lib/search/prebuild";
import type { Manifest, StoredDoc } from "@/lib/search/types";

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
    await buildSearchIndexFiles({ cwd: process.cwd(), env, outDir: out });
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.synthetic).toBe(false);
    const docs = storedDocs(out);
    expect(docs).toHaveLength(manifest.docs);
    expect(docs.filter((d) => d.x === 1)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  // The exported site, when it has been built: its index must be real too.
  const exported = path.join(process.cwd(), "out/search");
  it.skipIf(!fs.existsSync(path.join(exported, "manifest.json")))("in the exported site holds no synthetic document", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(exported, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.synthetic).toBe(false);
    expect(storedDocs(exported).filter((d) => d.x === 1)).toEqual([]);
  });
});
