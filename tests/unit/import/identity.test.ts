import { describe, expect, it } from "vitest";
import { liveFacts, liveSource, normaliseRepository, splitPackageSpec } from "@/lib/import/identity";
import type { LiveListing } from "@/lib/import/live";

const live: LiveListing = { serverInfo: { name: "io.github.example/Notes Server", version: "0.3.0" }, rawTools: [], pages: 1 };

describe("server identity of a live server", () => {
  it("normalises the repository forms package.json files use", () => {
    expect(normaliseRepository("git+https://github.com/upstash/context7.git")).toBe("https://github.com/upstash/context7");
    expect(normaliseRepository("git+ssh://git@github.com/makenotion/notion-mcp-server.git")).toBe("https://github.com/makenotion/notion-mcp-server");
    expect(normaliseRepository("git@github.com:a/b.git")).toBe("https://github.com/a/b");
    expect(normaliseRepository("ChromeDevTools/chrome-devtools-mcp")).toBe("https://github.com/ChromeDevTools/chrome-devtools-mcp");
    expect(normaliseRepository("file:../local")).toBeUndefined();
  });

  it("splits scoped and plain package specs", () => {
    expect(splitPackageSpec("@scope/pkg@1.2.3")).toEqual({ name: "@scope/pkg", version: "1.2.3" });
    expect(splitPackageSpec("@scope/pkg")).toEqual({ name: "@scope/pkg" });
    expect(splitPackageSpec("pkg@2")).toEqual({ name: "pkg", version: "2" });
  });

  it("takes flags first, then the installed package, then what the server said; the slug is always safe", () => {
    const facts = liveFacts({ package: "notes-mcp" }, live, { name: "notes-mcp", version: "1.4.0", description: "Notes.", repository: "https://github.com/e/notes" });
    expect(facts).toEqual({ slug: expect.stringMatching(/^io-github-example-notes-server-[0-9a-f]{8}$/), title: "io.github.example/Notes Server", description: "Notes.", repository: "https://github.com/e/notes", package: "notes-mcp", version: "1.4.0" });
    expect(liveSource({}, facts, { kind: "stdio", command: "x", args: [] }, live)).toBe("npm:notes-mcp@1.4.0 (tools/list over stdio)");
    const bare = liveFacts({ slug: "notes" }, live, undefined);
    expect(bare.version).toBe("0.3.0");
    expect(liveSource({}, bare, { kind: "http", url: "http://127.0.0.1:8080/mcp" }, live)).toBe("io.github.example/Notes Server@0.3.0 at http://127.0.0.1:8080/mcp (tools/list over Streamable HTTP)");
  });
});
