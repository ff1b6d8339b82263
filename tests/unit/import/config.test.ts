import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, liveConfigSchema, readLiveConfig } from "@/lib/import/config";
import { loadCatalogue } from "@/lib/content/load";
import { ROOT, tempDir } from "./helpers";

const CONFIG = path.join(ROOT, "lib/import/live-servers.json");

describe("the live servers config", () => {
  const config = liveConfigSchema.parse(JSON.parse(fs.readFileSync(CONFIG, "utf8")));
  const devDependencies = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies;

  it("names at least ten servers, each an exactly pinned dev dependency started from its own bin with the current node", () => {
    expect(config.servers.length).toBeGreaterThanOrEqual(10);
    for (const server of config.servers) expect(devDependencies[server.package], server.package).toMatch(/^\d+\.\d+\.\d+$/);
    const specs = readLiveConfig(CONFIG, ROOT);
    expect(specs).toHaveLength(config.servers.length);
    for (const spec of specs) {
      if (spec.kind !== "stdio") throw new Error("the config only starts stdio servers");
      expect(spec.target.command).toBe(process.execPath);
      expect(fs.existsSync(spec.target.args[0]!)).toBe(true);
    }
  });

  it("matches the committed entries: one folder per server, its source naming the installed version", () => {
    const committed = new Map(loadCatalogue([path.join(ROOT, "content")]).servers.map((s) => [s.slug, s]));
    for (const server of config.servers) {
      const entry = committed.get(server.slug);
      expect(entry, `content/servers/${server.slug} (run npm run import:live)`).toBeDefined();
      const version = (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", server.package, "package.json"), "utf8")) as { version: string }).version;
      expect(entry!.source).toBe(`npm:${server.package}@${version} (tools/list over stdio)`);
      expect(entry!.tools.length).toBeGreaterThan(0);
      expect(entry!.tools.every((t) => t.source === entry!.source)).toBe(true);
    }
  });

  it("explains a config that names a package that is not installed or is not valid", () => {
    const dir = tempDir();
    const file = path.join(dir, "servers.json");
    fs.writeFileSync(file, JSON.stringify({ servers: [{ package: "not-installed-mcp", slug: "x", title: "X" }] }));
    expect(() => readLiveConfig(file, ROOT)).toThrow(new ConfigError(`not-installed-mcp is not installed in ${ROOT}/node_modules (run npm install)`));
    fs.writeFileSync(file, JSON.stringify({ servers: [{ package: "a", slug: "x" }] }));
    expect(() => readLiveConfig(file, ROOT)).toThrow(`${file}: servers.0.title:`);
  });
});
