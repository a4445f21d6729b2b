/** Bodies of the subject's own paths (/api/me, the mobile app). */

/** Base64 of a photo of at most 2 MB (4/3 of it, plus a data: URL prefix). */
const PHOTO_BASE64_MAX = Math.ceil((2 * 1024 * 1024 * 4) / 3) + 64;

export const checkInBody = {
  type: "object",
  additionalProperties: false,
  required: ["latitude", "longitude", "accuracy", "photo"],
  properties: {
    latitude: { type: "number", minimum: -90, maximum: 90 },
    longitude: { type: "number", minimum: -180, maximum: 180 },
    accuracy: { type: "number", minimum: 0, maximum: 100000 },
    photo: { type: "string", minLength: 8, maxLength: PHOTO_BASE64_MAX },
  },
} as const;

export const thoughtReportBody = {
  type: "object",
  additionalProperties: false,
  required: ["content"],
  properties: { content: { type: "string", minLength: 1, maxLength: 5000 } },
} as const;

/** The JSON body limit of a check-in: the photo's base64 and the rest. */
export const CHECK_IN_BODY_LIMIT = PHOTO_BASE64_MAX + 4096;
