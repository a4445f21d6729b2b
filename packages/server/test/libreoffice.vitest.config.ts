import { defineConfig } from "vitest/config";

// The documents opened in LibreOffice (src/docs/*.libreoffice.test.ts): run by scripts/test-e2e.sh, which
// needs soffice and poppler's pdfinfo/pdftotext; `npm test` leaves them out.
export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: ["src/**/*.libreoffice.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
