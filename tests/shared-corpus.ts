import fs from "node:fs";
import path from "node:path";

/**
 * Tests that read the shared corpus or index (../shared, beside the repository) skip in a
 * clone that lacks it, and say so in their title. In CI a skip must not hide a broken
 * path: when ../shared is there but what a test needs is not, the test fails instead.
 * Every such test (Vitest and Playwright) goes through needsShared.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
export const SHARED_DIR = path.resolve(ROOT, "..", "shared");

type Env = Record<string, string | undefined>;

export interface SharedNeed {
  /** Absolute path of what the test reads. */
  path: string;
  /** Whether it is there; when not, the test skips. */
  available: boolean;
  /** Why a test skips: "needs ../shared/corpus/servers". */
  reason: string;
  /** A test title that names what it needs, so a skipped test says why. */
  title(what: string): string;
}

export interface NeedsSharedOptions {
  /** Where it is, when a variable moves it; default `../shared/<relative>`. */
  at?: string;
  env?: Env;
  sharedDir?: string;
}

export type SharedDecision = "run" | "skip" | "fail";

/** Run when the input is there; skip when it is not, unless CI has ../shared and the skip would hide a mistake. */
export function sharedDecision(input: { available: boolean; sharedPresent: boolean; ci: boolean }): SharedDecision {
  if (input.available) return "run";
  return input.ci && input.sharedPresent ? "fail" : "skip";
}

export function isCI(env: Env): boolean {
  return Boolean(env.CI) && env.CI !== "false" && env.CI !== "0";
}

/**
 * Describes a test's need for `relative` under ../shared (e.g. "corpus/servers").
 * Throws in CI when ../shared is present but the input is missing, failing the test file.
 */
export function needsShared(relative: string, options: NeedsSharedOptions = {}): SharedNeed {
  const sharedDir = options.sharedDir ?? SHARED_DIR;
  const at = options.at ?? path.join(sharedDir, relative);
  const shown = at.startsWith(SHARED_DIR + path.sep) ? path.relative(ROOT, at) : at;
  const reason = `needs ${shown}`;
  const available = fs.existsSync(at);
  const decision = sharedDecision({ available, sharedPresent: fs.existsSync(sharedDir), ci: isCI(options.env ?? process.env) });
  if (decision === "fail") {
    throw new Error(`${sharedDir} is present but ${at} is not: in CI a test that ${reason} fails rather than skips`);
  }
  return { path: at, available, reason, title: (what) => `${what} (${reason})` };
}
