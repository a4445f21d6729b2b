/** Typed text without its surrounding blanks, or undefined when nothing was typed (an optional field left out). */
export function trimmed(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  return t === "" ? undefined : t;
}
