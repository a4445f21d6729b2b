import { categories, levels } from "@zhijiao/domain";
import { dateTime, int, object, str } from "../../http/schema-parts.ts";

/** Counts by code: a property per code that has any. */
function countsBy<const V extends readonly string[]>(values: V) {
  const properties = Object.fromEntries(values.map((v) => [v, int])) as { [K in V[number]]: typeof int };
  return { type: "object", additionalProperties: false, properties } as const;
}

/** The home screen's figures, in the caller's scope. */
export const dashboardSchema = object({
  inCorrection: object({
    total: int,
    byCategory: countsBy(categories),
    byLevel: countsBy(levels),
    byOffice: { type: "array", items: object({ officeId: str, officeName: str, count: int }) },
  }),
  receivedThisMonth: int,
  releasedThisMonth: int,
  minors: int,
  asOf: dateTime,
});
