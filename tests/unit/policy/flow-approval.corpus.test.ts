import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataFlowWarning } from "@/lib/catalogue/queries";
import { loadCatalogue } from "@/lib/content/load";
import { prepareImportedContent } from "@/lib/import/prebuild";
import { needsShared } from "../../shared-corpus";
import { sendingToolsAllowedUnattended } from "./flow-helpers";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const corpus = needsShared("corpus/servers");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "flow-corpus-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// The site as the build makes it: the whole shared corpus imported behind the committed entries.
describe.skipIf(!corpus.available)(corpus.title("every server of the shared corpus"), () => {
  it("no server with an exfiltration path allows a sending tool without approval", async () => {
    const roots = await prepareImportedContent({ cwd: work, env: { ...process.env, CATALOGUE_CORPUS: corpus.path }, log: () => {} });
    const catalogue = loadCatalogue([path.join(ROOT, "content"), ...roots]);
    const withPath = catalogue.servers.filter((server) => dataFlowWarning(server.tools));
    expect(withPath.length).toBeGreaterThan(10);
    expect(sendingToolsAllowedUnattended(catalogue)).toEqual([]);
  }, 300_000);
});
