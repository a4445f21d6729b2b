import dayjs from "dayjs";

export const DATE_FORMAT = "YYYY-MM-DD";

/** A legal-calendar date (YYYY-MM-DD) as shown, or a dash. */
export function fmtDate(d: string | null | undefined): string {
  return d ? d : "—";
}

/** An ISO timestamp as local date and time. */
export function fmtDateTime(t: string | null | undefined): string {
  return t ? dayjs(t).format("YYYY-MM-DD HH:mm:ss") : "—";
}

export function fmtPeriod(start: string | null | undefined, end: string | null | undefined): string {
  return `${fmtDate(start)} – ${fmtDate(end)}`;
}

export function dash(v: string | null | undefined): string {
  return v ? v : "—";
}

/** Options for a Select from a code list and its labels. */
export function codeOptions<C extends string>(codes: readonly C[], labels: Record<C, string>) {
  return codes.map((c) => ({ value: c, label: labels[c] }));
}
