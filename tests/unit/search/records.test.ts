import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseIndexFile, indexRecords } from "@/lib/search/records";
import { collectSearchRecords, buildSearchIndexFiles } from "@/lib/search/prebuild";

describe("the server index file", () => {
  it("reads one server a line", () => {
    const text = [
      JSON.stringify({ name: "a", title: "A", description: "first", repository: "https://x/a", categories: ["db"] }),
      "",
      JSON.stringify({ name: "b", description: "second" }),
    ].join("\n");
    const servers = parseIndexFile(text, "idx.jsonl", { allowSynthetic: false });
    expect(servers.map((s) => s.name)).toEqual(["a", "b"]);
    expect(indexRecords(servers, { servers: [] })[0]).toMatchObject({ kind: "server", name: "a", topics: ["db"], repository: "https://x/a" });
  });

  it("names the file and line of every bad line", () => {
    const text = ['{"name": "ok"}', "{not json", '{"title": "no name"}', '{"name": "x", "categories": "db"}'].join("\n");
    let message = "";
    try {
      parseIndexFile(text, "/data/idx.jsonl", { allowSynthetic: false });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/3 problems/);
    expect(message).toMatch(/\/data\/idx\.jsonl:2: not valid JSON/);
    expect(message).toMatch(/\/data\/idx\.jsonl:3: name: is required/);
    expect(message).toMatch(/\/data\/idx\.jsonl:4: categories:/);
  });

  it("refuses synthetic records unless asked for a benchmark build", () => {
    const line = JSON.stringify({ name: "fake", description: "", synthetic: true, tools: [] });
    expect(() => parseIndexFile(line, "s.jsonl", { allowSynthetic: false })).toThrow(/s\.jsonl:1: is a synthetic record/);
    expect(parseIndexFile(line, "s.jsonl", { allowSynthetic: true })).toHaveLength(1);
  });

  it("leaves out index servers the catalogue already has", () => {
    const servers = parseIndexFile(JSON.stringify({ name: "Tachibot" }), "i", { allowSynthetic: false });
    const catalogue = { servers: [{ slug: "tachibot", title: "TachiBot MCP", tools: [] }] } as unknown as Parameters<typeof indexRecords>[1];
    expect(indexRecords(servers, catalogue)).toEqual([]);
  });
});

describe("the build's configuration", () => {
  it("fails clearly when CATALOGUE_INDEX names a missing file", () => {
    expect(() => collectSearchRecords({ cwd: process.cwd(), env: { ...process.env, CATALOGUE_INDEX: "/nonexistent/servers.jsonl" } })).toThrow(/CATALOGUE_INDEX names .*does not exist/);
  });

  it("writes nothing when the index file is bad, keeping the index that was there", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-build-"));
    const out = path.join(dir, "search");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "manifest.json"), "previous");
    fs.writeFileSync(path.join(dir, "bad.jsonl"), '{"name": "a"}\n{"name": 3}\n');
    await expect(buildSearchIndexFiles({ cwd: process.cwd(), env: { ...process.env, CATALOGUE_INDEX: path.join(dir, "bad.jsonl") }, outDir: out })).rejects.toThrow(/bad\.jsonl:2: name/);
    expect(fs.readFileSync(path.join(out, "manifest.json"), "utf8")).toBe("previous");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
