import { defineConfig } from "vitest/config";

/** `npm run test:browser`: the tests that drive a real headless Chromium (installed by scripts/install-browser.sh). */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
