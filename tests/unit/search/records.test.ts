import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueRecords, indexRecords, packageKey, parseIndexFile, repositoryKey } from "@/lib/search/records";
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

describe("an index entry that is a catalogued server", () => {
  type Catalogue = Parameters<typeof indexRecords>[1];
  const catalogue = {
    servers: [
      { slug: "github-mcp-server", title: "GitHub MCP Server", description: "## :tada: The **official** one", repository: "https://github.com/github/github-mcp-server", package: undefined, tools: [] },
      { slug: "playwright-mcp", title: "Playwright MCP", description: "", repository: "https://github.com/microsoft/playwright-mcp", package: "@playwright/mcp", tools: [] },
      { slug: "server-everything", title: "Everything", description: "", repository: "https://github.com/modelcontextprotocol/servers", package: "@modelcontextprotocol/server-everything", tools: [] },
      { slug: "server-memory", title: "Memory", description: "", repository: "https://github.com/modelcontextprotocol/servers", package: "@modelcontextprotocol/server-memory", tools: [] },
    ],
  } as unknown as Catalogue;
  const line = (entry: object) => JSON.stringify({ description: "", ...entry });
  const index = parseIndexFile(
    [
      line({ name: "github-official", repository: "git+https://www.GitHub.com/github/github-mcp-server.git/" }),
      line({ name: "microsoft-playwright", package: "@Playwright/MCP@0.0.40" }),
      line({ name: "@playwright/mcp" }),
      line({ name: "fetch", repository: "https://github.com/modelcontextprotocol/servers" }),
      line({ name: "github", title: "GitHub (Archived)", repository: "https://github.com/modelcontextprotocol/servers" }),
      line({ name: "redis", description: "## :rocket: Redis\nKeys and **values**." }),
    ].join("\n"),
    "index.jsonl",
    { allowSynthetic: false },
  );
  const names = indexRecords(index, catalogue).map((record) => record.name);

  it("is shown once, as the catalogue entry, when its repository or package is the same once normalised", () => {
    expect(names).not.toContain("github-official");
    expect(names).not.toContain("microsoft-playwright");
    expect(names).not.toContain("@playwright/mcp");
  });

  it("stays when it only shares a monorepo with catalogued servers", () => {
    expect(names).toEqual(expect.arrayContaining(["fetch", "github", "redis"]));
  });

  it("is described in plain text, as catalogue servers are", () => {
    expect(indexRecords(index, catalogue).find((record) => record.name === "redis")?.description).toBe("🚀 Redis\n\nKeys and values.");
    expect(catalogueRecords(catalogue)[0]?.description).toBe("🎉 The official one");
  });

  it("normalises repository addresses and package names", () => {
    expect(repositoryKey("git+https://www.GitHub.com/Org/Repo.git/")).toBe("github.com/org/repo");
    expect(repositoryKey("git@github.com:org/repo.git")).toBe("github.com/org/repo");
    expect(repositoryKey("https://github.com/org/repo/tree/main/src/redis")).toBe("github.com/org/repo/src/redis");
    expect(repositoryKey("https://github.com/org/repo#readme")).toBe("github.com/org/repo");
    expect(repositoryKey(" ")).toBeUndefined();
    expect(packageKey("@Scope/Pkg@1.2.0")).toBe("@scope/pkg");
    expect(packageKey("pkg@latest")).toBe("pkg");
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
