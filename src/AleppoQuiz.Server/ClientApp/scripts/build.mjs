// Build steps for the front end, run by the server project's build (see AleppoQuiz.Server.csproj):
//   node scripts/build.mjs install   npm ci, unless node_modules is already newer than package-lock.json
//   node scripts/build.mjs bundle    type-check, then bundle src/ into ../wwwroot/js
// Both take a lock folder first, because two builds of the same checkout (a test run and a `dotnet run`, or
// MSBuild nodes building the server for different callers) must not install or write the bundle at once.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lockDir = join(root, ".build-lock");
const installStamp = join(root, "node_modules", ".install-stamp");
const outDir = join(root, "..", "wwwroot", "js");
const staleLockMs = 5 * 60 * 1000;
const lockWaitMs = 10 * 60 * 1000;

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function withLock(action) {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A build that was killed leaves its lock behind; no real step takes this long.
      if (Date.now() - mtime(lockDir) > staleLockMs) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > lockWaitMs) throw new Error(`timed out waiting for ${lockDir}`);
      await sleep(250);
    }
  }
  try {
    return await action();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

function install() {
  // Another build may have installed while this one waited for the lock.
  if (mtime(installStamp) >= Math.max(mtime(join(root, "package-lock.json")), mtime(join(root, "package.json")))) {
    return;
  }
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(installStamp, new Date().toISOString());
}

// Every page is a folder of src/ with a main.ts, bundled as wwwroot/js/<folder>.js. The server project reads the
// same rule to know which files a bundle writes, so adding a page needs no list kept in step anywhere.
function entryPoints() {
  const src = join(root, "src");
  const pages = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, "main.ts")));
  return Object.fromEntries(pages.map((entry) => [entry.name, `src/${entry.name}/main.ts`]));
}

async function bundle() {
  run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root]);
  const esbuild = await import("esbuild");
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: entryPoints(),
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    sourcemap: true,
    outdir: outDir,
    logLevel: "warning",
  });
}

const steps = { install, bundle };
const step = steps[process.argv[2]];
if (!step) {
  console.error("usage: node scripts/build.mjs install|bundle");
  process.exit(2);
}
try {
  await withLock(step);
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exit(1);
}
