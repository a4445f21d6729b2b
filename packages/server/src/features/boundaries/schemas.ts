/** A GB/T 2260 administrative division code (6 digits). */
export const divisionCodePattern = "^[0-9]{6}$";

export const listBoundariesQuery = {
  type: "object",
  additionalProperties: false,
  properties: { parent: { type: "string", pattern: divisionCodePattern } },
} as const;

export const boundaryParams = {
  type: "object",
  additionalProperties: false,
  required: ["code"],
  properties: { code: { type: "string", pattern: divisionCodePattern } },
} as const;
