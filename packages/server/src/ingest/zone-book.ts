import { prepareShape, type PreparedShape, type ZoneRule, type ZoneShape } from "@zhijiao/domain";
import type { IngestSubject, ZoneRow } from "../db/gateway/ingest.ts";
import type { BoundaryStore } from "../geo/boundaries.ts";

/** The residence zone's band against GPS noise and the 1/1024-degree quantisation of the shipped boundaries. */
export const RESIDENCE_TOLERANCE_M = 300;

/** A zone's shape as stored: a county of the shipped boundaries, or drawn. */
export type StoredShape = ZoneShape | { type: "division"; code: string };

/**
 * Prepared zone rules per subject for ingest, rebuilt after `ttlMs` so that a new zone, an
 * approved leave or an ended one takes effect within seconds. County polygons are prepared
 * once per process.
 */
export class ZoneBook {
  private readonly divisions = new Map<string, PreparedShape | null>();
  private readonly drawn = new Map<string, PreparedShape | null>();
  private readonly bySubject = new Map<
    string,
    { at: number; rules: ZoneRule[]; names: Map<string, string> }
  >();

  constructor(
    private readonly boundaries: BoundaryStore,
    private readonly ttlMs = 10_000,
  ) {}

  /** Subjects whose rules must be (re)loaded at `now`. */
  stale(subjectIds: Iterable<string>, now: number): string[] {
    const out: string[] = [];
    for (const id of subjectIds) {
      const e = this.bySubject.get(id);
      if (!e || now - e.at > this.ttlMs) out.push(id);
    }
    return out;
  }

  /** Stores the rules of a subject built from its rows and residence. */
  load(subject: IngestSubject, rows: ZoneRow[], now: number): void {
    const rules: ZoneRule[] = [];
    const names = new Map<string, string>();
    const residence = this.division(subject.residenceDivisionCode.slice(0, 6));
    if (residence) {
      rules.push({ id: "residence", kind: "inclusion", shape: residence, toleranceM: RESIDENCE_TOLERANCE_M });
      names.set("residence", "居住地县（市、区）");
    }
    for (const r of rows) {
      const shape = this.shape(r.id, r.shape as StoredShape);
      if (!shape) continue;
      names.set(r.id, r.name);
      rules.push({
        id: r.id,
        kind: r.kind,
        shape,
        toleranceM: r.toleranceM,
        ...(r.activeFrom ? { activeFrom: r.activeFrom.getTime() } : {}),
        ...(r.activeUntil ? { activeUntil: r.activeUntil.getTime() } : {}),
        ...(r.dailyFrom && r.dailyUntil
          ? { daily: { from: r.dailyFrom.slice(0, 5), until: r.dailyUntil.slice(0, 5) } }
          : {}),
      });
    }
    this.bySubject.set(subject.id, { at: now, rules, names });
  }

  rules(subjectId: string): ZoneRule[] {
    return this.bySubject.get(subjectId)?.rules ?? [];
  }

  zoneName(subjectId: string, zoneId: string): string | undefined {
    return this.bySubject.get(subjectId)?.names.get(zoneId);
  }

  /** Forgets a subject's rules (a zone changed): the next fix reloads them. */
  forget(subjectId?: string): void {
    if (subjectId) this.bySubject.delete(subjectId);
    else this.bySubject.clear();
  }

  private division(code: string): PreparedShape | null {
    if (!this.divisions.has(code)) {
      const shape = this.boundaries.shapeOf(code);
      this.divisions.set(code, shape ? prepareShape(shape) : null);
    }
    return this.divisions.get(code) ?? null;
  }

  private shape(zoneId: string, s: StoredShape): PreparedShape | null {
    if (s.type === "division") return this.division(s.code);
    if (!this.drawn.has(zoneId)) {
      let prepared: PreparedShape | null = null;
      try {
        prepared = prepareShape(s);
      } catch {
        prepared = null;
      }
      this.drawn.set(zoneId, prepared);
    }
    return this.drawn.get(zoneId) ?? null;
  }
}
