import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { verifyAuditChain } from "./db/audit-chain.ts";
import { isDatabaseEmpty, seedDemo } from "./demo/seed.ts";
import { writeContract } from "./http/openapi-document.ts";
import { buildServer } from "./http/server.ts";
import { jt808Backend } from "./ingest/jt808-backend.ts";
import { startJt808Server } from "./ingest/jt808/server.ts";
import { locationOf } from "./ingest/location-runtime.ts";
import { sweepLocation } from "./jobs/location-sweep.ts";
import { startSchedule, startSweeps, sweepDidWork } from "./jobs/run-sweeps.ts";
import { configFromEnv, contextFor, openDatabase } from "./runtime.ts";

const SWEEP_INTERVAL_MS = 10 * 60_000;
/** Offline detection must see a silent device within twice its interval plus 30 s. */
const LOCATION_SWEEP_INTERVAL_MS = 15_000;
const webDist = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

async function start(): Promise<void> {
  const config = configFromEnv();
  const database = await openDatabase(config);
  const ctx = await contextFor(database, config);
  if (config.demo && (await isDatabaseEmpty(database))) {
    console.log("空数据库：正在生成演示数据 (ZHIJIAO_DEMO=0 可跳过)…");
    const n = await seedDemo(ctx, {});
    console.log(`演示数据已生成：${n.subjects} 名矫正对象，${n.users} 个账号。`);
  }
  const app = await buildServer(ctx, {
    webDist,
    logger: process.env.ZHIJIAO_LOG !== "0",
    secureCookie: config.secureCookie,
    trustProxy: config.trustProxy,
    tileUrl: process.env.VITE_TILE_URL ?? null,
  });
  // Deadlines, releases and sessions: now, then every 10 minutes; one process leads (advisory lock).
  const stopSweeps = startSweeps(ctx, SWEEP_INTERVAL_MS, {
    onReport: (r) => {
      if (r.errors.length) app.log.error({ sweeps: r }, "定时任务部分失败");
      else if (sweepDidWork(r)) app.log.info({ sweeps: r }, "定时任务已完成");
    },
    onError: (e) => app.log.error(e, "定时任务失败"),
  });
  const stopLocationSweeps = startSchedule(
    () => sweepLocation(ctx),
    LOCATION_SWEEP_INTERVAL_MS,
    (r) => {
      if (r.offline + r.leaveOverdue + r.escalated + r.randomChecksMissed + r.partitions.length > 0)
        app.log.info({ location: r }, "定位巡检已完成");
    },
    (e) => app.log.error(e, "定位巡检失败"),
  );
  // Live events reach the WebSocket listeners of every server process (PostgreSQL LISTEN/NOTIFY).
  await locationOf(ctx).hub.attach(database);
  // JT/T 808 terminals (bracelets) over TCP; ZHIJIAO_JT808_PORT=0 turns it off.
  const jt808Port = Number(process.env.ZHIJIAO_JT808_PORT ?? 6808);
  const jt808 =
    jt808Port > 0
      ? await startJt808Server({
          port: jt808Port,
          host: config.host,
          backend: jt808Backend(ctx, locationOf(ctx).pipeline, (level, event, details) =>
            app.log[level]({ jt808: details }, event),
          ),
        })
      : null;
  const stop = async () => {
    await jt808?.close();
    await locationOf(ctx).hub.detach();
    await stopLocationSweeps();
    await stopSweeps();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `智矫 zhijiao 已启动：http://localhost:${config.port} （数据库：${database.kind === "pglite" ? "内嵌 PGlite " + join(config.dataDir, "pglite") : "PostgreSQL"}）`,
  );
}

async function migrateOnly(): Promise<void> {
  const database = await openDatabase(configFromEnv());
  console.log("数据库结构已是最新。");
  await database.close();
}

async function demo(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { subjects: { type: "string" }, seed: { type: "string" } } });
  const config = configFromEnv();
  const database = await openDatabase(config);
  const ctx = await contextFor(database, config);
  const started = Date.now();
  const n = await seedDemo(ctx, {
    subjects: values.subjects ? Number(values.subjects) : undefined,
    seed: values.seed ? Number(values.seed) : undefined,
    log: (m: string) => console.log(m),
  });
  console.log(
    `已生成 ${n.subjects} 名矫正对象，${n.users} 个账号，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`,
  );
  await database.close();
}

async function auditVerify(): Promise<void> {
  const database = await openDatabase(configFromEnv());
  const check = await verifyAuditChain(database.db);
  await database.close();
  if (check.ok) {
    console.log(`审计链完整：共 ${check.entries} 条记录，未发现篡改或删除。`);
    return;
  }
  console.error(`审计链已被破坏：共 ${check.entries} 条记录，发现 ${check.problems.length} 处问题：`);
  for (const p of check.problems.slice(0, 50)) console.error(`  第 ${p.seq} 条：${p.problem}`);
  process.exitCode = 1;
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = {
  start: () => start(),
  migrate: () => migrateOnly(),
  demo,
  "audit-verify": () => auditVerify(),
  openapi: async () => {
    const changed = await writeContract();
    console.log(changed.length ? `已更新：${changed.join("、")}` : "接口文档与网页类型均为最新。");
  },
};
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(`用法：cli.ts <${Object.keys(commands).join("|")}>`);
  process.exit(2);
}
run(rest).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
