import { defineConfig } from "vitest/config";

// `npm test` runs three projects:
// - domain: the pure rules of packages/domain, with no database (`npx vitest run --project domain`);
// - unit: the server's pure tests (*.test.ts that are not *.int.test.ts), no database either;
// - integration: *.int.test.ts through the real server, each file on a copy of one migrated,
//   seeded template database (PGlite; PostgreSQL when `npm run test:pg` sets DATABASE_URL).
export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "domain", include: ["packages/domain/src/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/server/src/**/*.test.ts", "packages/web/src/**/*.test.ts"],
          // *.libreoffice.test.ts need LibreOffice and poppler: scripts/test-e2e.sh runs them.
          exclude: ["**/node_modules/**", "**/*.int.test.ts", "**/*.libreoffice.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["packages/server/src/**/*.int.test.ts"],
          globalSetup: ["packages/server/test/global-setup.ts"],
        },
      },
    ],
  },
});
