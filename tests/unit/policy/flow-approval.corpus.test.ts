import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataFlowWarning } from "@/lib/catalogue/queries";
import { loadCatalogue } from "@/lib/content/load";
import { prepareImportedContent } from "@/lib/import/prebuild";
import { sendingToolsAllowedUnattended } from "./flow-helpers";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const CORPUS = path.resolve(ROOT, "../shared/corpus/servers");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "flow-corpus-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// The site as the build makes it: the whole shared corpus imported behind the committed entries.
describe.skipIf(!fs.existsSync(CORPUS))("every server of the shared corpus", () => {
  it("no server with an exfiltration path allows a sending tool without approval", async () => {
    const roots = await prepareImportedContent({ cwd: work, env: { ...process.env, CATALOGUE_CORPUS: CORPUS }, log: () => {} });
    const catalogue = loadCatalogue([path.join(ROOT, "content"), ...roots]);
    const withPath = catalogue.servers.filter((server) => dataFlowWarning(server.tools));
    expect(withPath.length).toBeGreaterThan(10);
    expect(sendingToolsAllowedUnattended(catalogue)).toEqual([]);
  }, 300_000);
});
