import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { DataFolderBusyError, lockDataFolder } from "./data-folder-lock.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempFolder(): string {
  const d = mkdtempSync(join(tmpdir(), "zj-lock-"));
  dirs.push(d);
  return d;
}

/** Another process that takes the folder and keeps it until killed. */
async function holder(folder: string): Promise<ChildProcess> {
  const script = join(folder, "..", `${folder.split("/").pop()}-holder.ts`);
  writeFileSync(
    script,
    `import { lockDataFolder } from ${JSON.stringify(join(here, "data-folder-lock.ts"))};\n` +
      `lockDataFolder(${JSON.stringify(folder)});\nconsole.log("locked");\nsetInterval(() => {}, 1000);\n`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  await new Promise<void>((ok, fail) => {
    child.stdout!.on("data", (b: Buffer) => b.toString().includes("locked") && ok());
    child.on("exit", (code) => fail(new Error(`holder exited ${code}`)));
  });
  return child;
}

afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("one process per PGlite data folder", () => {
  it("refuses a second process, naming the folder and the process that holds it", async () => {
    const folder = tempFolder();
    const child = await holder(folder);
    let error: unknown;
    try {
      lockDataFolder(folder);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFolderBusyError);
    expect((error as Error).message).toContain(folder);
    expect((error as Error).message).toContain(`进程号 ${child.pid}`);
  });

  it("takes over a stale lock left by a killed process", async () => {
    const folder = tempFolder();
    const child = await holder(folder);
    child.kill("SIGKILL");
    await new Promise((ok) => child.on("exit", ok));
    expect(existsSync(join(folder, "zhijiao.pid"))).toBe(true);
    const lock = lockDataFolder(folder);
    lock.release();
    expect(existsSync(join(folder, "zhijiao.pid"))).toBe(false);
  });

  it("takes over a lock whose process number now belongs to another program", () => {
    const folder = tempFolder();
    // This very test process, but with another start time: a reused process number.
    writeFileSync(
      join(folder, "zhijiao.pid"),
      JSON.stringify({ pid: process.ppid, started: "1", host: hostname() }),
    );
    const lock = lockDataFolder(folder);
    lock.release();
  });
});
