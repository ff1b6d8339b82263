import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { manifest, write } from "./export-fixture";
import { projectIslandIds, stripExport } from "@/lib/build/strip-export";

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));


const page = (rows: string) =>
  `<html><head><link rel="stylesheet" href="/_next/static/c.css"/><script src="/_next/static/chunks/r.js" async=""></script></head><body><script src="/enhance.js" defer=""></script><script>self.__next_f.push([1,"${rows}"])</script></body></html>`;

function setUp(): { outDir: string; nextDir: string } {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "strip-export-"));
  const nextDir = path.join(root, ".next");
  write(
    path.join(nextDir, "server/app/servers/[server]/page_client-reference-manifest.js"),
    manifest("/servers/[server]/page", {
      "[project]/node_modules/next/dist/client/app-dir/link.js": 22016,
      "[project]/app/_components/tools/tools-table.tsx": 2513,
    }),
  );
  write(path.join(nextDir, "server/app/page_client-reference-manifest.js"), manifest("/page", { "[project]/node_modules/next/dist/esm/client/components/layout-router.js": 39756 }));
  const outDir = path.join(root, "out");
  write(path.join(outDir, "servers/s/index.html"), page(`2:I[22016,[],\\"default\\"]\\n3:I[2513,[],\\"ToolsTable\\"]`));
  write(path.join(outDir, "servers/s/t/index.html"), page(`2:I[22016,[],\\"default\\"]\\n3:I[39756,[],\\"\\"]`));
  write(path.join(outDir, "servers/s/t/__next._full.txt"), `2:I[22016,[],"default"]`);
  return { outDir, nextDir };
}

describe("stripExport", () => {
  it("collects only the project's own client components from the manifests", () => {
    const { nextDir } = setUp();
    expect(projectIslandIds(nextDir)).toEqual(new Set(["2513"]));
  });

  it("strips pages without an island, leaves pages with one and the RSC payload files untouched", () => {
    const { outDir, nextDir } = setUp();
    const serverBefore = fs.readFileSync(path.join(outDir, "servers/s/index.html"), "utf8");
    const summary = stripExport({ outDir, nextDir, basePath: "" });
    expect(summary).toEqual({ pages: 2, stripped: 1, kept: [path.join("servers", "s", "index.html")] });
    expect(fs.readFileSync(path.join(outDir, "servers/s/index.html"), "utf8")).toBe(serverBefore);
    const tool = fs.readFileSync(path.join(outDir, "servers/s/t/index.html"), "utf8");
    expect(tool).not.toContain("/_next/static/chunks/r.js");
    expect(tool).not.toContain("__next_f");
    expect(tool).toContain(`href="/_next/static/c.css"`);
    expect(tool).toContain(`<script src="/enhance.js" defer=""></script>`);
    expect(fs.existsSync(path.join(outDir, "servers/s/t/__next._full.txt"))).toBe(true);
    // Running again changes nothing.
    expect(stripExport({ outDir, nextDir, basePath: "" })).toEqual(summary);
    expect(fs.readFileSync(path.join(outDir, "servers/s/t/index.html"), "utf8")).toBe(tool);
  });

  it("refuses to strip when the manifests name no client component at all", () => {
    const { outDir } = setUp();
    expect(() => stripExport({ outDir, nextDir: path.join(root, "nowhere"), basePath: "" })).toThrow(/no client component found/);
  });
});
