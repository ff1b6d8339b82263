/**
 * The work `bench:instructions` counts: classifies `tools` tools, picked evenly from the bench's
 * set, `passes` times over, and prints a checksum of the verdicts. Run bundled, under valgrind
 * (classify-instructions.ts); usage: node workload.mjs <passes> <tools>.
 */
import { classifyTool } from "../../lib/classify";
import { benchItems } from "./classify-items";

const passes = Number(process.argv[2]);
const wanted = Number(process.argv[3]);
const { items } = benchItems();
const step = Math.max(1, Math.floor(items.length / wanted));
const picked = items.filter((_, i) => i % step === 0).slice(0, wanted);
let checksum = 0;
for (let p = 0; p < passes; p++) for (const { tool, server } of picked) checksum += classifyTool(tool, server).confidence;
console.log(`workload ${picked.length} tools x ${passes} passes, checksum ${checksum.toFixed(2)}`);
