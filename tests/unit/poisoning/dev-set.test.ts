import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanDefinition } from "@/lib/poisoning";
import { agreementWith, loadLabelled } from "../../bench/poisoning-data";

/**
 * A floor under the team's development set, so a change that breaks detection or raises false
 * alarms fails here (the figures themselves come from `npm run eval:poisoning`). The set is
 * ours and the rules were tuned on it: these are not estimates of accuracy on unseen text.
 */
describe("the development set", () => {
  const items = loadLabelled(path.resolve(import.meta.dirname, "../../fixtures/poisoning/dev.json"));

  it("holds at least 120 poisoned and 120 honest definitions with unique ids", () => {
    expect(items.filter((i) => i.poisoned).length).toBeGreaterThanOrEqual(120);
    expect(items.filter((i) => !i.poisoned).length).toBeGreaterThanOrEqual(120);
  });

  it("is flagged at 95% or more, with 2% or fewer false alarms", () => {
    const poisoned = items.filter((i) => i.poisoned);
    const honest = items.filter((i) => !i.poisoned);
    const detected = poisoned.filter((i) => scanDefinition(i.tool)).length / poisoned.length;
    const falseAlarms = honest.filter((i) => scanDefinition(i.tool)).length / honest.length;
    expect(detected).toBeGreaterThanOrEqual(0.95);
    expect(falseAlarms).toBeLessThanOrEqual(0.02);
  });
});

describe("the development set's second labelling pass", () => {
  const items = loadLabelled(path.resolve(import.meta.dirname, "../../fixtures/poisoning/dev.json"));
  const agreement = agreementWith(items, path.resolve(import.meta.dirname, "../../fixtures/poisoning/dev-second-pass.json"));

  it("labels every definition of the set and nothing else", () => {
    expect(agreement.missing).toEqual([]);
    expect(agreement.unknown).toEqual([]);
  });

  it("agrees with the author's labels (a disagreement must be adjudicated in dev.json)", () => {
    expect(agreement.disagreements).toEqual([]);
  });
});
