import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/load";
import { readCatalogueSnapshot, writeCatalogueSnapshot } from "@/lib/content/snapshot";

describe("the catalogue snapshot", () => {
  it("gives back the catalogue the build loaded, and nothing for other roots or a missing file", () => {
    const roots = [path.resolve("content")];
    const catalogue = loadCatalogue(roots);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-"));
    const file = path.join(dir, "catalogue.json");
    writeCatalogueSnapshot(file, catalogue, roots);
    expect(readCatalogueSnapshot(file, roots)).toEqual(JSON.parse(JSON.stringify(catalogue)));
    expect(readCatalogueSnapshot(file, [...roots, "/elsewhere"])).toBeUndefined();
    expect(readCatalogueSnapshot(path.join(dir, "missing.json"), roots)).toBeUndefined();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
