import { ethnicities, ethnicityName } from "@zhijiao/domain";

export const ethnicityOptions = ethnicities.map((e) => ({ value: e.code, label: e.name }));

export function ethnicityLabel(code: string | null | undefined): string {
  if (!code) return "—";
  return ethnicityName(code) ?? code;
}
