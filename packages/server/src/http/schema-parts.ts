/** Schema pieces shared by routes. */
import type { FromSchema, JSONSchema } from "json-schema-to-ts";
export const datePattern = "^\\d{4}-\\d{2}-\\d{2}$";
export const uuidPattern = "^[0-9a-fA-F-]{36}$";

export const pageQueryProps = {
  page: { type: "integer", minimum: 1, maximum: 100000, default: 1 },
  pageSize: { type: "integer", minimum: 1, maximum: 100, default: 20 },
} as const;

export const idParams = {
  type: "object",
  properties: { id: { type: "string", maxLength: 64 } },
  required: ["id"],
} as const;

export interface IdParams {
  id: string;
}
export interface PageQuery {
  page: number;
  pageSize: number;
}

// ---- Response schemas: one definition gives the OpenAPI document, the serializer and the types.

/** The error answer of every route: `{"error":{code,message,details}}`, message in Chinese. */
export const errorSchema = {
  type: "object",
  additionalProperties: false,
  required: ["error"],
  properties: {
    error: {
      type: "object",
      additionalProperties: false,
      required: ["code", "message", "details"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        details: { type: "object", additionalProperties: true },
      },
    },
  },
} as const;

/** A route's answers: its success schemas (by status) and the common error answer. */
export function responses<const R extends Record<number, JSONSchema>>(ok: R) {
  return { ...ok, "4xx": errorSchema, "5xx": errorSchema } as const;
}

/** An object whose properties are all present (a presenter's output). */
export function object<const P extends Record<string, JSONSchema>>(properties: P, description?: string) {
  return {
    type: "object",
    additionalProperties: false,
    required: Object.keys(properties) as Extract<keyof P, string>[],
    properties,
    ...(description ? { description } : {}),
  } as const;
}

/** `S` or null. */
export function nullable<const S extends JSONSchema>(schema: S) {
  return { anyOf: [schema, { type: "null" }] } as const;
}

/** A page of a list: `{items, total}`. */
export function pageOf<const S extends JSONSchema>(item: S) {
  return object({ items: { type: "array", items: item }, total: { type: "integer" } });
}

export const str = { type: "string" } as const;
/** One of the domain's codes (a status, a kind): the web receives the union, not `string`. */
export function oneOf<const V extends readonly string[]>(values: V) {
  return { type: "string", enum: values } as const;
}
export const int = { type: "integer" } as const;
export const num = { type: "number" } as const;
export const bool = { type: "boolean" } as const;
/** A calendar date, YYYY-MM-DD (Asia/Shanghai dates of the legal calendar). */
export const dateStr = { type: "string", format: "date" } as const;
/** An instant, ISO 8601; a presenter may hand over a Date (serialized as ISO 8601). */
export const dateTime = { type: "string", format: "date-time" } as const;
export const strList = { type: "array", items: str } as const;
/** Free-form JSON kept as stored (facts, details). */
export const anyObject = { type: "object", additionalProperties: true } as const;
/**
 * A binary download (a .docx, a photo), in one of the content types given. Typed as any schema,
 * so that the handler may send a Buffer.
 */
export function binary(
  contentType: string | readonly string[],
  description: string,
): { description: string; content: Record<string, { schema: JSONSchema }> } {
  const types: readonly string[] = typeof contentType === "string" ? [contentType] : contentType;
  const schema = { type: "string", format: "binary" } as const;
  return { description, content: Object.fromEntries(types.map((t) => [t, { schema }])) };
}

/** A 204 answer: no body. */
export const noContent = { type: "null", description: "完成，无内容" } as const;

/** The value a presenter returns for a response schema (instants may be Date objects). */
export type Presented<S extends JSONSchema> = FromSchema<
  S,
  { deserialize: [{ pattern: { type: "string"; format: "date-time" }; output: Date | string }] }
>;
