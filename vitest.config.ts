import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "templates/runtime/**/*.test.ts"],
    // The real-browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts), which .ci/run also runs.
    exclude: ["test/browser/**", "**/node_modules/**"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
