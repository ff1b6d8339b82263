/**
 * How tests and benchmarks start a browser here: Debian's Chromium, never a downloaded one
 * (Playwright cannot fetch its own browsers on this network). CHROMIUM_PATH overrides.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const e2ePort = Number(process.env.E2E_PORT ?? 4173);
export const e2eBaseURL = `http://127.0.0.1:${e2ePort}`;
