import type { AppContext } from "../context.ts";
import { BoundaryStore } from "../geo/boundaries.ts";
import { LiveHub } from "./live-hub.ts";
import { PositionPipeline, type PipelineOptions } from "./pipeline.ts";
import { KeyedRateLimit } from "./token-bucket.ts";
import { ZoneBook } from "./zone-book.ts";

/** HTTP requests a second one device may send before it is refused (a flood never starves the others). */
export const HTTP_INGEST_RATE = 10;

/** The location services of one server context: ingest pipeline, live hub, boundaries. */
export interface LocationRuntime {
  pipeline: PositionPipeline;
  hub: LiveHub;
  boundaries: BoundaryStore;
  zones: ZoneBook;
  httpRate: KeyedRateLimit;
}

const runtimes = new WeakMap<AppContext, LocationRuntime>();
let sharedBoundaries: BoundaryStore | null = null;

/** The boundaries shipped with the server, loaded once per process (they never change at run time). */
export function boundaries(): BoundaryStore {
  sharedBoundaries ??= new BoundaryStore();
  return sharedBoundaries;
}

/** The location services of this context, created on first use. */
export function locationOf(ctx: AppContext, options: PipelineOptions = {}): LocationRuntime {
  let rt = runtimes.get(ctx);
  if (!rt) {
    const hub = new LiveHub();
    const zones = new ZoneBook(boundaries());
    rt = {
      hub,
      zones,
      boundaries: boundaries(),
      pipeline: new PositionPipeline(ctx, hub, zones, options),
      httpRate: new KeyedRateLimit(HTTP_INGEST_RATE),
    };
    runtimes.set(ctx, rt);
  }
  return rt;
}
