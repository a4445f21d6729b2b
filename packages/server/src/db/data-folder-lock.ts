import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/**
 * One process per PGlite data folder, as PostgreSQL's postmaster.pid: the lock file names the
 * process that holds the folder. A lock left by a process that no longer runs (killed, crashed)
 * is stale and taken over, so a restart is never blocked; a PID reused by another program is
 * told apart by its start time.
 */
export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

interface Holder {
  pid: number;
  started: string | null;
  host: string;
}

export class DataFolderBusyError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: Holder,
  ) {
    super(
      `数据目录 ${folder} 正被另一个 zhijiao 进程使用（进程号 ${holder.pid}，主机 ${holder.host}）。` +
        `同一数据目录只能由一个进程打开：请先停止该进程，或用 ZHIJIAO_DATA_DIR 指定另一个目录。`,
    );
    this.name = "DataFolderBusyError";
  }
}

/** The start time of a process (clock ticks since boot, Linux), or null where unknown. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime) after the parenthesised command name, which may contain spaces.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true; // another machine's process: cannot tell, assume alive
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  const started = startTimeOf(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, "utf8")) as Partial<Holder>;
    if (typeof h.pid !== "number" || typeof h.host !== "string") return null;
    return { pid: h.pid, host: h.host, started: typeof h.started === "string" ? h.started : null };
  } catch {
    return null;
  }
}

/** Takes the data folder for this process, or throws DataFolderBusyError naming its holder. */
export function lockDataFolder(folder: string): DataFolderLock {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, "zhijiao.pid");
  const me: Holder = { pid: process.pid, started: startTimeOf(process.pid), host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written aside and linked into place: the lock appears whole or not at all.
    const aside = `${path}.${process.pid}`;
    writeFileSync(aside, `${JSON.stringify(me)}\n`, { mode: 0o600 });
    try {
      linkSync(aside, path);
      unlinkSync(aside);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        if (readHolder(path)?.pid === me.pid) unlinkSync(path);
      };
      process.on("exit", release);
      return { path, release };
    } catch (e) {
      unlinkSync(aside);
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = readHolder(path);
    // An unreadable lock, or one whose process is gone: stale, take it over.
    if (holder && holder.pid !== me.pid && isRunning(holder)) throw new DataFolderBusyError(folder, holder);
    try {
      unlinkSync(path);
    } catch {
      /* another process removed it first; try again */
    }
  }
  throw new Error(`无法锁定数据目录 ${folder}`);
}
