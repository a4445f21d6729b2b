/** Where the ingest benchmark's server spends its time: a profile of the pipeline's stages. */
import type { IngestProfile } from "./ingest.ts";
import { performance } from "node:perf_hooks";
import { IngestRepository } from "../../packages/server/src/db/gateway/ingest.ts";
import { PositionPipeline } from "../../packages/server/src/ingest/pipeline.ts";

export function instrument(): { profile: () => IngestProfile; restore: () => void } {
  const ms = new Map<string, number>();
  const calls = new Map<string, number>();
  let batches = 0;
  let fixes = 0;
  let submissions = 0;
  const restores: (() => void)[] = [];
  const wrap = (proto: object, name: string, label: string) => {
    const p = proto as Record<string, unknown>;
    const orig = p[name] as (...a: unknown[]) => Promise<unknown>;
    p[name] = async function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      try {
        return await orig.apply(this, args);
      } finally {
        ms.set(label, (ms.get(label) ?? 0) + performance.now() - t);
        calls.set(label, (calls.get(label) ?? 0) + 1);
      }
    };
    restores.push(() => (p[name] = orig));
  };
  const repo = IngestRepository.prototype;
  for (const m of ["devices", "states", "zones", "insertPositions", "saveStates", "clear", "raise"])
    wrap(repo, m, m);
  const pipe = PositionPipeline.prototype as unknown as Record<string, unknown>;
  wrap(pipe, "flushOnce", "flush");
  wrap(pipe, "process", "process");
  const take = pipe.take as (this: unknown) => { fixes: unknown[] }[];
  pipe.take = function (this: unknown) {
    const batch = take.call(this);
    if (batch.length) {
      batches++;
      submissions += batch.length;
      fixes += batch.reduce((s, x) => s + x.fixes.length, 0);
    }
    return batch;
  };
  restores.push(() => (pipe.take = take));
  return {
    restore: () => restores.reverse().forEach((r) => r()),
    profile: () => {
      const get = (k: string) => ms.get(k) ?? 0;
      const inProcess = ["states", "zones", "insertPositions", "saveStates", "clear", "raise"].reduce(
        (s, k) => s + get(k),
        0,
      );
      const per = (x: number) => (batches ? x / batches : 0);
      return {
        batches,
        fixesPerBatch: batches ? fixes / batches : 0,
        submissionsPerBatch: batches ? submissions / batches : 0,
        perBatchMs: {
          flush: per(get("flush")),
          resolveDevices: per(get("devices")),
          loadStates: per(get("states")),
          loadZones: per(get("zones")),
          evaluateJs: per(get("process") - inProcess),
          insertPositions: per(get("insertPositions")),
          saveStates: per(get("saveStates")),
          alertClears: per(get("clear")),
          alertRaises: per(get("raise")),
          beginCommitPublish: per(get("flush") - get("process") - get("devices")),
        },
        calls: {
          clear: calls.get("clear") ?? 0,
          raise: calls.get("raise") ?? 0,
          devices: calls.get("devices") ?? 0,
        },
        nodeCpuShare: Number.NaN,
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// One database
