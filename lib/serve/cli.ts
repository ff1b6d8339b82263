import path from "node:path";
import fs from "node:fs";
import { parseCommandLine } from "../cli/arguments";
import { UsageError } from "../cli/usage";
import { createStaticServer } from "./server";

// `npm run serve` is `tsx lib/serve/cli.ts out`, so `npm run serve -- --port=4000` adds only the port.
const USAGE = "usage: npm run serve -- [--port N]   or   tsx lib/serve/cli.ts [DIR] [--port N]   (DIR defaults to out; PORT and NEXT_PUBLIC_BASE_PATH are honoured too)";

function parse(args: string[]): { root: string; port: number } | "help" {
  const { values, positionals } = parseCommandLine(args, {
    options: { help: { type: "boolean", short: "h" }, port: { type: "string" } },
    allowPositionals: true,
    hint: `\n${USAGE}`,
  });
  if (values.help) return "help";
  if (positionals.length > 1) throw new UsageError(`serve takes one DIR, got ${positionals.length}\n${USAGE}`);
  return { root: path.resolve(positionals[0] ?? "out"), port: portNumber(values.port ?? process.env.PORT ?? "3000", values.port ? "--port" : "PORT") };
}

function portNumber(text: string, from: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`${from} must be a port number from 0 to 65535, not "${text}"`);
  return port;
}

function main(): number | undefined {
  const parsed = parse(process.argv.slice(2));
  if (parsed === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { root, port } = parsed;
  const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  if (!fs.existsSync(path.join(root, "index.html"))) {
    process.stderr.write(`serve: ${root} has no index.html; run "npm run build" first\n`);
    return 1;
  }
  createStaticServer(root, basePath).listen(port, "127.0.0.1", () => {
    process.stdout.write(`Serving ${root} at http://localhost:${port}${basePath}/\n`);
  });
  return undefined;
}

try {
  const code = main();
  if (code !== undefined) process.exitCode = code;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`serve: ${error.message}\n`);
  process.exitCode = 2;
}
