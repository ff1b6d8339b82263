/** Where the page enhancer is served from: bundled there by lib/build/enhancer.ts, loaded by app/layout.tsx. */
export const ENHANCER_PATH = "/enhance.js";

/**
 * The enhancer's URL as pages load it: with the content hash `npm run build` passes in
 * ENHANCER_VERSION, so a cached old script is never paired with new pages (none in dev).
 */
export function enhancerSrc(basePath: string, version = process.env.ENHANCER_VERSION): string {
  return `${basePath}${ENHANCER_PATH}${version ? `?v=${version}` : ""}`;
}
