import { defineConfig } from "vitest/config";

// Browser tests: run by scripts/test-e2e.sh against a started server (ZHIJIAO_E2E_URL).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["tests/**/*.e2e.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The console answers within a second on a quiet machine; CI machines are not always quiet.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
