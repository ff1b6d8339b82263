import { test as base, expect } from "@playwright/test";

/**
 * The shared test: every page a test opens is watched for console errors and uncaught
 * exceptions, and a test fails if any appeared (a broken island or a script injected from
 * an entry would show here first).
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      page.on("dialog", (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use(errors);
      expect(errors, "the page logged errors or opened dialogs").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
