import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throw-away PostgreSQL server in a temporary folder, the way scripts/test-pg.sh starts one:
 * Debian's initdb/pg_ctl, run as `postgres` when we are root (initdb refuses root).
 */
export interface TempPostgres {
  url: string;
  version: string;
  dir: string;
  /** The shell command that stops the server and removes its folder (for --keep). */
  stopCommand: string;
  stop(): void;
}

export function findPgBin(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PGBIN && existsSync(join(env.PGBIN, "initdb"))) return env.PGBIN;
  for (const v of [17, 16, 15]) {
    const bin = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(join(bin, "initdb"))) return bin;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Server settings for a benchmark: durability off (fsync), memory as the issue asks. */
const benchSettings = [
  "shared_buffers=512MB",
  "fsync=off",
  "synchronous_commit=off",
  "full_page_writes=off",
  "max_wal_size=8GB",
  "checkpoint_timeout=30min",
  "maintenance_work_mem=512MB",
];

/** `extraSettings` (name=value) come after the bench settings and override them (e.g. fsync=on for a durable ingest). */
export async function startTempPostgres(
  pgBin: string,
  log: (m: string) => void,
  extraSettings: readonly string[] = [],
): Promise<TempPostgres> {
  const settings = [...benchSettings, ...extraSettings];
  const dir = mkdtempSync(join(tmpdir(), "zhijiao-bench-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(pgBin, cmd), ...args], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        })
      : execFileSync(join(pgBin, cmd), args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const data = join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-A", "trust", "-U", "zj", "-E", "UTF8", "--locale=C.UTF-8"]);
  const opts = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    ...settings.map((s) => `-c ${s}`),
  ].join(" ");
  run("pg_ctl", ["-D", data, "-w", "-l", join(dir, "log"), "-o", opts, "start"]);
  const version = /\(PostgreSQL\) (\S+)/.exec(run("postgres", ["--version"]))?.[1] ?? "?";
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } catch {
      /* already down */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  log(`PostgreSQL ${version} started on 127.0.0.1:${port} in ${dir} (${settings.join(", ")})`);
  const stopCommand = `${asRoot ? "runuser -u postgres -- " : ""}${join(pgBin, "pg_ctl")} -D ${data} -m fast stop && rm -rf ${dir}`;
  return { url: `postgres://zj@127.0.0.1:${port}/postgres`, version, dir, stopCommand, stop };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = "/" + name;
  return u.toString();
}
