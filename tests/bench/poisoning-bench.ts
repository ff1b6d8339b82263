/**
 * Poisoning scanner speed: `npm run bench:poisoning [-- --rounds N]`. Prints CPU microseconds
 * per tool for `scanDefinition` on the real corpus (../shared/corpus/servers or
 * CATALOGUE_CORPUS, when present) and on the team's development set, and how many strings the
 * cheap cue pass sends on to the close reading. Prints figures only; nothing is asserted.
 * The classifier as a whole has 25 µs per tool (400,000 tools in under 10 s): see bench:classify.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { McpTool } from "../../lib/mcp/schema";
import { scanDefinition } from "../../lib/poisoning";
import { scanCues } from "../../lib/poisoning/cues";
import { visitModelText } from "../../lib/poisoning/fields";
import { corpusTools, loadLabelled } from "./poisoning-data";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CORPUS = process.env.CATALOGUE_CORPUS ?? path.resolve(ROOT, "../shared/corpus/servers");
const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 20;

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function measure(label: string, tools: readonly McpTool[]): void {
  let checksum = 0;
  for (const tool of tools) checksum += scanDefinition(tool) ? 1 : 0; // warm-up
  const start = cpuMicros();
  for (let r = 0; r < ROUNDS; r++) for (const tool of tools) checksum += scanDefinition(tool) ? 1 : 0;
  const perTool = (cpuMicros() - start) / (ROUNDS * tools.length);

  let strings = 0;
  let closeReads = 0;
  let toolsRead = 0;
  for (const tool of tools) {
    let read = false;
    visitModelText(tool, (text) => {
      strings++;
      const cues = scanCues(text, false);
      if (cues.needsNormalising || cues.sentences.length) {
        closeReads++;
        read = true;
      }
    });
    if (read) toolsRead++;
  }
  console.log(`${label}: ${tools.length} tools, ${perTool.toFixed(2)} µs CPU per tool (${ROUNDS} rounds)`);
  console.log(`  strings read: ${strings}; past the cue pass (normalised or read closely): ${closeReads} (${((100 * closeReads) / Math.max(1, strings)).toFixed(1)}%), in ${toolsRead} tools (${((100 * toolsRead) / Math.max(1, tools.length)).toFixed(1)}%)`);
  console.log(`  flagged per round: ${checksum / (ROUNDS + 1)}`);
}

if (existsSync(CORPUS)) measure("real corpus", corpusTools(CORPUS));
else console.log(`real corpus: ${CORPUS} is not present`);
measure("development set", loadLabelled(path.join(ROOT, "tests/fixtures/poisoning/dev.json")).map((i) => i.tool));
