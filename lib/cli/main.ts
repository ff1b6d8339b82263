#!/usr/bin/env node
/**
 * The catalogue's command line: `npm run --silent catalogue -- <command> ...`.
 * Each command is its own module; this file only dispatches and turns failures into
 * a message and an exit code.
 */
import { UsageError } from "./usage";

type Command = { summary: string; run: (args: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  classify: () => import("./commands/classify"),
  import: () => import("./commands/import"),
  synth: () => import("./commands/synth"),
  policy: () => import("./commands/policy"),
  guard: () => import("./commands/guard"),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const lines = await Promise.all(
      Object.entries(commands).map(async ([key, load]) => `  ${key.padEnd(10)} ${(await load()).summary}`),
    );
    process.stdout.write(`usage: catalogue <command> [options]\n\ncommands:\n${lines.join("\n")}\n`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) throw new UsageError(`unknown command "${name}"; try --help`);
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`catalogue: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`catalogue: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
