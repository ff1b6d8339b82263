import { describe, expect, it } from "vitest";
import { highlight } from "@/lib/search/highlight";
import { parseSearchState, resultPath, searchStateQuery } from "@/lib/search/url";

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe("highlight", () => {
  it("marks matched words in names of any style", () => {
    expect(marked(highlight("batch_export_sessions", ["export", "sessions"]))).toEqual(["export", "sessions"]);
    expect(marked(highlight("exportWebhookLatest", ["webhook"]))).toEqual(["Webhook"]);
  });

  it("marks words that start with what was typed", () => {
    expect(marked(highlight("Connect to a Kubernetes cluster", [], ["kube"]))).toEqual(["Kubernetes"]);
  });

  it("marks Chinese pairs inside a run", () => {
    expect(marked(highlight("终止指定会话", ["会话"]))).toEqual(["会话"]);
  });

  it("keeps every character of the text, markup included, as plain text", () => {
    const text = '<img src=x onerror="alert(1)"> delete all';
    const segments = highlight(text, ["delete"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(marked(segments)).toEqual(["delete"]);
  });
});

describe("search URLs", () => {
  it("round-trips a state with filters", () => {
    const query = searchStateQuery({ q: "stripe refund", risk: ["high", "critical"], category: ["financial"] });
    expect(query).toBe("?q=stripe+refund&risk=high,critical&category=financial");
    expect(parseSearchState(query)).toEqual({ q: "stripe refund", risk: ["high", "critical"], category: ["financial"] });
  });

  it("accepts repeated values and ignores unknown ones", () => {
    expect(parseSearchState("q=x&risk=critical&risk=bogus&category=destructive")).toEqual({ q: "x", risk: ["critical"], category: ["destructive"] });
  });

  it("sends a server without a page to the search page's detail view", () => {
    expect(resultPath({ kind: "server", name: "io.github.x/y-mcp" })).toBe("/search/?server=io.github.x%2Fy-mcp");
    expect(resultPath({ kind: "tool", name: "t", server: "s", href: "/servers/s/t/" })).toBe("/servers/s/t/");
  });
});
