/**
 * `npm run bench:import`: how long importing the shared corpus takes (read, classify, render,
 * read back, write), the same work the build's first step does. Prints figures; asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { classifyTool } from "../classify";
import { runImport, tasksFor } from "./run";

async function main(): Promise<number> {
  const corpus = path.resolve(process.env.CATALOGUE_CORPUS ?? "../shared/corpus/servers");
  if (!fs.existsSync(corpus)) {
    process.stdout.write(`bench:import: no corpus at ${corpus}; nothing to measure\n`);
    return 0;
  }
  const rounds = Number(process.env.ROUNDS ?? 3);
  const times: number[] = [];
  const cpu: number[] = [];
  let servers = 0;
  let tools = 0;
  for (let round = 0; round < rounds; round++) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
    const cpuBefore = process.cpuUsage();
    try {
      const run = await runImport(tasksFor([{ kind: "path", path: corpus, flags: {} }], { timeoutMs: 0, cwd: process.cwd() }), {
        out: path.join(work, "out"),
        classify: classifyTool,
        ignoreExisting: true,
      });
      times.push(run.seconds);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1e6);
      servers = run.servers.length;
      tools = run.servers.reduce((sum, s) => sum + (s.plan?.toolCount ?? 0), 0);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  process.stdout.write(
    `bench:import: ${servers} servers, ${tools} tools from ${corpus}\n` +
      `  rounds (wall clock): ${times.map((t) => `${t.toFixed(2)} s`).join(", ")}\n` +
      `  rounds (CPU time of this process): ${cpu.map((t) => `${t.toFixed(2)} s`).join(", ")}\n` +
      `  median ${median.toFixed(2)} s, ${Math.round(tools / median)} tools/s (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)\n`,
  );
  return 0;
}

main().then((code) => (process.exitCode = code));
