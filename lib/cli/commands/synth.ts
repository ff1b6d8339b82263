import fs from "node:fs";
import path from "node:path";
import { syntheticServers } from "../../synth/generate";
import { parseCommandLine } from "../arguments";
import { UsageError } from "../usage";

/**
 * `catalogue synth --servers N --out DIR [--seed S]`: writes DIR/servers.jsonl, a deterministic
 * synthetic server index with tool lists (format: lib/synth/generate.ts), for benchmarks and
 * tests only. Every record is marked `synthetic: true`.
 */
export const summary = "write a deterministic synthetic server index for benchmarks (--servers N --out DIR [--seed S])";

export async function run(args: string[]): Promise<number> {
  const options = parse(args);
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
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

const USAGE = "usage: catalogue synth --servers N --out DIR [--seed S]";

function parse(args: string[]): { servers: number; out: string; seed: number } | "help" {
  const { values } = parseCommandLine(args, {
    options: { help: { type: "boolean", short: "h" }, servers: { type: "string" }, out: { type: "string" }, seed: { type: "string" } },
    hint: `\n${USAGE}`,
  });
  if (values.help) return "help";
  if (values.servers === undefined) throw new UsageError("--servers N is required");
  if (values.out === undefined) throw new UsageError("--out DIR is required");
  return {
    servers: wholeNumber("--servers", values.servers, 1),
    out: path.resolve(values.out),
    seed: values.seed === undefined ? 20261121 : wholeNumber("--seed", values.seed, 0),
  };
}

function wholeNumber(flag: string, text: string, least: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < least) throw new UsageError(`${flag} must be a whole number${least > 0 ? ` of at least ${least}` : ""}, not "${text}"`);
  return n;
}
