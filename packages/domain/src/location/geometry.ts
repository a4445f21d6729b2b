/**
 * Geofence geometry on WGS-84 degrees: great-circle distance, and shapes prepared once for fast
 * point-in-zone tests and distances to the boundary (DESIGN.md "Maps and coordinates").
 *
 * A county boundary has thousands of vertices and ingest tests every fix against every zone of
 * the subject, so a polygon is indexed when it is prepared:
 * - `contains`: a bounding-box reject, then ray casting against only the edges of the point's
 *   horizontal slab (latitude band), kept as flat typed arrays;
 * - distances: a uniform grid of cells (≈ square in metres) listing the edges that pass through
 *   each; `edgeDistanceAtMost(lat, lon, limitM)` reads only the cells within `limitM`, so a point
 *   far from the boundary costs a bounding-box test or a few empty cells.
 * Distances to edges are planar in a local equirectangular projection centred on the point,
 * accurate to well under a metre at the distances that matter (metres to kilometres).
 */
import { DomainError } from "../errors/codes.ts";

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;
/** Metres per degree of latitude on the sphere. */
export const METRES_PER_DEGREE = EARTH_RADIUS_M * RAD;
const M_PER_DEG = METRES_PER_DEGREE;

/** Great-circle (haversine) distance in metres between two WGS-84 points. */
export function distanceMeters(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const sLat = Math.sin(((bLat - aLat) * RAD) / 2);
  const sLon = Math.sin(((bLon - aLon) * RAD) / 2);
  const h = sLat * sLat + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * sLon * sLon;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `eastM` metres east and `northM` metres north of (lat, lon) (local flat approximation, fine for kilometres). */
export function offsetLatLon(
  lat: number,
  lon: number,
  eastM: number,
  northM: number,
): { lat: number; lon: number } {
  return {
    lat: lat + northM / M_PER_DEG,
    lon: lon + eastM / (M_PER_DEG * Math.max(Math.cos(lat * RAD), 1e-6)),
  };
}

/** A GeoJSON position: [lon, lat]. */
export type LonLat = [number, number];

/**
 * A zone's shape, WGS-84. Polygon rings are GeoJSON-ordered ([lon, lat]); the first ring is the
 * outer boundary, the others holes; a ring may or may not repeat its first position at the end.
 * (The server resolves `{type: "division", code}` to a multipolygon of the shipped boundaries.)
 */
export type ZoneShape =
  | { type: "circle"; lat: number; lon: number; radiusM: number }
  | { type: "polygon"; rings: LonLat[][] }
  | { type: "multipolygon"; polygons: LonLat[][][] };

export interface BoundingBox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

/** A shape indexed for repeated tests. Immutable; safe to share between devices. */
export interface PreparedShape {
  readonly type: ZoneShape["type"];
  readonly bbox: BoundingBox;
  /** Vertices (circle: 0). */
  readonly vertexCount: number;
  /** Whether the point is inside (polygons: even-odd over all rings, so holes are outside). */
  contains(lat: number, lon: number): boolean;
  /** Metres to the boundary: negative inside, positive outside. */
  signedDistanceM(lat: number, lon: number): number;
  /** Metres from the point to the nearest edge when that is at most `limitM`, else Infinity (cheap far from the boundary). */
  edgeDistanceAtMost(lat: number, lon: number, limitM: number): number;
  /**
   * The signed distance when the point is within `limitM` of the boundary, else -Infinity
   * (inside) or Infinity (outside): what a decision with thresholds of at most `limitM` needs.
   */
  signedDistanceWithin(lat: number, lon: number, limitM: number): number;
}

/** Limits on what a zone may be (a county of the shipped boundaries has at most a few tens of thousands of vertices). */
export const zoneShapeLimits = { maxVertices: 200_000, maxRadiusM: 100_000, minRadiusM: 1 };

const validLat = (x: unknown): x is number =>
  typeof x === "number" && Number.isFinite(x) && Math.abs(x) <= 90;
const validLon = (x: unknown): x is number =>
  typeof x === "number" && Number.isFinite(x) && Math.abs(x) <= 180;

function ringProblem(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring)) return `${where} is not an array of positions`;
  for (let i = 0; i < ring.length; i++) {
    const p: unknown = ring[i];
    if (!Array.isArray(p) || p.length < 2 || !validLon(p[0]) || !validLat(p[1]))
      return `${where}[${i}] is not a [lon, lat] position`;
  }
  const distinct = new Set((ring as LonLat[]).map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return `${where} has fewer than 3 distinct positions`;
  return null;
}

/** Why `shape` is not a usable zone shape, or null when it is. */
export function zoneShapeProblem(shape: unknown): string | null {
  if (typeof shape !== "object" || shape === null) return "shape is not an object";
  const s = shape as Record<string, unknown>;
  let vertices = 0;
  switch (s.type) {
    case "circle":
      if (!validLat(s.lat) || !validLon(s.lon)) return "circle centre is not a valid lat/lon";
      if (
        typeof s.radiusM !== "number" ||
        !(s.radiusM >= zoneShapeLimits.minRadiusM && s.radiusM <= zoneShapeLimits.maxRadiusM)
      )
        return `radiusM must be between ${zoneShapeLimits.minRadiusM} and ${zoneShapeLimits.maxRadiusM}`;
      return null;
    case "polygon": {
      if (!Array.isArray(s.rings) || s.rings.length === 0) return "rings must be a non-empty array";
      for (let r = 0; r < s.rings.length; r++) {
        const p = ringProblem(s.rings[r], `rings[${r}]`);
        if (p) return p;
        vertices += (s.rings[r] as unknown[]).length;
      }
      break;
    }
    case "multipolygon": {
      if (!Array.isArray(s.polygons) || s.polygons.length === 0) return "polygons must be a non-empty array";
      for (let k = 0; k < s.polygons.length; k++) {
        const rings: unknown = s.polygons[k];
        if (!Array.isArray(rings) || rings.length === 0) return `polygons[${k}] must be a non-empty array`;
        for (let r = 0; r < rings.length; r++) {
          const p = ringProblem(rings[r], `polygons[${k}][${r}]`);
          if (p) return p;
          vertices += (rings[r] as unknown[]).length;
        }
      }
      break;
    }
    default:
      return "type must be circle, polygon or multipolygon";
  }
  if (vertices > zoneShapeLimits.maxVertices) return `more than ${zoneShapeLimits.maxVertices} vertices`;
  return null;
}

/** Indexes a shape for `contains` and distances; throws VALIDATION_FAILED on a bad shape. */
export function prepareShape(shape: ZoneShape): PreparedShape {
  const problem = zoneShapeProblem(shape);
  if (problem) throw new DomainError("VALIDATION_FAILED", { field: "shape", problem }, "区域形状无效");
  switch (shape.type) {
    case "circle":
      return new PreparedCircle(shape.lat, shape.lon, shape.radiusM);
    case "polygon":
      return new PreparedPolygon("polygon", [shape.rings]);
    case "multipolygon":
      return new PreparedPolygon("multipolygon", shape.polygons);
  }
}

class PreparedCircle implements PreparedShape {
  readonly type = "circle" as const;
  readonly vertexCount = 0;
  readonly bbox: BoundingBox;
  constructor(
    private readonly lat: number,
    private readonly lon: number,
    private readonly radiusM: number,
  ) {
    const dLat = radiusM / M_PER_DEG;
    const dLon = radiusM / (M_PER_DEG * Math.max(Math.cos(lat * RAD), 1e-6));
    this.bbox = { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
  }
  contains(lat: number, lon: number): boolean {
    return distanceMeters(this.lat, this.lon, lat, lon) <= this.radiusM;
  }
  signedDistanceM(lat: number, lon: number): number {
    return distanceMeters(this.lat, this.lon, lat, lon) - this.radiusM;
  }
  edgeDistanceAtMost(lat: number, lon: number, limitM: number): number {
    const d = Math.abs(this.signedDistanceM(lat, lon));
    return d <= limitM ? d : Infinity;
  }
  signedDistanceWithin(lat: number, lon: number, limitM: number): number {
    const d = this.signedDistanceM(lat, lon);
    return Math.abs(d) <= limitM ? d : d < 0 ? -Infinity : Infinity;
  }
}

const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.floor(x)));

class PreparedPolygon implements PreparedShape {
  readonly bbox: BoundingBox;
  readonly vertexCount: number;
  // Edges, x = lon and y = lat in degrees.
  private readonly x1: Float64Array;
  private readonly y1: Float64Array;
  private readonly x2: Float64Array;
  private readonly y2: Float64Array;
  private readonly edges: number;
  // Slabs: band b holds the edges whose latitude range meets it, as (x1, y1, x2, y2) runs of
  // slabCoords[4 * slabStart[b] .. 4 * slabStart[b + 1]).
  private readonly bands: number;
  private readonly bandScale: number;
  private readonly slabStart: Int32Array;
  private readonly slabCoords: Float64Array;
  // Grid: cell (i, j) = cellStart[j * gx + i] .. cellStart[j * gx + i + 1) into cellEdges.
  private readonly gx: number;
  private readonly gy: number;
  private readonly cellW: number;
  private readonly cellH: number;
  private readonly cellStart: Int32Array;
  private readonly cellEdges: Int32Array;
  /** The grid's cell size in metres (its width at the centre latitude). */
  private readonly cellM: number;

  constructor(
    readonly type: "polygon" | "multipolygon",
    polygons: LonLat[][][],
  ) {
    const xs: number[] = [];
    const ys: number[] = [];
    const xe: number[] = [];
    const ye: number[] = [];
    let vertices = 0;
    for (const rings of polygons)
      for (const ring of rings) {
        let n = ring.length;
        const first = ring[0]!;
        const last = ring[n - 1]!;
        if (n > 1 && first[0] === last[0] && first[1] === last[1]) n--; // closed ring
        vertices += n;
        for (let i = 0; i < n; i++) {
          const a = ring[i]!;
          const b = ring[(i + 1) % n]!;
          if (a[0] === b[0] && a[1] === b[1]) continue;
          xs.push(a[0]);
          ys.push(a[1]);
          xe.push(b[0]);
          ye.push(b[1]);
        }
      }
    this.vertexCount = vertices;
    const m = (this.edges = xs.length);
    this.x1 = Float64Array.from(xs);
    this.y1 = Float64Array.from(ys);
    this.x2 = Float64Array.from(xe);
    this.y2 = Float64Array.from(ye);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let e = 0; e < m; e++) {
      minX = Math.min(minX, xs[e]!);
      maxX = Math.max(maxX, xs[e]!);
      minY = Math.min(minY, ys[e]!);
      maxY = Math.max(maxY, ys[e]!);
    }
    this.bbox = { minLat: minY, minLon: minX, maxLat: maxY, maxLon: maxX };
    const height = Math.max(maxY - minY, 1e-9);
    const width = Math.max(maxX - minX, 1e-9);

    // Slabs. About one band per two edges; fewer when edges spanning many bands would make the
    // index large (long straight edges, spikes).
    let bands = clampInt(m / 2, 1, 8192);
    let counts: Int32Array;
    for (;;) {
      counts = new Int32Array(bands + 1);
      const scale = bands / height;
      let total = 0;
      for (let e = 0; e < m; e++) {
        const lo = clampInt((Math.min(this.y1[e]!, this.y2[e]!) - minY) * scale, 0, bands - 1);
        const hi = clampInt((Math.max(this.y1[e]!, this.y2[e]!) - minY) * scale, 0, bands - 1);
        for (let b = lo; b <= hi; b++) counts[b]!++;
        total += hi - lo + 1;
      }
      if (total <= 4 * m + 1_000_000 || bands <= 16) break;
      bands = Math.max(16, bands >> 1);
    }
    this.bands = bands;
    this.bandScale = bands / height;
    this.slabStart = new Int32Array(bands + 1);
    for (let b = 0; b < bands; b++) this.slabStart[b + 1] = this.slabStart[b]! + counts[b]!;
    this.slabCoords = new Float64Array(4 * this.slabStart[bands]!);
    const fill = this.slabStart.slice(0, bands);
    for (let e = 0; e < m; e++) {
      const lo = clampInt((Math.min(this.y1[e]!, this.y2[e]!) - minY) * this.bandScale, 0, bands - 1);
      const hi = clampInt((Math.max(this.y1[e]!, this.y2[e]!) - minY) * this.bandScale, 0, bands - 1);
      for (let b = lo; b <= hi; b++) {
        const k = 4 * fill[b]!++;
        this.slabCoords[k] = this.x1[e]!;
        this.slabCoords[k + 1] = this.y1[e]!;
        this.slabCoords[k + 2] = this.x2[e]!;
        this.slabCoords[k + 3] = this.y2[e]!;
      }
    }

    // Grid of roughly square cells, about one per edge (at most 512 × 512).
    const kx = Math.max(Math.cos(((minY + maxY) / 2) * RAD), 1e-6) * M_PER_DEG;
    const widthM = width * kx;
    const heightM = height * M_PER_DEG;
    const target = clampInt(m, 16, 262_144);
    let cellM = Math.sqrt((widthM * heightM) / target);
    cellM = Math.max(cellM, widthM / 512, heightM / 512, 1e-3);
    this.cellM = cellM;
    this.gx = clampInt(widthM / cellM, 0, 511) + 1;
    this.gy = clampInt(heightM / cellM, 0, 511) + 1;
    this.cellW = width / this.gx;
    this.cellH = height / this.gy;
    const cellLists: number[][] = Array.from({ length: this.gx * this.gy }, () => []);
    const seen = new Set<number>();
    for (let e = 0; e < m; e++) {
      // Walk the edge in steps shorter than a cell, adding the cells each step's box touches, so
      // that a long diagonal edge does not fill its whole bounding box.
      const ax = this.x1[e]!;
      const ay = this.y1[e]!;
      const dx = this.x2[e]! - ax;
      const dy = this.y2[e]! - ay;
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx) / this.cellW, Math.abs(dy) / this.cellH)));
      seen.clear();
      for (let s = 0; s < steps; s++) {
        const px = ax + (dx * s) / steps;
        const py = ay + (dy * s) / steps;
        const qx = ax + (dx * (s + 1)) / steps;
        const qy = ay + (dy * (s + 1)) / steps;
        const i0 = this.col(Math.min(px, qx));
        const i1 = this.col(Math.max(px, qx));
        const j0 = this.row(Math.min(py, qy));
        const j1 = this.row(Math.max(py, qy));
        for (let j = j0; j <= j1; j++)
          for (let i = i0; i <= i1; i++) {
            const c = j * this.gx + i;
            if (!seen.has(c)) {
              seen.add(c);
              cellLists[c]!.push(e);
            }
          }
      }
    }
    this.cellStart = new Int32Array(cellLists.length + 1);
    for (let c = 0; c < cellLists.length; c++)
      this.cellStart[c + 1] = this.cellStart[c]! + cellLists[c]!.length;
    this.cellEdges = new Int32Array(this.cellStart[cellLists.length]!);
    for (let c = 0; c < cellLists.length; c++) this.cellEdges.set(cellLists[c]!, this.cellStart[c]!);
  }

  private col(x: number): number {
    return clampInt((x - this.bbox.minLon) / this.cellW, 0, this.gx - 1);
  }
  private row(y: number): number {
    return clampInt((y - this.bbox.minLat) / this.cellH, 0, this.gy - 1);
  }

  contains(lat: number, lon: number): boolean {
    const b = this.bbox;
    if (!(lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon)) return false;
    let band = ((lat - b.minLat) * this.bandScale) | 0;
    if (band >= this.bands) band = this.bands - 1;
    const c = this.slabCoords;
    const end = 4 * this.slabStart[band + 1]!;
    let inside = false;
    for (let k = 4 * this.slabStart[band]!; k < end; k += 4) {
      const y1 = c[k + 1]!;
      const y2 = c[k + 3]!;
      if (y1 > lat !== y2 > lat) {
        const x1 = c[k]!;
        if (lon < x1 + ((lat - y1) * (c[k + 2]! - x1)) / (y2 - y1)) inside = !inside;
      }
    }
    return inside;
  }

  /** Squared metres from the point to edge e, in the local projection (kx metres per degree of longitude). */
  private edgeDist2(e: number, lat: number, lon: number, kx: number): number {
    const ax = (this.x1[e]! - lon) * kx;
    const ay = (this.y1[e]! - lat) * M_PER_DEG;
    const bx = (this.x2[e]! - lon) * kx;
    const by = (this.y2[e]! - lat) * M_PER_DEG;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
    if (t < 0) t = 0;
    else if (t > 1) t = 1;
    const px = ax + t * dx;
    const py = ay + t * dy;
    return px * px + py * py;
  }

  edgeDistanceAtMost(lat: number, lon: number, limitM: number): number {
    if (!(limitM >= 0)) return Infinity;
    const kx = Math.max(Math.cos(lat * RAD), 1e-6) * M_PER_DEG;
    const dLat = limitM / M_PER_DEG;
    const dLon = limitM / kx;
    const b = this.bbox;
    if (lat + dLat < b.minLat || lat - dLat > b.maxLat || lon + dLon < b.minLon || lon - dLon > b.maxLon)
      return Infinity;
    const i0 = this.col(lon - dLon);
    const i1 = this.col(lon + dLon);
    const j0 = this.row(lat - dLat);
    const j1 = this.row(lat + dLat);
    const limit2 = limitM * limitM;
    let best = Infinity;
    if ((i1 - i0 + 1) * (j1 - j0 + 1) > this.edges) {
      // The neighbourhood covers more cells than there are edges: scan the edges.
      for (let e = 0; e < this.edges; e++) best = Math.min(best, this.edgeDist2(e, lat, lon, kx));
    } else {
      const cs = this.cellStart;
      const ce = this.cellEdges;
      for (let j = j0; j <= j1; j++) {
        const row = j * this.gx;
        for (let c = row + i0; c <= row + i1; c++)
          for (let k = cs[c]!; k < cs[c + 1]!; k++) {
            const d2 = this.edgeDist2(ce[k]!, lat, lon, kx);
            if (d2 < best) best = d2;
          }
      }
    }
    return best <= limit2 ? Math.sqrt(best) : Infinity;
  }

  signedDistanceWithin(lat: number, lon: number, limitM: number): number {
    const d = this.edgeDistanceAtMost(lat, lon, limitM);
    return this.contains(lat, lon) ? -d : d;
  }

  signedDistanceM(lat: number, lon: number): number {
    // Widen the search until an edge is found: a few cells first, then twice as wide each time.
    const b = this.bbox;
    const kx = Math.max(Math.cos(lat * RAD), 1e-6) * M_PER_DEG;
    const toBox = Math.hypot(
      Math.max(b.minLon - lon, 0, lon - b.maxLon) * kx,
      Math.max(b.minLat - lat, 0, lat - b.maxLat) * M_PER_DEG,
    );
    let limit = Math.max(2 * this.cellM, toBox * 1.01 + this.cellM);
    let d = this.edgeDistanceAtMost(lat, lon, limit);
    while (d === Infinity && Number.isFinite(limit)) {
      limit *= 2;
      d = this.edgeDistanceAtMost(lat, lon, limit);
    }
    return this.contains(lat, lon) ? -d : d;
  }
}
