import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { manifest, write } from "./export-fixture";
import { folderPagePath, payloadFiles, prunePayloads } from "@/lib/build/prune-payloads";

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));


const links = (...hrefs: string[]) => [`2:I[22016,[],""]`, ...hrefs.map((href, i) => `${i + 3}:["$","$L2",null,{"href":${JSON.stringify(href)}}]`)].join("\n");

/** An export of five pages: /search/ is hydrated and links to /servers/, which links to /servers/s/; nothing links to the tool page on the client. */
function setUp(linkModule = "[project]/node_modules/next/dist/client/app-dir/link.js") {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "prune-payloads-"));
  const nextDir = path.join(root, ".next");
  write(path.join(nextDir, "server/app/page_client-reference-manifest.js"), manifest("/page", { [linkModule]: 22016 }));
  const outDir = path.join(root, "out");
  const page = (dir: string, payload: string) => {
    write(path.join(outDir, dir, "index.html"), "<html></html>");
    write(path.join(outDir, dir, "index.txt"), payload);
    write(path.join(outDir, dir, "__next._tree.txt"), "tree");
  };
  page("", links("/servers/"));
  page("search", links("/servers/", "https://example.org/"));
  page("servers", links("/servers/s/"));
  page("servers/s", `0:["$","a",null,{"href":"/servers/s/t/"}]`);
  page("servers/s/t", links("/servers/s/"));
  write(path.join(outDir, "robots.txt"), "User-agent: *");
  const pages = ["/", "/search/", "/servers/", "/servers/s/", "/servers/s/t/"];
  return { outDir, nextDir, pages };
}

describe("prunePayloads", () => {
  it("keeps the payload files of pages a client navigation can reach and deletes the others'", () => {
    const { outDir, nextDir, pages } = setUp();
    const summary = prunePayloads({ outDir, nextDir, hydrated: ["/search/"], pages });
    expect(summary).toMatchObject({ pages: 5, reachable: 3, prunedPages: 2, deletedFiles: 4 });
    for (const dir of ["search", "servers", "servers/s"]) expect(payloadFiles(path.join(outDir, dir))).toHaveLength(2);
    // The home page is not reached from /search/ on the client, and a plain <a> does not count.
    expect(payloadFiles(outDir)).toEqual([]);
    expect(payloadFiles(path.join(outDir, "servers/s/t"))).toEqual([]);
    expect(fs.existsSync(path.join(outDir, "servers/s/t/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(outDir, "robots.txt"))).toBe(true);
  });

  it("with no hydrated page deletes every page's payload", () => {
    const { outDir, nextDir, pages } = setUp();
    expect(prunePayloads({ outDir, nextDir, hydrated: [], pages })).toMatchObject({ reachable: 0, prunedPages: 5, deletedFiles: 10 });
  });

  it("refuses when next/link is not in the manifests", () => {
    const { outDir, nextDir, pages } = setUp("[project]/node_modules/next/dist/client/somewhere-else.js");
    expect(() => prunePayloads({ outDir, nextDir, hydrated: ["/search/"], pages })).toThrow(/next\/link is not in the client reference manifests/);
    expect(payloadFiles(path.join(outDir, "servers/s/t"))).toHaveLength(2);
  });

  it("names folder pages by URL path", () => {
    expect(folderPagePath("index.html")).toBe("/");
    expect(folderPagePath(path.join("servers", "s", "index.html"))).toBe("/servers/s/");
    expect(folderPagePath("404.html")).toBeUndefined();
  });
});
