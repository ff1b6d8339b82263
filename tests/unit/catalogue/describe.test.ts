import { describe, expect, it } from "vitest";
import { recommendationSummary } from "@/lib/catalogue/describe";
import { toolFaq } from "@/lib/catalogue/faq";
import { approveSendingOnExfiltrationPaths } from "@/lib/policy/flow-approval";
import { server, tool } from "./entries";

describe("recommendationSummary", () => {
  it("uses the risk table's words when the tool's policy follows the table", () => {
    expect(recommendationSummary(tool("a", "low", "read"))).toBe("allowed");
    expect(recommendationSummary(tool("a", "medium", "write"))).toBe("allowed, rate-limited to 30 calls a minute");
    expect(recommendationSummary(tool("a", "critical", "destructive"))).toBe("hidden from the agent");
  });

  it("says what the policy does where it departs from the table, so the line never contradicts the policy below it", () => {
    const [, , sender] = approveSendingOnExfiltrationPaths([
      tool("fetch", "low", "read", { roles: ["untrusted-input"] }),
      tool("inbox", "medium", "read", { roles: ["private-data"] }),
      tool("send", "medium", "write", { roles: ["public-sink"] }),
    ]);
    expect(recommendationSummary(sender!)).toBe("each call needs a person's approval, at most 30 calls a minute per identity");
    expect(toolFaq(sender!, server("srv", [sender!])).find((e) => e.question.startsWith("What policy"))!.answer).toContain("each call needs a person's approval");
    const unnamed = tool("b", "low", "read", { policy: { version: "1", default: "deny", tools: {} } });
    expect(recommendationSummary(unnamed)).toBe("refused (the policy names no rule for it)");
  });
});
