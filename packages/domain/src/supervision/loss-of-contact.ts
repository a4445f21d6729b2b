/** Where a loss of contact (脱管, R-MS-1) stands: the search open, or the subject found. */
export const absenceStatuses = ["searching", "found"] as const;
export type AbsenceStatus = (typeof absenceStatuses)[number];
