import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./usage";

/**
 * Every command's arguments go through node:util parseArgs, so `--flag value` and
 * `--flag=value` mean the same everywhere. parseArgs' own errors do not always name the
 * flag plainly, so the tokens are checked first and each mistake gets one short sentence.
 */

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface CommandLineSpec<O extends Options> {
  options: O;
  /** Whether the command takes bare words (files, folders); parseArgs refuses them otherwise. */
  allowPositionals?: boolean;
  /** Appended to every mistake: the command's usage line, or "; try --help". */
  hint: string;
}

/**
 * Parses `args` strictly: an unknown flag, a missing or empty value, a value given to a
 * switch, or a single-valued flag given twice is a UsageError naming the flag.
 * `tokens` keeps the order, for commands whose flags belong to the source they follow.
 */
export function parseCommandLine<O extends Options>(args: readonly string[], spec: CommandLineSpec<O>) {
  const mistake = findMistake(args, spec.options, spec.allowPositionals ?? false);
  if (mistake) throw new UsageError(`${mistake}${spec.hint}`);
  try {
    return parseArgs({ args: [...args], options: spec.options, allowPositionals: spec.allowPositionals ?? false, strict: true, tokens: true });
  } catch (error) {
    // findMistake covers every case parseArgs refuses; this is a safety net, not a path.
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}${spec.hint}`);
  }
}

function findMistake(args: readonly string[], options: Options, allowPositionals: boolean): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === "positional") {
      if (!allowPositionals) return `unexpected argument "${token.value}"`;
      continue;
    }
    if (token.kind !== "option") continue;
    const option = options[token.name];
    if (!option) return `unknown option ${token.rawName}`;
    const flag = token.rawName.startsWith("--") ? token.rawName : `${token.rawName} (--${token.name})`;
    if (option.type === "boolean") {
      if (token.value !== undefined) return `${flag} takes no value`;
    } else {
      if (token.value === undefined || token.value === "") return `${flag} needs a value`;
      // `--out --json`: parseArgs would take the next flag as the value; a person meant two flags.
      if (!token.inlineValue && token.value.startsWith("-")) {
        return `${flag} needs a value, not the option ${token.value} (write ${token.rawName}=${token.value} if that is the value)`;
      }
    }
    if (!option.multiple && seen.has(token.name)) return `${flag} is given twice`;
    seen.add(token.name);
  }
  return undefined;
}
