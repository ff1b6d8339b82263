import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prepareEnhancer } from "@/lib/build/enhancer";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function bundleWith(env: Record<string, string>, searchIndexVersion = "0123456789abcdef") {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "enhancer-"));
  dirs.push(outDir);
  const versions = await prepareEnhancer({ cwd: process.cwd(), env: env as NodeJS.ProcessEnv, searchIndexVersion, outDir });
  const read = (name: string) => fs.readFileSync(path.join(outDir, name), "utf8");
  return { versions, enhance: read("enhance.js"), exports: read("client-exports.js"), searchPage: read("search-page.js") };
}

describe("the page scripts' versions", () => {
  // Stored tool and server pages name enhance.js and client-exports.js at their version: a
  // catalogue change (a new search index) must not change them, or every stored page would
  // name a script the site no longer serves.
  it("of the scripts every page loads do not follow the search index; the search page's does", async () => {
    const first = await bundleWith({}, "0123456789abcdef");
    const second = await bundleWith({}, "fedcba9876543210");
    expect(second.enhance).toBe(first.enhance);
    expect(second.exports).toBe(first.exports);
    expect(second.versions.enhancer).toBe(first.versions.enhancer);
    expect(first.enhance).not.toContain("0123456789abcdef");
    expect(first.searchPage).toContain("0123456789abcdef");
    expect(second.versions.searchPage).not.toBe(first.versions.searchPage);
  });

  it("follow the base path, which the scripts are built with", async () => {
    const plain = await bundleWith({});
    const based = await bundleWith({ NEXT_PUBLIC_BASE_PATH: "/catalogue" });
    expect(based.versions.enhancer).not.toBe(plain.versions.enhancer);
  });
});
