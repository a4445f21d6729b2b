/** Schema pieces shared by routes. */
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
