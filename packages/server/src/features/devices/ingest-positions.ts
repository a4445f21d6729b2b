import { DomainError, toWgs84, type CoordinateSystem } from "@zhijiao/domain";
import type { AppContext } from "../../context.ts";
import { tokenHash } from "../../security/tokens.ts";
import { locationOf } from "../../ingest/location-runtime.ts";
import type { DeviceFix, IngestResult, IngestSource } from "../../ingest/types.ts";

export const INGEST_MAX_BATCH = 1000;

/** A fix as HTTP clients send it (the batch API and OsmAnd both end here). */
export interface HttpFix {
  time: Date;
  lat: number;
  lon: number;
  accuracy?: number | null;
  speed?: number | null;
  heading?: number | null;
  altitude?: number | null;
  battery?: number | null;
  coordinateSystem?: CoordinateSystem;
  events?: DeviceFix["events"];
}

/**
 * A device's (or a carrier gateway's) positions over HTTP, authenticated by the device token.
 * Answers after the commit; a fix that cannot be used is listed in `rejected` with its code.
 */
export async function ingestPositions({
  ctx,
  token,
  source,
  fixes,
}: {
  ctx: AppContext;
  token: string | null;
  source: IngestSource;
  fixes: HttpFix[];
}): Promise<IngestResult> {
  if (!token) throw new DomainError("DEVICE_TOKEN_INVALID");
  if (fixes.length > INGEST_MAX_BATCH)
    throw new DomainError("INGEST_BATCH_TOO_LARGE", { max: INGEST_MAX_BATCH });
  const { pipeline, httpRate } = locationOf(ctx);
  const device = await pipeline.deviceByToken(tokenHash(token));
  if (!device) throw new DomainError("DEVICE_TOKEN_INVALID");
  if (!httpRate.take(device.deviceId))
    throw new DomainError("INGEST_RATE_LIMITED", { deviceId: device.deviceId });
  return pipeline.submit(
    { deviceId: device.deviceId },
    source,
    fixes.map((f) => {
      const p =
        f.coordinateSystem && f.coordinateSystem !== "wgs84" ? toWgs84(f.lat, f.lon, f.coordinateSystem) : f;
      return {
        time: f.time,
        lat: p.lat,
        lon: p.lon,
        accuracyM: f.accuracy ?? null,
        speedKmh: f.speed ?? null,
        heading: f.heading ?? null,
        altitudeM: f.altitude ?? null,
        battery: f.battery ?? null,
        ...(f.events ? { events: f.events } : {}),
      };
    }),
  );
}
