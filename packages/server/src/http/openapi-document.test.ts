import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contractFiles, contractTexts } from "./openapi-document.ts";

describe("the committed contract", () => {
  it("docs/openapi.json and the web's generated types match the server's route schemas (run `npm run openapi`)", async () => {
    const texts = await contractTexts();
    expect(readFileSync(contractFiles.document, "utf8")).toBe(texts.document);
    expect(readFileSync(contractFiles.webTypes, "utf8")).toBe(texts.webTypes);
  });
});
