import fs from "node:fs";

/**
 * How the build tells the tool, server and listing routes which of their pages not to render:
 * the pages whose stored copies it will put back after next build (page-reuse.ts), and the
 * tool pages it renders itself (tool-pages/render-outside.ts). The build writes their URL
 * paths to a file and names it in CATALOGUE_RENDER_PLAN; without it (next dev, or a build
 * that skips nothing) every page renders.
 */

export const RENDER_PLAN_ENV = "CATALOGUE_RENDER_PLAN";

export interface RenderPlan {
  /** URL paths of pages next build does not render. */
  skip: string[];
}

export function writeRenderPlan(file: string, plan: RenderPlan): void {
  fs.writeFileSync(file, JSON.stringify(plan));
}

let cached: { file: string; skip: Set<string> } | undefined;

function skippedPaths(file: string): Set<string> {
  if (cached?.file !== file) cached = { file, skip: new Set((JSON.parse(fs.readFileSync(file, "utf8")) as RenderPlan).skip) };
  return cached.skip;
}

/**
 * A route's static params without the pages the build skips. Never none: an export refuses a
 * dynamic route without params, so when every page is skipped the first one renders anyway
 * (the build then keeps that fresh copy).
 */
export function pagesToRender<P>(params: readonly P[], pathOf: (param: P) => string, env: Record<string, string | undefined> = process.env): P[] {
  const file = env[RENDER_PLAN_ENV];
  if (!file) return [...params];
  const skip = skippedPaths(file);
  const render = params.filter((param) => !skip.has(pathOf(param)));
  return render.length === 0 && params.length > 0 ? [params[0]!] : render;
}
