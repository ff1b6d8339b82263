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
