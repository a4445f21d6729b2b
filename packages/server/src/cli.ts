import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { verifyAuditChain } from "./db/audit-chain.ts";
import { isDatabaseEmpty, seedDemo } from "./demo/seed.ts";
import { buildServer } from "./http/server.ts";
import { startSweeps, sweepDidWork } from "./jobs/run-sweeps.ts";
import { configFromEnv, contextFor, openDatabase } from "./runtime.ts";

const SWEEP_INTERVAL_MS = 10 * 60_000;
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
  });
  // Deadlines, releases and sessions: now, then every 10 minutes; one process leads (advisory lock).
  const stopSweeps = startSweeps(ctx, SWEEP_INTERVAL_MS, {
    onReport: (r) => {
      if (r.errors.length) app.log.error({ sweeps: r }, "定时任务部分失败");
      else if (sweepDidWork(r)) app.log.info({ sweeps: r }, "定时任务已完成");
    },
    onError: (e) => app.log.error(e, "定时任务失败"),
  });
  const stop = async () => {
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
