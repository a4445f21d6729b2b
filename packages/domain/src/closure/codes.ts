/** How a case ends (R-RL-1, R-TM-1): the release-type table of GB/T 31000-2015 and termination grounds. */
export const releaseTypes = ["01", "02", "03", "04", "99"] as const;
export type ReleaseType = (typeof releaseTypes)[number];
export const releaseTypeLabels: Record<ReleaseType, string> = {
  "01": "期满解除",
  "02": "收监执行",
  "03": "死亡",
  "04": "居住地变更",
  "99": "其他",
};

/** Grounds of termination (LAW 45) and the release type each is recorded under. */
export const terminationGrounds = [
  "probation_revoked",
  "parole_revoked",
  "committal",
  "death",
  "other",
] as const;
export type TerminationGround = (typeof terminationGrounds)[number];
export const terminationGroundLabels: Record<TerminationGround, string> = {
  probation_revoked: "撤销缓刑",
  parole_revoked: "撤销假释",
  committal: "暂予监外执行收监执行",
  death: "死亡",
  other: "其他",
};
export const terminationTypeCodes: Record<TerminationGround, ReleaseType> = {
  probation_revoked: "02",
  parole_revoked: "02",
  committal: "02",
  death: "03",
  other: "99",
};

/** Which category each ground applies to (revocation of 缓刑 only for 缓刑, and so on). */
export const terminationGroundCategories: Record<TerminationGround, readonly string[]> = {
  probation_revoked: ["02"],
  parole_revoked: ["03"],
  committal: ["04"],
  death: ["01", "02", "03", "04"],
  other: ["01", "02", "03", "04"],
};

/** Release grounds: expiry, or a pardon before it (LAW 44). */
export const releaseGrounds = ["expiry", "pardon"] as const;
export type ReleaseGround = (typeof releaseGrounds)[number];
export const releaseGroundLabels: Record<ReleaseGround, string> = { expiry: "矫正期满", pardon: "被赦免" };

/** The label of a stored release-type code (unknown codes shown as they are). */
export function closureTypeLabel(code: string): string {
  return releaseTypeLabels[code as ReleaseType] ?? code;
}
