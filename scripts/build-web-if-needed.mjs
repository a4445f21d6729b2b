// Builds the console (packages/web) before `npm start` when its build is missing or older than its sources.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const web = join(root, "packages/web");
const built = join(web, "dist/index.html");

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(newest(web), newest(join(root, "packages/domain/src")));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log("正在构建管理控制台 (packages/web)…");
  execSync("npm run build -w @zhijiao/web", { cwd: root, stdio: "inherit" });
}
