import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath, e2eBaseURL, e2ePort } from "./tests/e2e/browser";

// Runs against the exported site in out/ (built by `npm run build:test`), served as a CDN would.
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL: e2eBaseURL,
    browserName: "chromium",
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    permissions: ["clipboard-read", "clipboard-write"],
    trace: "off",
  },
  webServer: {
    command: `npx tsx lib/serve/cli.ts out --port ${e2ePort}`,
    url: `${e2eBaseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
