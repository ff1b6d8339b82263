import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImportArgs } from "@/lib/cli/import-arguments";
import { loadCatalogue } from "@/lib/content/load";
import { chooseBin, failureOutcome, isolatedEnv, isReserved, parseNpmList, parseNpmSpec } from "@/lib/import/npm";
import { ROOT, tempDir } from "./helpers";

describe("npm package specs", () => {
  it("accept names, versions, ranges and tarballs, and refuse URLs, git and folders", () => {
    expect(parseNpmSpec("left-pad")).toEqual({ kind: "registry", name: "left-pad", raw: "left-pad" });
    expect(parseNpmSpec("@scope/pkg@1.2.3")).toEqual({ kind: "registry", name: "@scope/pkg", version: "1.2.3", raw: "@scope/pkg@1.2.3" });
    expect(parseNpmSpec("pkg@^2")).toMatchObject({ name: "pkg", version: "^2" });
    expect(parseNpmSpec("./dist/pkg-1.0.0.tgz")).toEqual({ kind: "tarball", file: "./dist/pkg-1.0.0.tgz", raw: "./dist/pkg-1.0.0.tgz" });
    for (const bad of ["git+https://github.com/a/b.git", "https://x.org/p.tgz", "../folder", "Bad Name", "pkg@", "@scope"]) expect(() => parseNpmSpec(bad), bad).toThrow();
  });

  it("read a list with arguments and comments, naming the line of a mistake", () => {
    expect(parseNpmList("# servers\n@a/b@1 stdio --flag\n\nc  # trailing\n")).toEqual([
      { spec: { kind: "registry", name: "@a/b", version: "1", raw: "@a/b@1" }, args: ["stdio", "--flag"], line: 2 },
      { spec: { kind: "registry", name: "c", raw: "c" }, args: [], line: 4 },
    ]);
    expect(() => parseNpmList("ok\nNot-Lower-Case\n")).toThrow(/line 2/);
  });

  it("count a package as reserved when its name appears as a whole word in the list", () => {
    const list = "# Reserved\n- `@acme/secret-server`\n- plain-name, other\nprose mentions acme-tools-extended\n";
    expect(isReserved("@acme/secret-server", list)).toBe(true);
    expect(isReserved("plain-name", list)).toBe(true);
    expect(isReserved("other", list)).toBe(true);
    expect(isReserved("PLAIN-NAME", list)).toBe(true);
    expect(isReserved("secret-server", list)).toBe(false);
    expect(isReserved("acme-tools", list)).toBe(false);
    expect(isReserved("plain", list)).toBe(false);
  });
});

describe("catalogue import --npm (arguments)", () => {
  it("takes every package after --npm, and the options of a batch", () => {
    const parsed = parseImportArgs(["--npm", "a", "@b/c@1", "--out", "o", "--retry", "--install-timeout", "60", "--state", "s.json", "--reserved", "r.md"], "/w");
    expect(parsed !== "help" && parsed.npm?.map((e) => e.spec.raw)).toEqual(["a", "@b/c@1"]);
    expect(parsed !== "help" && parsed.npmOptions).toEqual({ retry: true, installTimeoutMs: 60_000, stateFile: "/w/s.json", reserved: ["/w/r.md"] });
  });

  it("refuses an empty --npm, bad names, and packages mixed with other sources", () => {
    expect(() => parseImportArgs(["--npm", "--out", "o"])).toThrow(/--npm needs a value/);
    expect(() => parseImportArgs(["--npm", "git+https://x/y.git", "--out", "o"])).toThrow(/--npm: .* is not an npm package name/);
    expect(() => parseImportArgs(["x.json", "--npm", "a", "--out", "o"])).toThrow("--npm and --npm-list import packages on their own");
  });
});

describe("what an install and a server are given", () => {
  it("is a fresh home and a few harmless variables, never a credential", () => {
    const env = isolatedEnv(
      { PATH: "/usr/bin", HOME: "/root", GITHUB_TOKEN: "t", NPM_TOKEN: "n", AWS_SECRET_ACCESS_KEY: "s", HTTPS_PROXY: "http://user:pw@proxy:3128", NO_PROXY: "localhost", LANG: "C.UTF-8" },
      "/tmp/fresh",
    );
    expect(env).toEqual({
      PATH: "/usr/bin",
      LANG: "C.UTF-8",
      NO_PROXY: "localhost",
      HOME: "/tmp/fresh",
      USERPROFILE: "/tmp/fresh",
      XDG_CONFIG_HOME: "/tmp/fresh/.config",
      npm_config_userconfig: "/tmp/fresh/.npmrc",
    });
  });

  it("starts the bin named like the package, else one about MCP, else the first", () => {
    expect(chooseBin("@x/server", "cli.js")).toEqual({ name: "server", file: "cli.js" });
    expect(chooseBin("@x/server", { tool: "a.js", server: "b.js" })).toEqual({ name: "server", file: "b.js" });
    expect(chooseBin("pkg", { setup: "a.js", "pkg-mcp": "b.js" })).toEqual({ name: "pkg-mcp", file: "b.js" });
    expect(chooseBin("pkg", {})).toBeUndefined();
  });

  it("names failures from what the importer said", () => {
    expect(failureOutcome("no answer within 3 s while reading tools/list page 1 (the server hangs or is too slow; raise --timeout)")).toBe("timed-out");
    expect(failureOutcome("the server exited or closed the connection while connecting (Connection closed); its stderr ended with: Error: EXAMPLE_API_KEY environment variable is required")).toBe("needs-credentials");
    expect(failureOutcome("the server exited or closed the connection while connecting (Connection closed); it sent data that is not valid JSON-RPC")).toBe("crashed");
  });
});

/** Packs tests/fixtures/npm-server as a package of this name and mode into a tarball in dir. */
function fixtureTarball(dir: string, name: string, mode: string, marker: string): string {
  const folder = path.join(dir, `src-${name}`);
  fs.cpSync(path.join(ROOT, "tests/fixtures/npm-server"), folder, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8"));
  fs.writeFileSync(path.join(folder, "package.json"), JSON.stringify({ ...manifest, name, bin: { [name]: "server.js" }, config: { marker } }));
  const server = path.join(folder, "server.js");
  fs.writeFileSync(server, fs.readFileSync(server, "utf8").replace('const MODE = "ok";', `const MODE = ${JSON.stringify(mode)};`));
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: folder, encoding: "utf8" }).trim().split("\n").pop()!;
  return path.join(dir, packed);
}

function catalogue(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "lib/cli/main.ts"), "import", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 170_000,
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("catalogue import --npm (local tarballs, no network)", () => {
  it("installs each package with scripts off and no credentials, imports what lists tools, reports the rest, and resumes", () => {
    const work = tempDir();
    const marker = path.join(work, "postinstall-ran");
    const tarballs = ["ok", "needs-credentials", "crash", "hang"].map((mode) => fixtureTarball(work, `catalogue-fixture-${mode}`, mode, marker));
    const reservedTarball = fixtureTarball(work, "catalogue-fixture-reserved", "ok", marker);
    const reserved = path.join(work, "RESERVED.md");
    fs.writeFileSync(reserved, "# Not to be installed\n- `catalogue-fixture-reserved`\n");
    const out = path.join(work, "out");
    const env = { ...process.env, GITHUB_TOKEN: "ghp_not_a_real_token", EXAMPLE_API_KEY: "not-real" };

    const first = catalogue(["--npm", ...tarballs, reservedTarball, "--out", out, "--timeout", "3", "--reserved", reserved, "--json"], env);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toMatch(/npm import: 5 packages: 1 imported, 1 needs credentials, 1 crashed, 1 timed out, 1 refused/);
    const report = JSON.parse(first.stdout) as { packages: { outcome: string; package?: string; tools?: number }[] };
    expect(report.packages.map((p) => [p.package, p.outcome])).toEqual([
      ["catalogue-fixture-ok", "imported"],
      ["catalogue-fixture-needs-credentials", "needs-credentials"],
      ["catalogue-fixture-crash", "crashed"],
      ["catalogue-fixture-hang", "timed-out"],
      ["catalogue-fixture-reserved", "refused"],
    ]);
    // Install scripts never ran; the server saw a fresh home and no credential variable.
    expect(fs.existsSync(marker)).toBe(false);
    const server = loadCatalogue([out]).servers.find((s) => s.slug === "catalogue-fixture")!;
    expect(server.tools.map((t) => t.name).sort()).toEqual(["delete_note", "environment_report", "read_note"]);
    const report_ = server.tools.find((t) => t.name === "environment_report")!;
    expect(report_.description).toMatch(/credential variables: none\./);
    expect(report_.description).not.toContain(`HOME=${process.env.HOME}`);
    expect(server.tools.find((t) => t.name === "delete_note")!.source).toBe("npm:catalogue-fixture-ok@1.0.0 (tools/list over stdio)");

    // A second run resumes: nothing is installed again, the report is the same.
    const second = catalogue(["--npm", ...tarballs, reservedTarball, "--out", out, "--timeout", "3", "--reserved", reserved], env);
    expect(second.stderr).toMatch(/npm import: 5 packages: 1 imported, 1 needs credentials, 1 crashed, 1 timed out, 1 refused/);
    expect(second.stderr.match(/in an earlier run/g)).toHaveLength(5);
    expect(second.stderr).not.toContain("installing");
  }, 180_000);
});
