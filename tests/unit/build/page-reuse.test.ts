import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PageStore, frameworkAssets, reusablePages } from "@/lib/build/page-reuse";
import { pagesToRender, writeRenderPlan } from "@/lib/build/render-plan";
import { server, tool } from "../catalogue/entries";

function catalogue(description = "reads a") {
  return {
    servers: [
      server("alpha", [tool("read_a", "low", "read", { server: "alpha", description }), tool("drop_a", "critical", "destructive", { server: "alpha" })]),
      server("beta", [tool("read_b", "low", "read", { server: "beta" }), tool("wipe_b", "high", "write", { server: "beta" })]),
      server("gamma", [tool("send_g", "medium", "execute", { server: "gamma" })]),
    ],
  };
}

const keys = (c: ReturnType<typeof catalogue>, fingerprint = "code-1") =>
  new Map(reusablePages(c, fingerprint).filter((p) => p.kind !== "listing").map((p) => [p.urlPath, p.key]));
const listingKeys = (c: ReturnType<typeof catalogue>) => new Map(reusablePages(c, "code-1").filter((p) => p.kind === "listing").map((p) => [p.urlPath, p.key]));

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("page keys", () => {
  it("name every tool and server page", () => {
    expect([...keys(catalogue()).keys()]).toEqual([
      "/servers/alpha/",
      "/servers/alpha/read_a/",
      "/servers/alpha/drop_a/",
      "/servers/beta/",
      "/servers/beta/read_b/",
      "/servers/beta/wipe_b/",
      "/servers/gamma/",
      "/servers/gamma/send_g/",
    ]);
  });

  it("change for the pages that show a changed tool: its own, its server's, its siblings', and those listing it as related", () => {
    const before = keys(catalogue());
    const after = keys(catalogue("reads a, now differently"));
    const changed = [...before.keys()].filter((url) => before.get(url) !== after.get(url));
    // read_b shows read_a among its related tools (same category and risk); gamma's pages show nothing of alpha.
    expect(changed).toEqual(["/servers/alpha/", "/servers/alpha/read_a/", "/servers/alpha/drop_a/", "/servers/beta/read_b/"]);
  });

  it("name every page of the risk and category listings, and change for those that show a changed tool", () => {
    const before = listingKeys(catalogue());
    expect([...before.keys()]).toEqual([
      "/risk/low/",
      "/risk/medium/",
      "/risk/high/",
      "/risk/critical/",
      "/category/read/",
      "/category/write/",
      "/category/destructive/",
      "/category/execute/",
      "/category/financial/",
    ]);
    const after = listingKeys(catalogue("reads a, now differently"));
    expect([...before.keys()].filter((url) => before.get(url) !== after.get(url))).toEqual(["/risk/low/", "/category/read/"]);
  });

  it("all change with the code", () => {
    const before = keys(catalogue(), "code-1");
    const after = keys(catalogue(), "code-2");
    expect([...before.keys()].every((url) => before.get(url) !== after.get(url))).toBe(true);
  });
});

describe("the render plan", () => {
  it("leaves out the pages the build skips, never all of a route's", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "render-plan-"));
    const file = path.join(dir, "plan.json");
    const params = [{ s: "a" }, { s: "b" }, { s: "c" }];
    const pathOf = (p: { s: string }) => `/servers/${p.s}/`;
    expect(pagesToRender(params, pathOf, {})).toEqual(params);
    writeRenderPlan(file, { skip: ["/servers/a/", "/servers/c/"] });
    expect(pagesToRender(params, pathOf, { CATALOGUE_RENDER_PLAN: file })).toEqual([{ s: "b" }]);
    const other = path.join(dir, "all.json");
    writeRenderPlan(other, { skip: params.map(pathOf) });
    expect(pagesToRender(params, pathOf, { CATALOGUE_RENDER_PLAN: other })).toEqual([{ s: "a" }]);
  });
});

describe("the page store", () => {
  it("keeps a page's files under its key, puts them back, and forgets keys no longer in use", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-store-"));
    const page = path.join(dir, "out/servers/a");
    fs.mkdirSync(path.join(page, "t"), { recursive: true });
    fs.writeFileSync(path.join(page, "index.html"), "<html>a</html>");
    fs.writeFileSync(path.join(page, "index.txt"), "payload");
    fs.writeFileSync(path.join(page, "__next._tree.txt"), "tree");
    fs.writeFileSync(path.join(page, "t/index.html"), "a page below, not part of this one");
    const store = new PageStore(path.join(dir, "store"));
    store.save("k1", page);
    expect(store.has("k1")).toBe(true);
    expect(fs.readdirSync(path.join(dir, "store/k1")).sort()).toEqual(["__next._tree.txt", "index.html", "index.txt"]);

    const again = path.join(dir, "out2/servers/a");
    expect(store.restore("k1", again).map((f) => path.basename(f)).sort()).toEqual(["__next._tree.txt", "index.html", "index.txt"]);
    expect(fs.readFileSync(path.join(again, "index.html"), "utf8")).toBe("<html>a</html>");

    store.save("k2", page);
    expect(store.prune(new Set(["k2"]))).toBe(1);
    expect(store.has("k1")).toBe(false);
    expect(store.has("k2")).toBe(true);
  });

  it("reads the framework files a page refers to", () => {
    const html = `<link rel="stylesheet" href="/cat/_next/static/chunks/a.css"/><script src="/cat/_next/static/chunks/b.js?v=1"></script><script src="/cat/enhance.js"></script><a href="/cat/servers/">x</a>`;
    expect(frameworkAssets(html, "/cat")).toEqual(["/_next/static/chunks/a.css", "/_next/static/chunks/b.js"]);
  });
});
