import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImportArgs } from "@/lib/cli/import-arguments";
import { splitCommandLine } from "@/lib/import/command-line";
import { loadCatalogue } from "@/lib/content/load";
import { FIXTURES, ROOT, tempDir } from "./helpers";

/** Runs the command as a person would: `npm run --silent catalogue -- import ...`, via tsx. */
function catalogue(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "lib/cli/main.ts"), "import", ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("catalogue import (command line)", () => {
  it("imports a folder of snapshots, reports on stderr and in --json, and exits 1 when one file is broken", () => {
    const work = tempDir();
    const input = path.join(work, "snapshots");
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, "a.json"), JSON.stringify({ tools: [{ name: "delete_all_rows", description: "Deletes every row.", annotations: { readOnlyHint: true } }] }));
    fs.writeFileSync(path.join(input, "b.json"), "[1, 2");
    const out = path.join(work, "out");

    const { code, stdout, stderr } = catalogue([input, "--out", out, "--json"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`[1/2] importing ${path.join(input, "a.json")}`);
    expect(stderr).toContain(`FAILED ${path.join(input, "b.json")}: is not valid JSON`);
    expect(stderr).toMatch(/imported 1 of 2 servers \(1 tools\) into .*; 1 FAILED/);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.servers.map((s: { slug: string | null; status: string }) => [s.slug, s.status])).toEqual([["a", "imported"], [null, "failed"]]);

    const tool = loadCatalogue([out]).servers[0]!.tools[0]!;
    expect(tool.name).toBe("delete_all_rows");
    expect(tool.category).toBe("destructive");
    expect(["high", "critical"]).toContain(tool.risk);
  });

  it("imports several --stdio servers in one run; the one that crashes is named and the rest still import", () => {
    const out = path.join(tempDir(), "out");
    const node = JSON.stringify(process.execPath);
    const { code, stderr } = catalogue([
      "--stdio", `${node} ${path.join(FIXTURES, "paginated.mjs")}`, "--slug", "paged", "--title", "Paged server",
      "--stdio", `${node} ${path.join(FIXTURES, "crash.mjs")}`,
      "--stdio", `${node} ${path.join(ROOT, "node_modules/@modelcontextprotocol/server-memory/dist/index.js")}`, "--package", "@modelcontextprotocol/server-memory", "--slug", "memory",
      "--out", out, "--timeout", "20",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/FAILED stdio ".*crash\.mjs": the server exited or closed the connection while connecting and initializing/);
    expect(stderr).toContain("fatal: HOSTILE_TOKEN is not set");
    expect(stderr).toContain("paged: 25 tools");
    const servers = loadCatalogue([out]).servers;
    // Without --title a live server is called by the name it gives in initialize.
    expect(servers.map((s) => [s.slug, s.title]).sort()).toEqual([
      ["memory", "memory-server"],
      ["paged", "Paged server"],
    ]);
    expect(servers.find((s) => s.slug === "memory")!.source).toMatch(/^npm:@modelcontextprotocol\/server-memory@[\d.]+ \(tools\/list over stdio\)$/);
  });

  it("reads flags in any order around a single snapshot", () => {
    const work = tempDir();
    const snapshot = path.join(work, "one.json");
    fs.writeFileSync(snapshot, JSON.stringify({ tools: [{ name: "list_items", description: "Lists items." }] }));
    const first = catalogue(["--slug", "first-order", "--out", path.join(work, "a"), "--quiet", snapshot]);
    const second = catalogue([snapshot, "--quiet", `--out=${path.join(work, "b")}`, "--slug=first-order"]);
    for (const [result, out] of [[first, "a"], [second, "b"]] as const) {
      expect(result.code, result.stderr).toBe(0);
      expect(loadCatalogue([path.join(work, out)]).servers.map((s) => s.slug)).toEqual(["first-order"]);
    }
  });

  it("explains usage mistakes with exit code 2", () => {
    const noOut = catalogue([path.join(FIXTURES, "nothing.json")]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toBe("catalogue: --out DIR is required\n");
    const trailing = catalogue([path.join(FIXTURES, "nothing.json"), "--out"]);
    expect(trailing).toMatchObject({ code: 2, stderr: "catalogue: --out needs a value; try --help\n" });
    const unknown = catalogue([path.join(FIXTURES, "nothing.json"), "--out", "o", "--dryrun"]);
    expect(unknown).toMatchObject({ code: 2, stderr: "catalogue: unknown option --dryrun; try --help\n" });
    const help = catalogue(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--stdio "COMMAND"');
  });
});

describe("parseImportArgs", () => {
  it("attaches identity flags to the source they follow", () => {
    const parsed = parseImportArgs(["--stdio", "node a.js", "--slug", "a", "--env", "X=1=2", "--url", "http://127.0.0.1:9/mcp", "--slug", "b", "--header", "Authorization: Bearer t", "--out", "o", "--timeout", "2.5"], "/w");
    expect(parsed).toEqual({
      specs: [
        { kind: "stdio", commandLine: "node a.js", target: { kind: "stdio", command: "node", args: ["a.js"], env: { X: "1=2" } }, flags: { slug: "a" } },
        { kind: "http", target: { kind: "http", url: "http://127.0.0.1:9/mcp", headers: { Authorization: "Bearer t" } }, flags: { slug: "b" } },
      ],
      out: "/w/o",
      timeoutMs: 2500,
      json: false,
      quiet: false,
      dryRun: false,
    });
  });

  it("does not depend on order with one SOURCE; with several, a server's flags follow it", () => {
    const expected = { specs: [{ kind: "stdio", commandLine: "node a.js", target: { kind: "stdio", command: "node", args: ["a.js"], env: { X: "1" } }, flags: { slug: "a" } }], out: "/w/o" };
    expect(parseImportArgs(["--slug", "a", "--env=X=1", "--out", "o", "--stdio", "node a.js"], "/w")).toMatchObject(expected);
    expect(parseImportArgs(["--out=o", "--stdio=node a.js", "--env", "X=1", "--slug=a"], "/w")).toMatchObject(expected);
    expect(() => parseImportArgs(["--slug", "a", "x.json", "y.json", "--out", "o"])).toThrow("--slug describes a server, so with several sources it must follow the SOURCE it belongs to");
    expect(() => parseImportArgs(["x.json", "--slug", "a", "--slug", "b", "--out", "o"])).toThrow("--slug is given twice for one SOURCE");
  });

  it("refuses misplaced server flags, bad addresses and bad timeouts", () => {
    expect(() => parseImportArgs(["x.json", "--env", "A=1", "--out", "o"])).toThrow("--env KEY=VALUE applies only to a --stdio source");
    expect(() => parseImportArgs(["--url", "file:///etc/passwd", "--out", "o"])).toThrow("--url needs an http(s) address");
    expect(() => parseImportArgs(["x.json", "--out", "o", "--timeout", "0"])).toThrow("--timeout needs a positive number of seconds");
    expect(() => parseImportArgs(["--stdio", "node 'a.js", "--out", "o"])).toThrow("unclosed single quote");
  });
});

describe("splitCommandLine", () => {
  it("splits words like a shell without running one", () => {
    expect(splitCommandLine(`npx -y "@scope/pkg" --dir '/tmp/a b' x\\ y "say \\"hi\\"" $HOME; rm -rf /`)).toEqual([
      "npx", "-y", "@scope/pkg", "--dir", "/tmp/a b", "x y", 'say "hi"', "$HOME;", "rm", "-rf", "/",
    ]);
    expect(splitCommandLine(`  a   ''  b `)).toEqual(["a", "", "b"]);
  });
});
