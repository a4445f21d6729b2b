import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { Database } from "../db/connect.ts";
import { notifyDatabase } from "../db/database.ts";
import type { IngestSubject } from "../db/gateway/ingest.ts";

/** Where an event belongs, so that each listener receives only what its caller's scope holds. */
const LIVE_CHANNEL = "zj_live";
/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_PAYLOAD = 7500;

function* chunks(origin: string, events: LiveEvent[]): Generator<string> {
  let batch: LiveEvent[] = [];
  let size = 0;
  for (const e of events) {
    const n = JSON.stringify(e).length + 1;
    if (batch.length && size + n > MAX_PAYLOAD - 60) {
      yield JSON.stringify({ origin, events: batch });
      batch = [];
      size = 0;
    }
    batch.push(e);
    size += n;
  }
  if (batch.length) yield JSON.stringify({ origin, events: batch });
}

export type LivePlace = Pick<IngestSubject, "officeId" | "countyId" | "cityId" | "provinceId" | "minor">;

export type LiveMessage =
  | {
      type: "position";
      subjectId: string;
      subjectName: string;
      deviceId: string;
      lat: number;
      lon: number;
      time: string;
      battery: number | null;
    }
  | {
      type: "alert";
      alertId: string;
      subjectId: string;
      alertType: string;
      change: "opened" | "cleared" | "updated";
      at: string;
    };

export interface LiveEvent {
  place: LivePlace;
  message: LiveMessage;
}

/**
 * Positions and alerts after they are committed, fanned out to WebSocket listeners in this
 * process. (Across several processes the same events travel by PostgreSQL LISTEN/NOTIFY.)
 */
export class LiveHub {
  private readonly emitter = new EventEmitter();
  private readonly origin = randomUUID();
  private database: Database | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /**
   * Shares events with the other server processes on the same PostgreSQL (LISTEN/NOTIFY on
   * `zj_live`); on PGlite there is one process and nothing to do.
   */
  async attach(database: Database): Promise<void> {
    if (!database.listen || this.database) return;
    this.database = database;
    this.stopListening = await database.listen(LIVE_CHANNEL, (payload) => {
      try {
        const m = JSON.parse(payload) as { origin: string; events: LiveEvent[] };
        if (m.origin === this.origin) return;
        for (const e of m.events) this.emitter.emit("event", e);
      } catch {
        // A payload that is not ours is ignored.
      }
    });
  }

  async detach(): Promise<void> {
    await this.sending;
    await this.stopListening?.();
    this.stopListening = null;
    this.database = null;
  }

  /** Delivers committed events here, and to the other processes when attached. */
  publish(events: LiveEvent[]): void {
    for (const e of events) this.emitter.emit("event", e);
    const database = this.database;
    if (!database || events.length === 0) return;
    // One after another, so that the other processes receive them in commit order.
    for (const payload of chunks(this.origin, events))
      this.sending = this.sending
        .then(() => notifyDatabase(database, LIVE_CHANNEL, payload))
        .then(
          () => undefined,
          (e: unknown) => console.error("实时推送转发失败：", e instanceof Error ? e.message : e),
        );
  }

  /** Answers the function that stops listening. */
  subscribe(listener: (e: LiveEvent) => void): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }

  get listeners(): number {
    return this.emitter.listenerCount("event");
  }
}
