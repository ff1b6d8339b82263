/** Where the page enhancer is served from: bundled there by lib/build/enhancer.ts, loaded by app/layout.tsx. */
export const ENHANCER_PATH = "/enhance.js";
