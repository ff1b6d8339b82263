import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer, resolveStaticPath } from "@/lib/serve/server";

describe("resolveStaticPath", () => {
  const root = "/srv/site";
  it("maps URL paths under the root", () => {
    expect(resolveStaticPath(root, "/servers/x/")).toBe("/srv/site/servers/x");
    expect(resolveStaticPath(root, "/a%20b.json?x=1")).toBe("/srv/site/a b.json");
  });
  it("never leaves the root", () => {
    for (const url of ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/a/../../b", "/x%00y"]) {
      const resolved = resolveStaticPath(root, url);
      expect(resolved === undefined || resolved.startsWith(root + "/"), url).toBe(true);
    }
    expect(resolveStaticPath(root, "/x%00y")).toBeUndefined();
    expect(resolveStaticPath(root, "/%E0%A4%A")).toBeUndefined();
  });
  it("strips a base path and refuses paths outside it", () => {
    expect(resolveStaticPath(root, "/cat/servers/", "/cat")).toBe("/srv/site/servers");
    expect(resolveStaticPath(root, "/other/", "/cat")).toBeUndefined();
  });
});

describe("the static server", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "serve-"));
  fs.mkdirSync(path.join(dir, "servers/x"), { recursive: true });
  fs.writeFileSync(path.join(dir, "index.html"), "home");
  fs.writeFileSync(path.join(dir, "404.html"), "not here");
  fs.writeFileSync(path.join(dir, "servers/x/index.html"), "server x");
  fs.writeFileSync(path.join(dir, "p.json"), "{}");
  const server = createStaticServer(dir);
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves folders, files with their type, and a 404 page", async () => {
    expect(await (await fetch(`${base}/servers/x/`)).text()).toBe("server x");
    const json = await fetch(`${base}/p.json`);
    expect(json.headers.get("content-type")).toContain("application/json");
    const missing = await fetch(`${base}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("not here");
  });

  it("redirects a folder without its trailing slash", async () => {
    const res = await fetch(`${base}/servers/x`, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/servers/x/");
  });
});
