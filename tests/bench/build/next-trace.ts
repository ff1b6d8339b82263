import fs from "node:fs";
import path from "node:path";

/** Spans from the trace `next build` writes to .next/trace (one JSON array per line). */

export interface TraceSpan {
  name: string;
  /** Milliseconds since the epoch. */
  start: number;
  seconds: number;
  tags: Record<string, unknown>;
}

export function readNextTrace(nextDir: string): TraceSpan[] {
  const file = path.join(nextDir, "trace");
  if (!fs.existsSync(file)) return [];
  const spans: TraceSpan[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    for (const raw of JSON.parse(line) as { name: string; startTime: number; duration: number; tags?: Record<string, unknown> }[]) {
      spans.push({ name: raw.name, start: raw.startTime, seconds: raw.duration / 1e6, tags: raw.tags ?? {} });
    }
  }
  return spans;
}

/** The longest span of each of these names (Next writes some twice, once per export pass). */
export function mainSpans(spans: readonly TraceSpan[], names: readonly string[]): Record<string, TraceSpan> {
  const result: Record<string, TraceSpan> = {};
  for (const span of spans) {
    if (!names.includes(span.name)) continue;
    const current = result[span.name];
    if (!current || span.seconds > current.seconds) result[span.name] = span;
  }
  return result;
}
