/**
 * Classifier cost in machine instructions: `npm run bench:instructions [-- --tools 3000 --from 2 --to 4]`.
 * Prints the instructions one tool's classification takes once the JIT has settled: the count at
 * `to` passes over the tools less the count at `from` passes, per tool and pass.
 *
 * Why: on a shared machine, timed runs of the same code vary by ±10% from run to run, more than
 * most single changes are worth. Instruction counts under valgrind with V8 made deterministic
 * (`--predictable`, fixed hash and random seeds) repeat to within 0.1%, so two commits can be
 * told apart by running this on each. They leave out cache misses and stalls: the timed
 * `bench:classify` is still the figure against the 25 µs target. Needs valgrind (`apt-get install valgrind`).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { CORPUS_DIR } from "./classify-labels";

function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${process.argv[at + 1]}`);
  return value;
}

const tools = numberArg("--tools", 3000);
const from = numberArg("--from", 2);
const to = numberArg("--to", 4);
if (to <= from) throw new Error(`--to (${to}) must be more passes than --from (${from})`);

if (spawnSync("valgrind", ["--version"]).error) {
  console.error("bench:instructions needs valgrind on the PATH (Debian: apt-get install valgrind)");
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), "classify-instructions-"));
try {
  const bundle = path.join(dir, "workload.mjs");
  await build({
    entryPoints: [path.join(import.meta.dirname, "classify-workload.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: bundle,
    logLevel: "error",
    // Bundled dependencies written for CommonJS call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const count = (passes: number): Promise<{ instructions: number; output: string }> =>
    new Promise((resolve, reject) => {
      const args = ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, "--single-threaded", "--predictable", "--hash-seed=1", "--random-seed=1", bundle, String(passes), String(tools)];
      const child = spawn("valgrind", args, { env: { ...process.env, CATALOGUE_CORPUS_DIR: CORPUS_DIR } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", reject);
      child.on("close", (status) => {
        // valgrind writes its summary to stderr; the workload's checksum goes to stdout.
        const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
        if (status !== 0 || !refs) reject(new Error(`valgrind run of ${passes} passes failed (status ${status}):\n${stderr.slice(-2000)}`));
        else resolve({ instructions: Number(refs[1]!.replace(/,/g, "")), output: stdout.trim() });
      });
    });
  // The two counts are independent: on two cores they run side by side.
  const [low, high] = await Promise.all([count(from), count(to)]);
  const perTool = (high.instructions - low.instructions) / ((to - from) * tools);
  console.log(`commit: ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()}`);
  console.log(`${low.output}\n${high.output}`);
  console.log(`instructions: ${low.instructions.toLocaleString("en")} at ${from} passes, ${high.instructions.toLocaleString("en")} at ${to}`);
  console.log(`per tool, once settled: ${Math.round(perTool).toLocaleString("en")} instructions`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
