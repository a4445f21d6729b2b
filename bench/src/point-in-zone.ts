/**
 * Point-in-zone (issue 5): checks per second of `PreparedShape.contains` against a
 * 10,000-vertex county polygon, beside @turf/boolean-point-in-polygon and PostGIS ST_Contains
 * on the same points in the same run; the per-fix decision (`classify`, distance to the edge
 * included) beside a linear scan of every edge; and the alert tracker's figures on the labelled
 * synthetic set (false, missed and late alerts). See bench/README.md, "Point-in-zone".
 */
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, MultiPolygon } from "geojson";
import { sql } from "kysely";
import {
  METRES_PER_DEGREE,
  classify,
  evaluateTracker,
  offsetLatLon,
  prepareShape,
  seededRandom,
  syntheticCounty,
  syntheticSet,
  type LonLat,
  type PreparedShape,
  type TrackerEvaluation,
  type ZoneRule,
} from "@zhijiao/domain";
import { openPostgres } from "../../packages/server/src/db/connect.ts";
import { BoundaryStore } from "../../packages/server/src/geo/boundaries.ts";
import { findPgBin, startTempPostgres, withDatabase, type TempPostgres } from "./pg-temp.ts";

/** The issue's target: checks per second on one core against a 10,000-vertex county polygon. */
export const CONTAINS_TARGET = 1_000_000;
const POINTS = 100_000;
const ROUNDS = 7;
const TURF_POINTS = 10_000;
const TURF_ROUNDS = 3;
const PG_ROUNDS = 5;
/** The decision's distance limit: the residence band (300 m) plus the default accuracy (30 m). */
const BAND_M = 300;
const ACCURACY_M = 30;

export interface Rate {
  /** Median over the rounds, checks per second. */
  perSecond: number;
  rounds: number[];
  checks: number;
}

export interface ContainsResult {
  polygon: string;
  vertices: number;
  pointSet: string;
  points: number;
  prepareMs: number;
  inside: number;
  ours: Rate;
  turf: Rate;
  /** Points (of turf's subset) where turf and ours disagree. */
  turfDisagree: number;
  postgis: (Rate & { inside: number }) | null;
  target: number | null;
  met: boolean | null;
}

export interface DecisionResult {
  polygon: string;
  vertices: number;
  pointSet: string;
  ours: Rate;
  linear: Rate;
  disagree: number;
}

export interface EvaluationResult {
  polygon: string;
  vertices: number;
  set: "issue" | "with faults";
  seconds: number;
  evaluation: TrackerEvaluation;
}

export interface PointInZoneRun {
  contains: ContainsResult[];
  decisions: DecisionResult[];
  evaluations: EvaluationResult[];
  postgis: string;
  notes: string[];
}

interface Polygon {
  name: string;
  polygons: LonLat[][][];
  shape: PreparedShape;
  prepareMs: number;
  vertices: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function rate(rounds: number[], checks: number): Rate {
  return { perSecond: median(rounds), rounds, checks };
}

function polygonOf(name: string, polygons: LonLat[][][]): Polygon {
  const t0 = performance.now();
  const shape = prepareShape({ type: "multipolygon", polygons });
  const prepareMs = performance.now() - t0;
  return { name, polygons, shape, prepareMs, vertices: shape.vertexCount };
}

/** Deterministic point sets: uniform over the bounding box widened by 10% each side, and within 1 km of the outline. */
function pointSets(p: Polygon, seed: number): { name: string; lat: Float64Array; lon: Float64Array }[] {
  const rand = seededRandom(seed);
  const b = p.shape.bbox;
  const uni = {
    name: "uniform over the bounding box +10%",
    lat: new Float64Array(POINTS),
    lon: new Float64Array(POINTS),
  };
  for (let i = 0; i < POINTS; i++) {
    uni.lat[i] = b.minLat + (b.maxLat - b.minLat) * (rand() * 1.2 - 0.1);
    uni.lon[i] = b.minLon + (b.maxLon - b.minLon) * (rand() * 1.2 - 0.1);
  }
  const ring = p.polygons.flat();
  const near = {
    name: "within 1 km of the boundary",
    lat: new Float64Array(POINTS),
    lon: new Float64Array(POINTS),
  };
  for (let i = 0; i < POINTS; i++) {
    const r = ring[Math.floor(rand() * ring.length)]!;
    const v = r[Math.floor(rand() * (r.length - 1))]!;
    const q = offsetLatLon(v[1], v[0], (rand() * 2 - 1) * 1000, (rand() * 2 - 1) * 1000);
    near.lat[i] = q.lat;
    near.lon[i] = q.lon;
  }
  return [uni, near];
}

/** Times `run(n)` over `rounds` rounds (after one warm-up round), checks per second each. */
function timed(rounds: number, n: number, run: () => number): number[] {
  run();
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    run();
    out.push(n / ((performance.now() - t0) / 1000));
  }
  return out;
}

/** The decision without an index: bounding box, then ray casting and the distance over every edge. */
function linearDecision(polygons: LonLat[][][], bbox: PreparedShape["bbox"]) {
  const edges: number[] = [];
  for (const rings of polygons)
    for (const ring of rings)
      for (let i = 0; i + 1 < ring.length; i++)
        edges.push(ring[i]![0], ring[i]![1], ring[i + 1]![0], ring[i + 1]![1]);
  const e = Float64Array.from(edges);
  const limit = BAND_M + ACCURACY_M;
  return (lat: number, lon: number): "inside" | "outside" | "undecided" => {
    const kx = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
    const dLat = limit / METRES_PER_DEGREE;
    const dLon = limit / kx;
    if (
      lat + dLat < bbox.minLat ||
      lat - dLat > bbox.maxLat ||
      lon + dLon < bbox.minLon ||
      lon - dLon > bbox.maxLon
    )
      return "outside";
    let inside = false;
    let best = Infinity;
    for (let k = 0; k < e.length; k += 4) {
      const x1 = e[k]!;
      const y1 = e[k + 1]!;
      const x2 = e[k + 2]!;
      const y2 = e[k + 3]!;
      if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
      const ax = (x1 - lon) * kx;
      const ay = (y1 - lat) * METRES_PER_DEGREE;
      const dx = (x2 - x1) * kx;
      const dy = (y2 - y1) * METRES_PER_DEGREE;
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      const px = ax + t * dx;
      const py = ay + t * dy;
      best = Math.min(best, px * px + py * py);
    }
    const d = (inside ? -1 : 1) * Math.sqrt(best);
    return d > BAND_M + ACCURACY_M ? "outside" : d <= BAND_M - ACCURACY_M ? "inside" : "undecided";
  };
}

interface PostGis {
  query(
    name: string,
    polygons: LonLat[][][],
    lat: Float64Array,
    lon: Float64Array,
  ): Promise<Rate & { inside: number }>;
  close(): Promise<void>;
}

/** A scratch database with PostGIS on DATABASE_URL or a temporary server, or why there is none. */
async function openPostGis(log: (m: string) => void): Promise<PostGis | string> {
  let adminUrl = process.env.DATABASE_URL?.trim() || null;
  let temp: TempPostgres | null = null;
  if (!adminUrl) {
    const bin = findPgBin();
    if (!bin) return "PostGIS skipped: DATABASE_URL is not set and no PostgreSQL is installed.";
    const major = /postgresql\/(\d+)\//.exec(bin)?.[1];
    if (major && !existsSync(`/usr/share/postgresql/${major}/extension/postgis.control`))
      return `PostGIS skipped: PostgreSQL ${major} has no postgis extension (Debian: apt-get install postgresql-${major}-postgis-3).`;
    temp = await startTempPostgres(bin, log);
    adminUrl = temp.url;
  }
  const name = `zj_bench_geo_${process.pid}`;
  const admin = await openPostgres(adminUrl, 1);
  await admin.exec(`create database ${name}`);
  const database = await openPostgres(withDatabase(adminUrl, name), 1);
  const cleanup = async () => {
    await database.close();
    await delay(300);
    await admin.exec(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.close();
    temp?.stop();
  };
  try {
    await database.exec("create extension postgis");
  } catch (e) {
    await cleanup();
    return `PostGIS skipped: create extension postgis failed (${(e as Error).message}).`;
  }
  const version = await sql<{ v: string }>`select postgis_lib_version() as v`.execute(database.db);
  const pgVersion = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(
    database.db,
  );
  log(`point-in-zone: PostGIS ${version.rows[0]!.v} on PostgreSQL ${pgVersion.rows[0]!.v}`);
  return {
    async query(label, polygons, lat, lon) {
      // One core, as for the others: no parallel workers. No index on the points: every point is checked.
      const geojson = JSON.stringify({ type: "MultiPolygon", coordinates: polygons });
      await database.exec(`drop table if exists pts; drop table if exists zone;
        set max_parallel_workers_per_gather = 0;`);
      await database.exec(`create table pts (id int primary key, g geometry(Point, 4326));
        create table zone (id int primary key, g geometry(MultiPolygon, 4326));`);
      await sql`insert into zone values (1, ST_SetSRID(ST_GeomFromGeoJSON(${geojson}), 4326))`.execute(
        database.db,
      );
      await sql`insert into pts select i::int, ST_SetSRID(ST_MakePoint(x, y), 4326)
        from unnest(${Array.from(lon)}::float8[], ${Array.from(lat)}::float8[]) with ordinality as u(x, y, i)`.execute(
        database.db,
      );
      await database.exec("analyze pts; analyze zone;");
      const q = sql<{
        n: number;
      }>`select count(*)::int as n from pts, zone z where z.id = 1 and ST_Contains(z.g, pts.g)`;
      let inside = 0;
      const rounds: number[] = [];
      inside = (await q.execute(database.db)).rows[0]!.n; // warm-up
      for (let r = 0; r < PG_ROUNDS; r++) {
        const t0 = performance.now();
        const n = (await q.execute(database.db)).rows[0]!.n;
        rounds.push(lat.length / ((performance.now() - t0) / 1000));
        if (n !== inside) throw new Error(`PostGIS ${label}: counts differ between rounds`);
      }
      return { ...rate(rounds, lat.length), inside };
    },
    close: cleanup,
  };
}

/** Runs the point-in-zone measurements and the synthetic evaluation. */
export async function benchPointInZone(seed: number, log: (m: string) => void): Promise<PointInZoneRun> {
  const notes: string[] = [];
  const polygons: Polygon[] = [
    polygonOf("synthetic county (南海-sized)", [[syntheticCounty({ vertices: 10_000 })]]),
  ];
  const nanhai = new BoundaryStore().county("440605");
  if (nanhai) polygons.push(polygonOf(`${nanhai.name} 440605, as shipped`, nanhai.polygons));
  else
    notes.push(
      "note: 南海区 (440605) is not in packages/server/data/boundaries: measured on the synthetic county only",
    );

  const pg = await openPostGis(log).catch((e: unknown) => `PostGIS skipped: ${(e as Error).message}`);
  const postgisNote = typeof pg === "string" ? pg : "PostGIS ST_Contains measured";
  if (typeof pg === "string") log(pg);

  const contains: ContainsResult[] = [];
  const decisions: DecisionResult[] = [];
  try {
    for (const p of polygons) {
      for (const set of pointSets(p, seed)) {
        const { lat, lon } = set;
        const shape = p.shape;
        let inside = 0;
        const ours = timed(ROUNDS, POINTS, () => {
          let n = 0;
          for (let i = 0; i < POINTS; i++) if (shape.contains(lat[i]!, lon[i]!)) n++;
          inside = n;
          return n;
        });
        const feature: Feature<MultiPolygon> = {
          type: "Feature",
          properties: {},
          bbox: [shape.bbox.minLon, shape.bbox.minLat, shape.bbox.maxLon, shape.bbox.maxLat],
          geometry: { type: "MultiPolygon", coordinates: p.polygons },
        };
        const turf = timed(TURF_ROUNDS, TURF_POINTS, () => {
          let n = 0;
          for (let i = 0; i < TURF_POINTS; i++) if (booleanPointInPolygon([lon[i]!, lat[i]!], feature)) n++;
          return n;
        });
        let turfDisagree = 0;
        for (let i = 0; i < TURF_POINTS; i++)
          if (booleanPointInPolygon([lon[i]!, lat[i]!], feature) !== shape.contains(lat[i]!, lon[i]!))
            turfDisagree++;
        const postgis =
          typeof pg === "string" ? null : await pg.query(`${p.name}, ${set.name}`, p.polygons, lat, lon);
        const target = p.vertices >= 10_000 ? CONTAINS_TARGET : null;
        const r: ContainsResult = {
          polygon: p.name,
          vertices: p.vertices,
          pointSet: set.name,
          points: POINTS,
          prepareMs: p.prepareMs,
          inside,
          ours: rate(ours, POINTS),
          turf: rate(turf, TURF_POINTS),
          turfDisagree,
          postgis,
          target,
          met: target === null ? null : median(ours) >= target,
        };
        contains.push(r);
        if (turfDisagree)
          notes.push(`ERROR: ${p.name}, ${set.name}: turf and ours disagree on ${turfDisagree} points`);
        if (postgis && postgis.inside !== inside)
          notes.push(
            `ERROR: ${p.name}, ${set.name}: PostGIS counts ${postgis.inside} points inside, ours ${inside}`,
          );
        log(
          `point-in-zone: ${p.name} (${p.vertices} vertices), ${set.name}: ours ${fmt(r.ours.perSecond)}/s, turf ${fmt(r.turf.perSecond)}/s` +
            (postgis ? `, PostGIS ${fmt(postgis.perSecond)}/s` : ""),
        );

        // The decision per fix: inclusion zone, 300 m band, 30 m accuracy.
        const rule: ZoneRule = { id: "z", kind: "inclusion", shape, toleranceM: BAND_M };
        const linear = linearDecision(p.polygons, shape.bbox);
        const n = Math.min(POINTS, 20_000);
        const oursDecision = timed(ROUNDS, POINTS, () => {
          let k = 0;
          for (let i = 0; i < POINTS; i++)
            if (classify(rule, { lat: lat[i]!, lon: lon[i]!, accuracyM: ACCURACY_M }) === "outside") k++;
          return k;
        });
        const linearRates = timed(3, n, () => {
          let k = 0;
          for (let i = 0; i < n; i++) if (linear(lat[i]!, lon[i]!) === "outside") k++;
          return k;
        });
        let disagree = 0;
        for (let i = 0; i < n; i++)
          if (
            classify(rule, { lat: lat[i]!, lon: lon[i]!, accuracyM: ACCURACY_M }) !== linear(lat[i]!, lon[i]!)
          )
            disagree++;
        if (disagree)
          notes.push(
            `ERROR: ${p.name}, ${set.name}: the decision differs from the linear scan on ${disagree} points`,
          );
        decisions.push({
          polygon: p.name,
          vertices: p.vertices,
          pointSet: set.name,
          ours: rate(oursDecision, POINTS),
          linear: rate(linearRates, n),
          disagree,
        });
      }
    }
  } finally {
    if (typeof pg !== "string") await pg.close();
  }

  const evaluations: EvaluationResult[] = [];
  for (const p of polygons) {
    // The outline the tracks follow: the largest polygon's outer ring.
    const ring = p.polygons.map((rings) => rings[0]!).sort((a, b) => b.length - a.length)[0]!;
    const rules: ZoneRule[] = [{ id: "county", kind: "inclusion", shape: p.shape, toleranceM: BAND_M }];
    for (const faults of [false, true]) {
      const t0 = performance.now();
      const set = syntheticSet(ring, p.shape, { seed, faults });
      const evaluation = evaluateTracker(set, rules);
      const seconds = (performance.now() - t0) / 1000;
      evaluations.push({
        polygon: p.name,
        vertices: p.vertices,
        set: faults ? "with faults" : "issue",
        seconds,
        evaluation,
      });
      log(
        `tracker on ${p.name}, ${faults ? "with faults" : "the issue's set"}: false ${evaluation.falseAlerts}, missed ${evaluation.missed}, ` +
          `late ${evaluation.late}, max delay ${evaluation.maxDelaySeconds.toFixed(0)} s (${seconds.toFixed(1)} s)`,
      );
    }
  }
  return { contains, decisions, evaluations, postgis: postgisNote, notes };
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return "—";
  if (x >= 1e6) return `${(x / 1e6).toFixed(x >= 1e7 ? 1 : 2)} M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(x >= 1e5 ? 0 : 1)} k`;
  return x.toFixed(0);
}

const times = (a: number, b: number) =>
  Number.isFinite(a / b) ? `${a / b >= 10 ? (a / b).toFixed(0) : (a / b).toFixed(1)}×` : "—";

/** The results as Markdown tables. */
export function pointInZoneMarkdown(r: PointInZoneRun): string {
  const out: string[] = [];
  out.push(
    "| point-in-zone (contains) | vertices | points | inside | ours checks/s | target | @turf/boolean-point-in-polygon checks/s | PostGIS ST_Contains checks/s | ours ÷ turf | ours ÷ PostGIS | prepare ms |",
    "|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const c of r.contains)
    out.push(
      `| ${c.polygon} | ${c.vertices.toLocaleString("en-US")} | ${c.pointSet} | ${((100 * c.inside) / c.points).toFixed(0)}% | ${fmt(c.ours.perSecond)} | ${
        c.target === null ? "—" : `≥ ${fmt(c.target)} ${c.met ? "met" : "**MISSED**"}`
      } | ${fmt(c.turf.perSecond)} | ${c.postgis ? fmt(c.postgis.perSecond) : "—"} | ${times(c.ours.perSecond, c.turf.perSecond)} | ${
        c.postgis ? times(c.ours.perSecond, c.postgis.perSecond) : "—"
      } | ${c.prepareMs.toFixed(0)} |`,
    );
  out.push(
    "",
    `| decision per fix (classify: band ${BAND_M} m, accuracy ${ACCURACY_M} m) | vertices | points | ours decisions/s | linear scan decisions/s | speed-up |`,
    "|---|--:|---|--:|--:|--:|",
  );
  for (const d of r.decisions)
    out.push(
      `| ${d.polygon} | ${d.vertices.toLocaleString("en-US")} | ${d.pointSet} | ${fmt(d.ours.perSecond)} | ${fmt(d.linear.perSecond)} | ${times(d.ours.perSecond, d.linear.perSecond)} |`,
    );
  out.push(
    "",
    "| alert tracker, labelled synthetic set | set | inside tracks | excursions | fixes | false alerts | missed | late (> 3 min from 500 m out) | max delay s | mean delay s | late from the band | max delay from the band s | repeated | uncleared | stale / duplicate / jump |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const e of r.evaluations) {
    const v = e.evaluation;
    out.push(
      `| ${e.polygon} (${e.vertices.toLocaleString("en-US")} vertices) | ${e.set} | ${v.tracks.inside} | ${v.tracks.excursion} | ${v.fixes.toLocaleString("en-US")} | ${v.falseAlerts} | ${v.missed} | ${v.late} | ${v.maxDelaySeconds.toFixed(0)} | ${v.meanDelaySeconds.toFixed(0)} | ${v.lateFromBand} | ${v.maxDelayFromBandSeconds.toFixed(0)} | ${v.repeatedAlerts} | ${v.uncleared} | ${v.rejected.stale} / ${v.rejected.duplicate} / ${v.rejected.jump} |`,
    );
  }
  return out.join("\n");
}
