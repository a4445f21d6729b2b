import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import type { AppContext } from "../context.ts";
import { buildServer } from "./server.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
/** The contract, committed: docs/openapi.json and the web's types generated from it. */
export const contractFiles = {
  document: resolve(root, "docs/openapi.json"),
  webTypes: resolve(root, "packages/web/src/api/openapi.gen.ts"),
};

/**
 * A context for describing the routes only: registering a route touches no database, and a
 * document-only server answers no request.
 */
function describeOnly(): AppContext {
  const unavailable = () => {
    throw new Error("the OpenAPI document is built without a database");
  };
  return {
    database: new Proxy({}, { get: unavailable }) as AppContext["database"],
    cipher: new Proxy({}, { get: unavailable }) as AppContext["cipher"],
    now: () => new Date(),
  };
}

/** The server's OpenAPI document, as /api/openapi.json serves it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildServer(describeOnly());
  await app.ready();
  const doc = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return doc;
}

/** The contract files as they should read: the document and the web's TypeScript types. */
export async function contractTexts(): Promise<{ document: string; webTypes: string }> {
  const doc = await openApiDocument();
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0]);
  const header =
    "/* Generated from docs/openapi.json by `npm run openapi`: do not edit. The server's route schemas are the source. */\n";
  return { document: `${JSON.stringify(doc, null, 2)}\n`, webTypes: header + astToString(ast) };
}

/** Writes the contract files; returns the names of those that changed. */
export async function writeContract(): Promise<string[]> {
  const texts = await contractTexts();
  const changed: string[] = [];
  for (const key of ["document", "webTypes"] as const) {
    const path = contractFiles[key];
    let before = "";
    try {
      before = readFileSync(path, "utf8");
    } catch {
      /* a first write */
    }
    if (before !== texts[key]) {
      writeFileSync(path, texts[key]);
      changed.push(path);
    }
  }
  return changed;
}
