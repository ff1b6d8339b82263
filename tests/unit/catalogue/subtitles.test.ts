import { describe, expect, it } from "vitest";
import { shortRepository, titleSubtitles } from "@/lib/catalogue/subtitles";

describe("subtitles for repeated titles", () => {
  it("tells servers with the same title apart by package, else repository, else slug", () => {
    const subtitles = titleSubtitles([
      { slug: "modelcontextprotocol-server-redis", title: "Redis MCP Server", package: "@modelcontextprotocol/server-redis" },
      { slug: "redis-mcp-redis", title: "redis mcp server ", package: "redis-mcp-server" },
      { slug: "a", title: "Same", repository: "https://github.com/x/a.git" },
      { slug: "b", title: "Same", repository: "https://github.com/x/b/" },
      { slug: "c", title: "Twin" },
      { slug: "d", title: "Twin", package: "d-pkg" },
      { slug: "alone", title: "Alone", package: "alone" },
    ]);
    expect(subtitles.get("modelcontextprotocol-server-redis")).toBe("@modelcontextprotocol/server-redis");
    expect(subtitles.get("redis-mcp-redis")).toBe("redis-mcp-server");
    expect(subtitles.get("a")).toBe("github.com/x/a");
    expect(subtitles.get("b")).toBe("github.com/x/b");
    expect([subtitles.get("c"), subtitles.get("d")]).toEqual(["c", "d"]);
    expect(subtitles.has("alone")).toBe(false);
  });

  it("shortens repository addresses", () => {
    expect(shortRepository("https://www.github.com/o/r.git")).toBe("github.com/o/r");
    expect(shortRepository("  ")).toBeUndefined();
  });
});
