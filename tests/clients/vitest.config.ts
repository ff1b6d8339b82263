import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The client tests: our exports loaded by the clients' own code (tests/clients/node_modules,
 * installed by `npm run clients:install`). Run with `npm run test:clients`.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root: ROOT,
  resolve: { alias: { "@": ROOT } },
  test: {
    include: ["tests/clients/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Gemini's policy engine logs every decision it makes; the assertions say what matters.
    onConsoleLog: (log) => !/^\[PolicyEngine|^Truncating MCP tool name/.test(log),
  },
});
