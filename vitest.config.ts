import { defineConfig } from "vitest/config";

// `npm test`: pure unit tests (*.test.ts) and integration tests through the real server on
// embedded PGlite (*.int.test.ts). `npm run test:pg` runs the same integration tests with
// DATABASE_URL set to a PostgreSQL that scripts/test-pg.sh starts.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "packages/e2e/**"],
    globalSetup: ["packages/server/test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
