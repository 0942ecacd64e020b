// One e2e test: the app started for it, a screenshot when it fails, the app closed after it.
import path from "node:path";
import { test } from "node:test";
import { App, slug } from "./app.mjs";

/** The spec file's name without `.test.mjs`: the prefix of its screenshots. */
export const SPEC = path.basename(process.argv[1] ?? "e2e", ".test.mjs");

/**
 * Registers a test that starts the app, runs `body(ctx)` and closes the app.
 * `ctx.app` is the running App; `ctx.restart()` closes it and opens it again on the same
 * database (and replaces `ctx.app`); `ctx.screenshot(step)` saves target/e2e/<spec>-<step>.png.
 * When the body fails, the window is saved as target/e2e/<spec>-<title>-failed.png.
 */
export function scenario(title, body, options = {}) {
  return test(title, { timeout: Number(process.env.E2E_TEST_TIMEOUT ?? 180_000), ...options }, async () => {
    const ctx = {
      app: null,
      async restart() {
        ctx.app = await ctx.app.restart();
        return ctx.app;
      },
      screenshot(step) {
        return ctx.app.screenshot(`${SPEC}-${step}`);
      },
    };
    ctx.app = await App.launch();
    try {
      await body(ctx);
    } catch (error) {
      try {
        const file = await ctx.app.screenshot(`${SPEC}-${slug(title)}-failed`);
        error.message += `\n  (screenshot of the window: ${file})`;
      } catch {
        // No window to take a picture of.
      }
      throw error;
    } finally {
      await ctx.app?.quit();
    }
  });
}
