/**
 * The county-level administrative boundaries shipped with the server (packages/server/data/
 * boundaries/<province>.json, made by scripts/extract-boundaries.ts; source, licence and
 * coordinate system in that folder's README.md). WGS-84, [lon, lat], keyed by GB/T 2260 codes.
 *
 * A province's file is read on the first question about one of its codes and kept: the data
 * never changes while the server runs. Returned objects are shared: callers must not mutate them.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LonLat, ZoneShape } from "@zhijiao/domain";

/** The folder of the shipped boundary files. */
export const BOUNDARIES_DIR = fileURLToPath(new URL("../../data/boundaries/", import.meta.url));

/** A county-level division (区、县、县级市, or a city without counties such as 东莞市 441900). */
export interface CountyBoundary {
  code: string;
  name: string;
  /** The prefecture-level city (its code padded to 6 digits, e.g. "440600"; 东莞市 is its own parent). */
  parent: string;
  /** Polygons of rings of [lon, lat] (WGS-84): the first ring of each is the outer boundary, the others holes; rings are closed. */
  polygons: LonLat[][][];
}

export interface DivisionItem {
  code: string;
  name: string;
}

/** The format of a shipped file (see scripts/extract-boundaries.ts). */
export interface BoundaryFile {
  source: string;
  licence: string;
  coordinateSystem: "WGS-84";
  convertedFrom: string;
  quantisation: string;
  province: DivisionItem;
  cities: Record<string, string>;
  /** Counties of the code table for which the source has no polygon. */
  missing?: string[];
  counties: Record<string, { name: string; parent: string; polygons: LonLat[][][] }>;
}

const CODE = /^\d{6}$/;

export class BoundaryStore {
  private readonly files = new Map<string, { file: BoundaryFile; revision: string } | null>();
  private readonly counties = new Map<string, CountyBoundary>();

  constructor(private readonly dir: string = BOUNDARIES_DIR) {}

  /** The county with this 6-digit code, if its province is shipped and the source has it. */
  county(code: string): CountyBoundary | undefined {
    if (!CODE.test(code)) return undefined;
    const cached = this.counties.get(code);
    if (cached) return cached;
    const c = this.province(code)?.counties[code];
    if (!c) return undefined;
    const county: CountyBoundary = { code, name: c.name, parent: c.parent, polygons: c.polygons };
    this.counties.set(code, county);
    return county;
  }

  /** The county as a zone shape (the residence zone of a subject). */
  shapeOf(code: string): Extract<ZoneShape, { type: "multipolygon" }> | undefined {
    const c = this.county(code);
    return c && { type: "multipolygon", polygons: c.polygons };
  }

  /**
   * The divisions under a parent, by code: a province ("440000") lists its cities, a city
   * ("440600") its counties. Undefined when the parent is not known.
   */
  list(parentCode: string): DivisionItem[] | undefined {
    if (!CODE.test(parentCode)) return undefined;
    const file = this.province(parentCode);
    if (!file) return undefined;
    const byCode = (a: DivisionItem, b: DivisionItem) => a.code.localeCompare(b.code);
    if (parentCode === file.province.code)
      return Object.entries(file.cities)
        .map(([code, name]) => ({ code, name }))
        .sort(byCode);
    if (!file.cities[parentCode]) return undefined;
    return Object.entries(file.counties)
      .filter(([, c]) => c.parent === parentCode)
      .map(([code, c]) => ({ code, name: c.name }))
      .sort(byCode);
  }

  /** The name of a shipped province, city or county. */
  nameOf(code: string): string | undefined {
    if (!CODE.test(code)) return undefined;
    const file = this.province(code);
    if (!file) return undefined;
    if (code === file.province.code) return file.province.name;
    return file.counties[code]?.name ?? file.cities[code];
  }

  /** The shipped provinces, by code. */
  provinces(): DivisionItem[] {
    const prefixes = existsSync(this.dir)
      ? readdirSync(this.dir)
          .filter((f) => /^\d{2}\.json$/.test(f))
          .map((f) => f.slice(0, 2))
      : [];
    return prefixes
      .map((p) => this.province(p)?.province)
      .filter((p): p is DivisionItem => !!p)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  /** The whole file of a province (by any code in it, or its 2-digit prefix), read once. */
  province(code: string): BoundaryFile | null {
    return this.load(code)?.file ?? null;
  }

  /** A fingerprint of the data behind a code (its province's file): changes only with the shipped data. */
  revision(code: string): string | undefined {
    return this.load(code)?.revision;
  }

  private load(code: string): { file: BoundaryFile; revision: string } | null {
    const prefix = code.slice(0, 2);
    if (!/^\d{2}$/.test(prefix)) return null;
    if (!this.files.has(prefix)) {
      const path = join(this.dir, `${prefix}.json`);
      if (!existsSync(path)) this.files.set(prefix, null);
      else {
        const text = readFileSync(path, "utf8");
        const revision = createHash("sha256").update(text).digest("base64url").slice(0, 16);
        this.files.set(prefix, { file: JSON.parse(text) as BoundaryFile, revision });
      }
    }
    return this.files.get(prefix) ?? null;
  }
}
