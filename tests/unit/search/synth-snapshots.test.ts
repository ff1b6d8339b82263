import { describe, expect, it } from "vitest";
import { classifyTool } from "@/lib/classify";
import { parseSnapshot } from "@/lib/import/snapshot";
import { planServerImport } from "@/lib/import/plan";
import { SYNTHETIC_SOURCE, syntheticSnapshots } from "@/lib/synth/snapshots";

describe("synthetic tool-list snapshots", () => {
  it("hold exactly the tools asked for, the same for the same seed", () => {
    const snapshots = syntheticSnapshots(500);
    expect(snapshots.reduce((n, s) => n + s.tools.length, 0)).toBe(500);
    expect(JSON.stringify(syntheticSnapshots(500))).toBe(JSON.stringify(snapshots));
    expect(new Set(snapshots.map((s) => s.server.slug)).size).toBe(snapshots.length);
  });

  it("say they are synthetic and carry schemas a real tools/list would", () => {
    for (const snapshot of syntheticSnapshots(200)) {
      expect(snapshot.server.source).toBe(SYNTHETIC_SOURCE);
      expect(snapshot.server.slug).toMatch(/^synth-[a-z0-9-]+$/);
      expect(snapshot.server.description).toMatch(/does not exist/);
      for (const tool of snapshot.tools) expect(Object.keys(tool.inputSchema.properties).length).toBeGreaterThan(0);
    }
  });

  it("import through the real importer and classifier without a refused tool", () => {
    for (const snapshot of syntheticSnapshots(300)) {
      const listing = parseSnapshot(JSON.stringify(snapshot), "fallback");
      const plan = planServerImport(listing, undefined, { classify: classifyTool, now: "2026-01-01T00:00:00.000Z" });
      expect(plan.toolProblems).toEqual([]);
      expect(plan.toolCount).toBe(snapshot.tools.length);
    }
  });
});
