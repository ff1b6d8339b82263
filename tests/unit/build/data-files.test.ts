import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataFiles } from "@/lib/build/data-files";
import { FileStore } from "@/lib/build/file-store";
import { outputPath, writeSiteFiles } from "@/lib/build/write-files";
import { catalogueJsonLines, policyFileText, serverRecord, serversListing, toolRecord } from "@/lib/catalogue/records";
import { serverPolicy } from "@/lib/catalogue/queries";
import { server, tool } from "../catalogue/entries";

const catalogue = { servers: [server("alpha", [tool("read_a", "low", "read", { server: "alpha" }), tool("drop_a", "critical", "destructive", { server: "alpha" })]), server("beta", [])] };

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the files that are not pages", () => {
  it("are the JSON copies, policies and JSON Lines download, byte for byte what the records say", () => {
    const files = new Map([...dataFiles(catalogue)].map((f) => [f.urlPath, f.text]));
    const alpha = catalogue.servers[0]!;
    const drop = alpha.tools[1]!;
    expect([...files.keys()].sort()).toEqual(
      [
        "/data/servers.json",
        "/data/catalogue.jsonl",
        "/data/servers/alpha.json",
        "/policies/alpha.json",
        "/data/servers/alpha/read_a.json",
        "/policies/alpha/read_a.json",
        "/data/servers/alpha/drop_a.json",
        "/policies/alpha/drop_a.json",
        "/data/servers/beta.json",
        "/policies/beta.json",
      ].sort(),
    );
    expect(files.get("/data/servers.json")).toBe(JSON.stringify(serversListing(catalogue)));
    expect(files.get("/data/catalogue.jsonl")).toBe(catalogueJsonLines(catalogue));
    expect(files.get("/data/servers/alpha.json")).toBe(JSON.stringify(serverRecord(alpha)));
    expect(files.get("/policies/alpha.json")).toBe(policyFileText(serverPolicy(alpha)));
    expect(files.get("/data/servers/alpha/drop_a.json")).toBe(JSON.stringify(toolRecord(drop)));
    expect(files.get("/policies/alpha/drop_a.json")).toBe(policyFileText(drop.policy));
  });

  it("are written under the export folder, never over a file already there, never outside it", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-files-"));
    const summary = writeSiteFiles(dir, dataFiles(catalogue));
    expect(summary.files).toBe(10);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "data/servers/alpha/read_a.json"), "utf8")).slug).toBe("read_a");
    expect(() => writeSiteFiles(dir!, [{ urlPath: "/data/servers.json", text: "{}" }])).toThrow(/EEXIST/);
    expect(() => outputPath(dir!, "/data/../../etc/passwd")).toThrow(/not a plain file path/);
    expect(() => outputPath(dir!, "/")).toThrow(/not a plain file path/);
  });
});

describe("the file store", () => {
  it("links each file to its stored content, writes a content once, and keeps only the contents in use", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "file-store-"));
    const store = new FileStore(path.join(dir, "store"));
    const first = writeSiteFiles(path.join(dir, "out1"), dataFiles(catalogue), store);
    expect(first).toMatchObject({ files: 10, written: 10 });
    const again = writeSiteFiles(path.join(dir, "out2"), dataFiles(catalogue), new FileStore(path.join(dir, "store")));
    expect(again).toMatchObject({ files: 10, written: 0 });
    expect(fs.readFileSync(path.join(dir, "out2/policies/alpha/drop_a.json"), "utf8")).toBe(fs.readFileSync(path.join(dir, "out1/policies/alpha/drop_a.json"), "utf8"));
    writeSiteFiles(path.join(dir, "out3"), [{ urlPath: "/data/servers.json", text: "{}" }], new FileStore(path.join(dir, "store")));
    expect(fs.readdirSync(path.join(dir, "store"))).toHaveLength(1);
  });
});
