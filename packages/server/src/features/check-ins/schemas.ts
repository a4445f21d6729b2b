import {
  binary,
  bool,
  dateTime,
  nullable,
  num,
  object,
  pageOf,
  pageQueryProps,
  str,
} from "../../http/schema-parts.ts";

export const listCheckInsQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, status: { type: "string", enum: ["unconfirmed", "confirmed"] } },
} as const;

/** A mobile check-in as the office sees it: who, when, where, the photo and its confirmation. */
export const checkInSchema = object({
  id: str,
  subjectId: str,
  subjectName: str,
  officeId: str,
  officeName: str,
  recordedAt: dateTime,
  latitude: nullable(num),
  longitude: nullable(num),
  accuracy: nullable(num),
  place: nullable(str),
  photoFileId: nullable(str),
  photoUrl: nullable(str),
  confirmed: bool,
  confirmedAt: nullable(dateTime),
  confirmedBy: nullable(str),
  confirmedByName: nullable(str),
});

export const checkInPageSchema = pageOf(checkInSchema);

/** The check-in's photo as the phone took it: a JPEG or a PNG. */
const jpeg = binary("image/jpeg", "签到照片（JPEG 或 PNG）");
export const checkInPhoto = { ...jpeg, content: { ...jpeg.content, ...binary("image/png", "").content } };
