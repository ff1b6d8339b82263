import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/load";
import { prepareImportedContent } from "@/lib/import/prebuild";
import { needsShared } from "../../shared-corpus";
import { ROOT, tempDir } from "./helpers";

const sharedCorpus = needsShared("corpus/servers");
const CORPUS = sharedCorpus.path;
const quiet = () => {};

describe("prepareImportedContent", () => {
  it("returns no extra root when there is no corpus", async () => {
    const cwd = tempDir();
    expect(await prepareImportedContent({ cwd, env: { ...process.env, CATALOGUE_CORPUS: path.join(cwd, "missing") }, log: quiet })).toEqual([]);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it("fails clearly, naming the file, when a corpus file is malformed, and leaves the last import alone", async () => {
    const cwd = tempDir();
    const corpus = path.join(cwd, "corpus");
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, "good.json"), JSON.stringify({ server: { slug: "good", title: "Good", source: "t" }, tools: [{ name: "ping" }] }));
    const [imported] = await prepareImportedContent({ cwd, env: { ...process.env, CATALOGUE_CORPUS: corpus }, log: quiet });
    expect(imported).toBe(path.join(cwd, ".cache/imported"));

    fs.writeFileSync(path.join(corpus, "bad.json"), JSON.stringify({ server: { slug: "bad", title: "Bad", source: "t" }, tools: [{ name: "ok" }, { description: "no name" }] }));
    await expect(prepareImportedContent({ cwd, env: { ...process.env, CATALOGUE_CORPUS: corpus }, log: quiet })).rejects.toThrow(
      `the corpus at ${corpus} has 1 file that did not import:\n  - ${path.join(corpus, "bad.json")}: tool #2 is malformed: name: is required`,
    );
    expect(fs.readdirSync(path.join(cwd, ".cache"))).toEqual(["imported"]);
    expect(fs.readdirSync(path.join(cwd, ".cache/imported/servers"))).toEqual(["good"]);
  });

  it("imports again only the snapshots that changed, carrying the other servers' folders over as they were", async () => {
    const cwd = tempDir();
    const corpus = path.join(cwd, "corpus");
    fs.mkdirSync(corpus);
    const snapshot = (slug: string, description: string) => JSON.stringify({ server: { slug, title: slug, source: "t" }, tools: [{ name: "ping", description }] });
    fs.writeFileSync(path.join(corpus, "a.json"), snapshot("a", "Returns pong."));
    fs.writeFileSync(path.join(corpus, "b.json"), snapshot("b", "Returns pong."));
    fs.writeFileSync(path.join(corpus, "c.json"), snapshot("c", "Returns pong."));
    const lines: string[] = [];
    const run = () => prepareImportedContent({ cwd, env: { ...process.env, CATALOGUE_CORPUS: corpus }, log: (line) => lines.push(line) });
    const [root] = await run();
    const entry = (slug: string) => fs.readFileSync(path.join(root!, "servers", slug, "tools", "ping.md"), "utf8");
    const aBefore = entry("a");
    expect(lines.at(-1)).toMatch(/3 imported \(3 tools\).*0 unchanged/);

    fs.writeFileSync(path.join(corpus, "b.json"), snapshot("b", "Deletes every record."));
    fs.rmSync(path.join(corpus, "c.json"));
    await run();
    expect(lines.at(-1)).toMatch(/2 servers .*1 imported \(1 tools\).*1 unchanged/);
    expect(fs.readdirSync(path.join(root!, "servers")).sort()).toEqual(["a", "b"]);
    // Carried as it was (same import time), and the changed one re-judged.
    expect(entry("a")).toBe(aBefore);
    expect(entry("b")).toMatch(/risk: (high|critical)/);

    await run();
    expect(lines.at(-1)).toMatch(/0 imported .*2 unchanged/);
    expect(loadCatalogue([root!]).servers.map((s) => s.slug)).toEqual(["a", "b"]);
  });

  it.skipIf(!sharedCorpus.available)(sharedCorpus.title("imports the whole shared corpus; the committed seed entries win and the seed servers list every tool"), async () => {
    const cwd = tempDir();
    const roots = await prepareImportedContent({ cwd, env: { ...process.env, CATALOGUE_CORPUS: CORPUS }, log: quiet });
    expect(roots).toEqual([path.join(cwd, ".cache/imported")]);
    const corpusFiles = fs.readdirSync(CORPUS).filter((f) => f.endsWith(".json"));
    expect(fs.readdirSync(path.join(roots[0]!, "servers"))).toHaveLength(corpusFiles.length);

    const catalogue = loadCatalogue([path.join(ROOT, "content"), ...roots]);
    const telegram = catalogue.servers.find((s) => s.slug === "telegram-mcp-complete")!;
    const tachibot = catalogue.servers.find((s) => s.slug === "tachibot")!;
    expect(telegram.tools).toHaveLength(153);
    expect(tachibot.tools).toHaveLength(104);
    // The seed server page and the reviewed seed entry come from content/, not the corpus.
    expect(tachibot.file).toBe(path.join(ROOT, "content/servers/tachibot/server.md"));
    const seed = tachibot.tools.find((t) => t.name === "focus_export_session")!;
    expect(seed.file).toBe(path.join(ROOT, "content/servers/tachibot/tools/focus_export_session.md"));
    expect(seed.reviewed).toBe(true);
    const imported = tachibot.tools.find((t) => t.name !== "focus_export_session")!;
    expect(imported.file.startsWith(roots[0]!)).toBe(true);
  });
});
