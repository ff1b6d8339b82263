import { describe, expect, it } from "vitest";
import { parseCommandLine } from "@/lib/cli/arguments";
import { UsageError } from "@/lib/cli/usage";

const spec = {
  options: { out: { type: "string" }, json: { type: "boolean" }, env: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } },
  allowPositionals: true,
  hint: "; try --help",
} as const;

const mistake = (...args: string[]) => {
  try {
    parseCommandLine(args, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${args.join(" ")}`);
};

describe("parseCommandLine", () => {
  it("reads --flag value and --flag=value alike, in any order", () => {
    const a = parseCommandLine(["x.json", "--out", "o", "--json", "--env", "A=1", "--env=B=2"], spec);
    const b = parseCommandLine(["--env=A=1", "--json", "--out=o", "--env", "B=2", "x.json"], spec);
    for (const parsed of [a, b]) {
      expect(parsed.values).toEqual({ out: "o", json: true, env: ["A=1", "B=2"] });
      expect(parsed.positionals).toEqual(["x.json"]);
    }
    expect(parseCommandLine(["-h"], spec).values.help).toBe(true);
    expect(parseCommandLine(["-"], spec).positionals).toEqual(["-"]);
  });

  it("names the flag in every mistake", () => {
    expect(mistake("--bogus")).toBe("unknown option --bogus; try --help");
    expect(mistake("-x")).toBe("unknown option -x; try --help");
    expect(mistake("x.json", "--out")).toBe("--out needs a value; try --help");
    expect(mistake("--out=")).toBe("--out needs a value; try --help");
    expect(mistake("--out", "--json")).toBe("--out needs a value, not the option --json (write --out=--json if that is the value); try --help");
    expect(mistake("--json=yes")).toBe("--json takes no value; try --help");
    expect(mistake("--out", "a", "--out", "b")).toBe("--out is given twice; try --help");
  });

  it("refuses bare words when the command takes none", () => {
    expect(() => parseCommandLine(["stray"], { options: {}, hint: "" })).toThrow('unexpected argument "stray"');
  });
});
