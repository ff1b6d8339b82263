import { describe, expect, it } from "vitest";
import { formatConfidence, importedDate, serverVerdicts, sourceLink, verdictOrigin } from "@/lib/catalogue/provenance";
import { tool } from "./entries";

describe("sourceLink", () => {
  it("links an npm source to the npm page of that exact version, scoped or not", () => {
    expect(sourceLink("npm:@modelcontextprotocol/server-github@2025.4.8 (tools/list over stdio)")).toEqual({
      label: "npm @modelcontextprotocol/server-github@2025.4.8",
      href: "https://www.npmjs.com/package/@modelcontextprotocol/server-github/v/2025.4.8",
      detail: "tools/list over stdio",
    });
    expect(sourceLink("npm:mcp-echarts@0.7.1")).toEqual({ label: "npm mcp-echarts@0.7.1", href: "https://www.npmjs.com/package/mcp-echarts/v/0.7.1" });
    expect(sourceLink("npm:pkg@1.0.0-beta.2+build")).toMatchObject({ href: "https://www.npmjs.com/package/pkg/v/1.0.0-beta.2+build" });
  });

  it("links a GitHub source to the repository at that commit and keeps the paths as detail", () => {
    const commit = "818bf169b365e7b7d5b117352e32757c54844718";
    expect(sourceLink(`github:docker/mcp-registry@${commit}:servers/x/tools.json,servers/x/server.yaml`)).toEqual({
      label: "github.com/docker/mcp-registry at 818bf16",
      href: `https://github.com/docker/mcp-registry/tree/${commit}`,
      detail: "servers/x/tools.json,servers/x/server.yaml",
    });
    expect(sourceLink("github:byPawel/tachibot-mcp@e0f7fad060a02509f4b8f089c8ed0ab580666596")).toMatchObject({
      href: "https://github.com/byPawel/tachibot-mcp/tree/e0f7fad060a02509f4b8f089c8ed0ab580666596",
    });
    expect(sourceLink("github:awslabs/mcp@100b55b6d92f731bc8d23486ce9efd5bbf90c606:src/cloudwatch-mcp-server/ (decorator registrations)").detail).toBe(
      "src/cloudwatch-mcp-server/ (decorator registrations)",
    );
  });

  it("makes no link from a source of unknown or hostile shape", () => {
    for (const source of [
      "test",
      "tools/list snapshot x.json",
      "npm:evil@1.0.0\"><script>",
      "npm:UPPER@1.0.0",
      "github:owner/repo@main",
      "github:owner/../x@0123456789abcdef",
      "github:owner/..@0123456789abcdef",
      "github:own er/repo@0123456789abcdef",
      "javascript:alert(1)",
    ]) {
      expect(sourceLink(source).href, source).toBeUndefined();
      expect(sourceLink(source).label).toBe(source.trim());
    }
  });
});

describe("verdictOrigin", () => {
  it("says a machine verdict with its confidence, the day it was imported and its source", () => {
    const t = tool("send", "medium", "write", { confidence: 0.92, importedAt: "2026-11-21T08:39:58.835Z", source: "npm:x@1.0.0" });
    expect(verdictOrigin(t)).toEqual({ source: { label: "npm x@1.0.0", href: "https://www.npmjs.com/package/x/v/1.0.0" }, imported: "2026-11-21", by: "machine", confidence: 0.92 });
  });

  it("says a person reviewed it, with the correction's note, and shows no machine confidence", () => {
    const t = tool("send", "high", "write", { confidence: 0.5, reviewed: true, correction: { file: "f", note: "It posts publicly." } });
    expect(verdictOrigin(t)).toMatchObject({ by: "reviewed", note: "It posts publicly." });
    expect(verdictOrigin(t).confidence).toBeUndefined();
  });

  it("falls back to the server's import date, and leaves it out when neither records one", () => {
    expect(verdictOrigin(tool("a", "low", "read"), { importedAt: "2026-01-02" }).imported).toBe("2026-01-02");
    expect(verdictOrigin(tool("a", "low", "read"))).not.toHaveProperty("imported");
    expect(importedDate("yesterday")).toBeUndefined();
    expect(importedDate("2026-01-02T00:00:00Z")).toBe("2026-01-02");
  });

  it("prints confidence with two decimals", () => {
    expect(formatConfidence(0.9)).toBe("confidence 0.90");
  });
});

describe("serverVerdicts", () => {
  it("counts machine and reviewed verdicts and the machine's confidence range", () => {
    const tools = [tool("a", "low", "read", { confidence: 0.92 }), tool("b", "low", "read", { confidence: 0.61 }), tool("c", "low", "read", { reviewed: true, confidence: 0.1 })];
    expect(serverVerdicts(tools)).toEqual({ machine: 2, reviewed: 1, confidence: { min: 0.61, max: 0.92 } });
    expect(serverVerdicts([])).toEqual({ machine: 0, reviewed: 0 });
  });
});
