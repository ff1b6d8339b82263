import fs from "node:fs";

/**
 * How the build tells the tool and server routes which of their pages not to render: the
 * pages whose stored copies it will put back after next build (page-reuse.ts). The build
 * writes their URL paths to a file and names it in CATALOGUE_RENDER_PLAN; without it (next
 * dev, or a build that reuses nothing) every page renders.
 */

export const RENDER_PLAN_ENV = "CATALOGUE_RENDER_PLAN";

export interface RenderPlan {
  /** URL paths of pages whose stored copies are reused. */
  reuse: string[];
}

export function writeRenderPlan(file: string, plan: RenderPlan): void {
  fs.writeFileSync(file, JSON.stringify(plan));
}

let cached: { file: string; reuse: Set<string> } | undefined;

function reusedPaths(file: string): Set<string> {
  if (cached?.file !== file) cached = { file, reuse: new Set((JSON.parse(fs.readFileSync(file, "utf8")) as RenderPlan).reuse) };
  return cached.reuse;
}

/**
 * A route's static params without the pages the build reuses. Never none: an export refuses a
 * dynamic route without params, so when every page is reused the first one renders anyway
 * (the build then keeps that fresh copy).
 */
export function pagesToRender<P>(params: readonly P[], pathOf: (param: P) => string, env: Record<string, string | undefined> = process.env): P[] {
  const file = env[RENDER_PLAN_ENV];
  if (!file) return [...params];
  const reuse = reusedPaths(file);
  const render = params.filter((param) => !reuse.has(pathOf(param)));
  return render.length === 0 && params.length > 0 ? [params[0]!] : render;
}
