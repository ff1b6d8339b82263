// ESLint for the whole repository: `npm run lint` (part of `npm test`).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    // Generated or installed: by `npm run build` (public/ holds only scripts bundled from lib/), `next`, Playwright or npm.
    ignores: ["node_modules/", ".next/", "out/", ".cache/", "public/", "test-results/", "playwright-report/", "next-env.d.ts"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { files: _files, ...summary } = plan` leaves fields out of a copy; `for (const _ of it)` counts.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ...nextPlugin.configs["core-web-vitals"],
  },
  {
    // Plain Node scripts: the globals they use.
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setInterval: "readonly", setTimeout: "readonly" } },
  },
  {
    // Plain CommonJS Node scripts: the bench's --require preload and the npm importer's fixture server (a package without "type": "module").
    files: ["**/*.cjs", "tests/fixtures/npm-server/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { process: "readonly", console: "readonly", require: "readonly", module: "writable", setInterval: "readonly", setTimeout: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
