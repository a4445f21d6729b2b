import type { FormInstance } from "antd";

/** What both a server ApiError and a DomainError thrown in the browser carry. */
export interface FieldError {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** The form name path of an error's `details.field` ("sentence.termMonths" or "/sentence/termMonths"). */
export function errorField(
  e: FieldError,
  fieldOfCode: Readonly<Record<string, string>> = {},
): string | undefined {
  const raw = typeof e.details.field === "string" ? e.details.field : fieldOfCode[e.code];
  if (!raw) return undefined;
  return raw.replace(/^\//, "").replaceAll("/", ".");
}

/**
 * Shows a refusal next to the field it is about. Returns false when no field of the form
 * matches, so the caller shows the message elsewhere.
 */
export function showErrorOnField(
  form: FormInstance,
  e: FieldError,
  knownFields: readonly string[],
  fieldOfCode: Readonly<Record<string, string>> = {},
): boolean {
  const field = errorField(e, fieldOfCode);
  if (!field || !knownFields.includes(field)) return false;
  const name = field.split(".");
  form.setFields([{ name, errors: [e.message] }]);
  form.scrollToField(name, { block: "center" });
  return true;
}
