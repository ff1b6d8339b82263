import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TESTED_CLIENTS } from "@/lib/policy/exports";

/** The releases the exports claim to be tested with are the ones tests/clients installs. */
describe("TESTED_CLIENTS", () => {
  it("names exactly the pinned client packages of tests/clients", () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../clients/package.json"), "utf8")) as { dependencies: Record<string, string> };
    const claimed = Object.fromEntries(Object.values(TESTED_CLIENTS).map((c) => [c.package, c.version]));
    expect(pkg.dependencies).toEqual(claimed);
  });
});
