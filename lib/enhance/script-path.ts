/** Where the page enhancer is served from: bundled there by lib/build/enhancer.ts, loaded by app/layout.tsx. */
export const ENHANCER_PATH = "/enhance.js";

/**
 * Where the client-exports script is served from (lib/enhance/exports-main.ts, bundled beside
 * the enhancer): loaded only by the pages that offer client exports, so no other page pays for
 * the export writers it carries.
 */
export const EXPORTS_SCRIPT_PATH = "/client-exports.js";

/**
 * Where the search page's script is served from (lib/enhance/search-main.ts, bundled beside
 * the enhancer): loaded only by the search page, which it draws.
 */
export const SEARCH_SCRIPT_PATH = "/search-page.js";

/**
 * A script's URL as pages load it: with the content hash `npm run build` passes in
 * ENHANCER_VERSION or SEARCH_SCRIPT_VERSION (lib/build/enhancer.ts), so a cached old script is
 * never paired with new pages (none in dev).
 */
function versionedSrc(script: string, basePath: string, version: string | undefined): string {
  return `${basePath}${script}${version ? `?v=${version}` : ""}`;
}

export function enhancerSrc(basePath: string, version = process.env.ENHANCER_VERSION): string {
  return versionedSrc(ENHANCER_PATH, basePath, version);
}

/** The client-exports script's URL, versioned by the same build hash as the enhancer. */
export function exportsScriptSrc(basePath: string, version = process.env.ENHANCER_VERSION): string {
  return versionedSrc(EXPORTS_SCRIPT_PATH, basePath, version);
}

/** The search page script's URL, versioned by its own hash: unlike the enhancer, it changes with the search index. */
export function searchScriptSrc(basePath: string, version = process.env.SEARCH_SCRIPT_VERSION): string {
  return versionedSrc(SEARCH_SCRIPT_PATH, basePath, version);
}
