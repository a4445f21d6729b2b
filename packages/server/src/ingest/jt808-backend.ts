import { randomBytes } from "node:crypto";
import { inTransaction, type AppContext } from "../context.ts";
import { IngestRepository } from "../db/gateway/index.ts";
import { systemMeta } from "../jobs/batches.ts";
import type { Jt808Backend } from "./jt808/backend.ts";
import type { PositionPipeline } from "./pipeline.ts";

/**
 * The JT/T 808 server's view of zhijiao: a terminal is a registered device (its terminal phone
 * number is the device identifier); registration issues a fresh authentication code; positions
 * go through the same pipeline as HTTP and are acknowledged after their commit.
 */
export function jt808Backend(
  ctx: AppContext,
  pipeline: PositionPipeline,
  log: (level: "info" | "warn", event: string, details: Record<string, unknown>) => void,
): Jt808Backend {
  const repo = <T>(work: (r: IngestRepository) => Promise<T>) =>
    inTransaction(ctx, null, systemMeta(ctx.now()), (gw) => work(new IngestRepository(gw)));
  return {
    async register(terminalPhone) {
      const [device] = await repo((r) => r.devices({ identifiers: [terminalPhone] }));
      if (!device) return { result: 4 };
      const authCode = randomBytes(8).toString("hex");
      await repo((r) => r.setAuthCode(device.deviceId, authCode));
      return { result: 0, authCode };
    },
    async authenticate(terminalPhone, authCode) {
      const [device] = await repo((r) => r.devices({ identifiers: [terminalPhone] }));
      return device?.authCode != null && device.authCode === authCode;
    },
    async positions(terminalPhone, fixes) {
      const result = await pipeline.submit({ identifier: terminalPhone }, "jt808", fixes);
      if (result.rejected.length)
        log("warn", "jt808.rejected", { terminalPhone, rejected: result.rejected.slice(0, 10) });
    },
    async heartbeat(terminalPhone) {
      await pipeline.submit({ identifier: terminalPhone }, "jt808", []);
    },
    log,
  };
}
