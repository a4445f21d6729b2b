import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Database libraries: imported in packages/server/src/db/ alone. */
const databaseDrivers = [
  {
    group: ["kysely", "kysely/*", "pg", "pg/*", "@electric-sql/pglite", "@electric-sql/pglite/*"],
    message:
      "SQL lives in packages/server/src/db/: use a repository of the data gateway (db/gateway/index.ts)",
  },
];

/** The gateway's transaction is reached by repositories alone. */
const gatewayInternals = [
  {
    group: ["**/db/gateway/gateway.ts", "**/db/gateway/repository.ts"],
    message: "import the gateway from db/gateway/index.ts: the transaction is for repositories only",
  },
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "data/**",
      "**/*.config.*",
      "scripts/**",
      ".tmp/**",
      "**/*.gen.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Only db/ speaks SQL: the data gateway applies the caller's scope and writes the audit
    // (DESIGN.md "The way a request travels"); the rest of the server goes through it.
    files: ["packages/server/src/**/*.ts"],
    ignores: ["packages/server/src/db/**", "packages/server/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...databaseDrivers, ...gatewayInternals] }],
    },
  },
  {
    // Tests may set up and inspect rows directly (prefer the harness's `server.db`).
    files: ["packages/server/src/**/*.test.ts"],
    ignores: ["packages/server/src/db/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: gatewayInternals }],
    },
  },
  {
    // The domain is pure: no I/O, no clock, no server or database libraries.
    files: ["packages/domain/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "http", "net", "crypto", "child_process"],
              message: "packages/domain has no I/O",
            },
            {
              group: ["pg", "kysely", "fastify", "@electric-sql/*", "@zhijiao/server"],
              message: "packages/domain has no I/O",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "no clock in the domain: pass `now`",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "no clock in the domain: pass `now`",
        },
      ],
    },
  },
);
