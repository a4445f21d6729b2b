import { handoverDocumentKinds, receptionModes, sexes, teamMemberTypes } from "@zhijiao/domain";
import { documentKinds } from "../../docs/templates.ts";
import type { JSONSchema } from "json-schema-to-ts";
import { datePattern } from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;
/** An object of these properties, those named required, no others. */
const fields = <const P extends Record<string, JSONSchema>, const R extends readonly (keyof P & string)[]>(
  properties: P,
  required: R,
) => ({ type: "object", additionalProperties: false, required, properties }) as const;

export const handoverNoticeBody = fields({ receivedOn: date }, ["receivedOn"]);

export const handoverDocumentBody = fields(
  {
    kind: { type: "string", enum: handoverDocumentKinds },
    documentNumber: { type: "string", maxLength: 60 },
    receivedOn: date,
    note: { type: "string", maxLength: 500 },
  },
  ["kind", "receivedOn"],
);

export const searchRecordBody = fields({ searchedOn: date, measures: text(2000), result: text(2000) }, [
  "searchedOn",
  "measures",
  "result",
]);

export const intakeBody = fields(
  {
    reportedOn: date,
    receptionMode: { type: "string", enum: receptionModes },
    identityVerified: { type: "boolean" },
  },
  ["reportedOn", "receptionMode", "identityVerified"],
);

export const entryAnnouncementBody = fields(
  {
    announcedOn: date,
    place: text(100),
    participants: { type: "array", minItems: 1, maxItems: 20, items: text(50) },
    content: text(5000),
  },
  ["announcedOn", "place", "participants", "content"],
);

export const teamBody = fields(
  {
    members: {
      type: "array",
      minItems: 1,
      maxItems: 12,
      items: fields(
        {
          name: text(30),
          type: { type: "string", enum: teamMemberTypes },
          sex: { type: "string", enum: sexes },
          phone: { type: "string", maxLength: 20 },
          knowsMinors: { type: "boolean" },
        },
        ["name", "type", "sex"],
      ),
    },
  },
  ["members"],
);

export const planBody = fields(
  { basicSituation: text(5000), riskAnalysis: text(5000), measures: text(5000) },
  ["basicSituation", "riskAnalysis", "measures"],
);

export const documentParams = {
  type: "object",
  required: ["id", "kind"],
  properties: { id: { type: "string", maxLength: 64 }, kind: { type: "string", enum: documentKinds } },
} as const;
