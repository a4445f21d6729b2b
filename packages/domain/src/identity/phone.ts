/** Chinese telephone numbers: mobiles (11 digits) and landlines with an area code. */

const mobilePattern = /^1[3-9]\d{9}$/;
// Area code 0xx or 0xxx, an optional hyphen, a local number of 7-8 digits that does not start
// with 0 or 1, and an optional extension.
const landlinePattern = /^(0\d{2,3})(-?)([2-9]\d{6,7})(?:-(\d{1,6}))?$/;

/** A mainland mobile number: 1, then 3-9, then 9 digits (13812345678). */
export function isValidMobilePhone(s: string): boolean {
  return typeof s === "string" && mobilePattern.test(s.trim());
}

/** A mobile number or a landline with its area code (0757-86281234, 075786281234, 010-12345678-123). */
export function isValidPhone(s: string): boolean {
  if (typeof s !== "string") return false;
  const t = s.trim();
  return mobilePattern.test(t) || landlinePattern.test(t);
}

/**
 * For display: a mobile keeps its first 3 and last 4 digits (138****5678); a landline keeps its
 * area code and last 4 digits (0757-****1234); anything else keeps only its last 4 characters.
 */
export function maskPhone(s: string): string {
  const t = s.trim();
  if (mobilePattern.test(t)) return `${t.slice(0, 3)}****${t.slice(7)}`;
  const landline = landlinePattern.exec(t);
  if (landline) {
    const [, area, sep, local] = landline;
    return `${area}${sep}${"*".repeat(local!.length - 4)}${local!.slice(-4)}`;
  }
  if (t.length <= 4) return "*".repeat(t.length);
  return "*".repeat(t.length - 4) + t.slice(-4);
}
