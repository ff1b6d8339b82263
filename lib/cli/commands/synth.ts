import fs from "node:fs";
import path from "node:path";
import { syntheticServers } from "../../synth/generate";
import { UsageError } from "../usage";

/**
 * `catalogue synth --servers N --out DIR [--seed S]`: writes DIR/servers.jsonl, a deterministic
 * synthetic server index with tool lists (format: lib/synth/generate.ts), for benchmarks and
 * tests only. Every record is marked `synthetic: true`.
 */
export const summary = "write a deterministic synthetic server index for benchmarks (--servers N --out DIR [--seed S])";

export async function run(args: string[]): Promise<number> {
  const options = parse(args);
  fs.mkdirSync(options.out, { recursive: true });
  const file = path.join(options.out, "servers.jsonl");
  const partial = `${file}.partial-${process.pid}`;
  const fd = fs.openSync(partial, "w");
  let servers = 0;
  let tools = 0;
  try {
    let buffer: string[] = [];
    for (const server of syntheticServers(options.servers, options.seed)) {
      buffer.push(JSON.stringify(server));
      servers++;
      tools += server.tools.length;
      if (buffer.length >= 1000) {
        fs.writeSync(fd, `${buffer.join("\n")}\n`);
        buffer = [];
      }
    }
    if (buffer.length > 0) fs.writeSync(fd, `${buffer.join("\n")}\n`);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
  process.stdout.write(`synth: wrote ${servers} servers and ${tools} tools to ${file}\n`);
  return 0;
}

function parse(args: string[]): { servers: number; out: string; seed: number } {
  let servers: number | undefined;
  let out: string | undefined;
  let seed = 20261121;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === "--servers" || flag === "--out" || flag === "--seed") {
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      i++;
      if (flag === "--out") out = path.resolve(value);
      else {
        const n = Number(value);
        if (!Number.isInteger(n) || n < (flag === "--servers" ? 1 : 0)) throw new UsageError(`${flag} must be a whole number${flag === "--servers" ? " of at least 1" : ""}, not "${value}"`);
        if (flag === "--servers") servers = n;
        else seed = n;
      }
    } else throw new UsageError(`unknown option "${flag}"; usage: synth --servers N --out DIR [--seed S]`);
  }
  if (servers === undefined) throw new UsageError("--servers N is required");
  if (out === undefined) throw new UsageError("--out DIR is required");
  return { servers, out, seed };
}
