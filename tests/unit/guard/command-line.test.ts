import { describe, expect, it } from "vitest";
import { guardClientConfig, guardShellLine, shellQuote } from "@/lib/guard/command-line";

const setup = { policyFile: "server-github.policy.json", launch: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github"] } };

describe("the guard's command line and client entry", () => {
  it("runs the server's package behind the guard, from a checkout", () => {
    expect(guardShellLine(setup)).toBe("npm run --silent catalogue -- guard --policy server-github.policy.json -- npx -y @modelcontextprotocol/server-github");
    expect(guardShellLine({ policyFile: "x.policy.json" })).toBe("npm run --silent catalogue -- guard --policy x.policy.json -- '<the command that starts the server>'");
  });

  it("gives the client an entry under the reader's name that starts the guard from anywhere", () => {
    const entry = JSON.parse(guardClientConfig("github", setup)) as { mcpServers: Record<string, { command: string; args: string[] }> };
    expect(entry).toEqual({
      mcpServers: {
        github: {
          command: "npm",
          args: ["run", "--silent", "--prefix", "/path/to/mcp-tool-catalogue", "catalogue", "--", "guard", "--policy", "/path/to/server-github.policy.json", "--", "npx", "-y", "@modelcontextprotocol/server-github"],
        },
      },
    });
    expect(JSON.parse(guardClientConfig('a"b', setup)).mcpServers).toHaveProperty('a"b');
  });

  it("quotes what a shell would read differently", () => {
    expect(shellQuote("@scope/pkg")).toBe("@scope/pkg");
    expect(shellQuote("it's; rm -rf ~")).toBe(`'it'\\''s; rm -rf ~'`);
  });
});
