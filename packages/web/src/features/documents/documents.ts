import type { DocumentKind } from "@zhijiao/domain";
import { documentKinds } from "@zhijiao/domain";

/** Whether a string names one of the enforcement documents (DOMAIN.md §9) the server writes. */
export function isDocumentKind(k: unknown): k is DocumentKind {
  return typeof k === "string" && (documentKinds as readonly string[]).includes(k);
}
