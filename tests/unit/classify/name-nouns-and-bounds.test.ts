/**
 * Classes of verdicts two levels off on development servers (2026-12-01, fifth round): a
 * pass-through bounded to reads, a domain's transfer code, verb forms that are nouns in a name or
 * before a noun, and many things marked read. The definitions are our own, written for the test.
 */
import { describe, expect, it } from "vitest";
import { classifyTool } from "@/lib/classify";
import { generic, text, tool, verdict } from "./helpers";

describe("a pass-through that can only read", () => {
  it("is bounded like a GET when its method can only be GET", () => {
    const onlyGet = tool("weather_raw", "Fetch a path of the weather service's API.", { path: text, method: { type: "string", enum: ["GET", "HEAD"] } });
    expect(verdict(onlyGet)).toBe("read/medium");
    const anyMethod = tool("weather_raw", "Fetch a path of the weather service's API.", { path: text, method: { type: "string", enum: ["GET", "POST", "DELETE"] } });
    expect(verdict(anyMethod)).toBe("destructive/critical");
  });

  it("is bounded like a GET when it says it reads and takes no method", () => {
    expect(verdict(tool("stats_call", "Fetch any endpoint of the stats API with read-only GET requests.", { endpoint: text }))).toBe("read/medium");
  });

  it("is not bounded by words that also write, or when it takes a method", () => {
    expect(verdict(tool("stats_call", "Fetch or update any endpoint of the stats API.", { endpoint: text }))).toBe("destructive/critical");
    expect(verdict(tool("stats_call", "Fetch any endpoint of the stats API with read-only GET requests.", { endpoint: text, method: text }))).toBe("destructive/critical");
  });
});

describe("a domain's transfer code", () => {
  it("is a secret wherever the registrar names it", () => {
    expect(verdict(tool("get_epp_code", "Returns the EPP code of a domain.", { domain: text }))).toBe("read/high");
    expect(verdict(tool("domain_auth_code", "Get the authorization code needed to transfer a domain to another registrar.", { domain: text }))).toBe("read/high");
  });

  it("is not an OAuth authorization code or a transfer's status", () => {
    const v = classifyTool(tool("oauth_authorization_code_url", "Build the OAuth authorization code URL to redirect the user to.", { redirect_uri: text }), generic);
    expect(v.rationale).not.toMatch(/transfer code/);
    expect(verdict(tool("get_transfer_status", "Get the status of a domain transfer.", { domain: text }))).toBe("read/low");
  });
});

describe("verb forms that are nouns", () => {
  it("reads a name's only verb, in its -s form and not first, as a noun", () => {
    expect(verdict(tool("crm_projects_purchases", "Loads the purchases section of a project by its id.", { id: text }))).toBe("read/low");
    expect(verdict(tool("fleet_updates_manifest", "Reads the manifest of pending updates for this runtime.", {}))).toBe("read/low");
  });

  it("still reads a verb first in the name, or in its plain form, as an action", () => {
    expect(verdict(tool("purchases_item", "Buys an item from the store.", { item_id: text }))).toBe("financial/critical");
    expect(verdict(tool("project_purchase", "Purchases a licence for the project.", { id: text, amount: { type: "number" } }))).toBe("financial/critical");
  });

  it("reads an -ing form before a price, a cost or an address as describing it", () => {
    expect(verdict(tool("price_chart", "Scatter chart: item selling price vs quantity ordered.", { group: text }))).toBe("read/low");
    expect(verdict(tool("sell_item", "Selling the item at the given price places an order.", { item: text, price: { type: "number" } }))).toBe("financial/critical");
  });
});

describe("many things marked read", () => {
  it("is a write at medium: only their read state changes", () => {
    expect(verdict(tool("mark_all_notifications_read", "Mark all notifications as read.", {}))).toBe("write/medium");
    expect(verdict(tool("ack_events", "Acknowledge events so they are not delivered again.", { eventIds: { type: "array", items: text } }))).toBe("write/medium");
  });

  it("leaves other bulk changes high, and acknowledging alerts (which stops paging) too", () => {
    expect(verdict(tool("mark_all_todos_done", "Mark all to-do items as done.", {}))).toBe("write/high");
    expect(verdict(tool("acknowledge_alerts", "Acknowledge alerts by id so they stop paging the on-call.", { alertIds: { type: "array", items: text } }))).toBe("write/high");
  });
});
