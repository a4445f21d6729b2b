import { offsetLatLon, prepareShape, type LonLat } from "./geometry.ts";

/** Tests' county of residence: a 20 km square centred in 南海区, and the points east of it. */
export const LAT = 23.03;
export const LON = 113.14;

/** A square of side 2·halfM metres centred on (lat, lon), [lon, lat]. */
export function square(lat: number, lon: number, halfM: number): LonLat[] {
  const a = offsetLatLon(lat, lon, -halfM, -halfM);
  const b = offsetLatLon(lat, lon, halfM, halfM);
  return [
    [a.lon, a.lat],
    [b.lon, a.lat],
    [b.lon, b.lat],
    [a.lon, b.lat],
  ];
}

export const testCounty = prepareShape({ type: "polygon", rings: [square(LAT, LON, 10_000)] });
export const eastEdge = offsetLatLon(LAT, LON, 10_000, 0).lon;
/** The point `m` metres east of the test county's east edge (negative: inside). */
export const east = (m: number) => offsetLatLon(LAT, eastEdge, m, 0);
