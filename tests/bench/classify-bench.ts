/**
 * Classifier throughput: `npm run bench:classify [-- --tools N]`. Classifies N tools
 * (default 400,000) on one core and prints tools/second and the total time. The tools
 * replicate the real corpus (../shared/corpus/servers) when present, else a synthetic
 * varied set. Prints figures only; the target (400,000 in under 10 s) is read, not asserted.
 */
import { classifyTool } from "../../lib/classify";
import { benchItems } from "./classify-items";

const countArg = process.argv.indexOf("--tools");
const TOTAL = countArg > 0 ? Number(process.argv[countArg + 1]) : 400_000;

const { items, fromCorpus } = benchItems();
// Warm up the JIT on one pass, then time the full run.
for (const { tool, server } of items) classifyTool(tool, server);
let checksum = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (let n = 0; n < TOTAL; n++) {
  const { tool, server } = items[n % items.length]!;
  checksum += classifyTool(tool, server).confidence;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`source: ${fromCorpus ? `real corpus (${items.length} distinct tools, replicated)` : `synthetic (${items.length} distinct tools, replicated)`}`);
console.log(`tools classified: ${TOTAL.toLocaleString("en")}`);
console.log(`total time: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (one thread; wall time includes waiting for a shared core)`);
console.log(`throughput: ${Math.round(TOTAL / seconds).toLocaleString("en")} tools/second wall, ${Math.round(TOTAL / cpuSeconds).toLocaleString("en")} tools/second of CPU`);
console.log(`per tool: ${((cpuSeconds / TOTAL) * 1e6).toFixed(1)} µs CPU; target 400,000 tools in under 10 s = 25 µs per tool`);
console.log(`checksum ${checksum.toFixed(0)}`);
