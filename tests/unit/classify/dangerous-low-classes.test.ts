/**
 * Classes of dangerous tools the classifier rated below high on the development servers (code run
 * by name, a coding agent set to work, reads that hand back a secret), each with a counter-case it
 * must keep. The definitions are our own, written for the test.
 */
import { describe, expect, it } from "vitest";
import type { ServerIdentity } from "@/lib/mcp/schema";
import { text, tool, verdict } from "./helpers";

const cloud: ServerIdentity = { slug: "acme-cloud-mcp", title: "Acme Cloud" };
const postgres: ServerIdentity = { slug: "local-postgres-mcp", title: "Postgres" };
const shop: ServerIdentity = { slug: "shop-woocommerce-mcp", title: "WooCommerce" };

describe("an issue handed to a coding agent", () => {
  it("runs code: the agent writes it, runs it in its own environment and opens a pull request", () => {
    expect(verdict(tool("assign_copilot", "Assign Copilot to work on one issue of the repository.", { repo: text, issue: { type: "number" } }))).toBe("execute/critical");
    expect(verdict(tool("start_work", "Hands the ticket to Devin, which works on it and reports back.", { ticket: text }))).toBe("execute/critical");
    expect(verdict(tool("delegate_issue", "Delegates the issue to a coding agent that opens a pull request.", { issue: text }))).toBe("execute/critical");
    expect(verdict(tool("assign_task", "将任务分配给 Copilot 编码智能体", { issue: text }))).toBe("execute/critical");
  });

  it("is not a review by the same agent, which reads the change", () => {
    expect(verdict(tool("request_copilot_review", "Request a review of one pull request from Copilot.", { repo: text, pull: { type: "number" } }))).toBe("write/medium");
  });

  it("is not an issue assigned to a person", () => {
    expect(verdict(tool("assign_issue", "Assign an issue to a teammate.", { issue: text, assignee: text }))).not.toMatch(/^execute/);
  });
});

describe("a deployed function invoked by name", () => {
  it("runs whichever function the caller picks, with the caller's payload", () => {
    expect(verdict(tool("invoke-function", "Invoke a function deployed in the project, passing it the given parameters.", { project: text, name: text, params: { type: "object" } }), cloud)).toBe("execute/critical");
    expect(verdict(tool("invoke_lambda", "Invokes a Lambda function with the given payload.", { functionName: text, payload: text }))).toBe("execute/critical");
    expect(verdict(tool("call_function", "调用云函数并返回结果", { name: text, data: text }))).toBe("execute/critical");
  });

  it("is not a read of a function's invocations or its settings", () => {
    expect(verdict(tool("list_function_invocations", "List recent invocations of a function.", { functionName: text }), cloud)).toBe("read/low");
    expect(verdict(tool("get_function", "Get a function's configuration.", { functionName: text }), cloud)).toBe("read/low");
  });
});

describe("code loaded into a running program", () => {
  it("runs inside it, with its memory and access", () => {
    expect(verdict(tool("hotswap_classes", "Hot-swap recompiled classes into the running program being debugged.", { session: text, dir: text }))).toBe("execute/critical");
    expect(verdict(tool("inject_module", "Injects a compiled module into the running process.", { pid: { type: "number" }, path: text }))).toBe("execute/critical");
  });

  it("is not a class listed or a page reloaded", () => {
    expect(verdict(tool("list_loaded_classes", "List the classes loaded in the running JVM.", { sessionId: text }))).toBe("read/low");
    expect(verdict(tool("reload_page", "Reload the current page.", {}))).not.toMatch(/^execute/);
  });
});

describe("a managed database's users, on a cloud account", () => {
  it("are handed back with their passwords", () => {
    expect(verdict(tool("get-db-user", "Get one database user of a managed cluster", { cluster: text, name: text }), cloud)).toBe("read/high");
    expect(verdict(tool("list-db-users", "List the database users of a managed cluster", { cluster: text }), cloud)).toBe("read/high");
  });

  it("are role names on a database server of its own, where no password comes back", () => {
    expect(verdict(tool("list_database_users", "List the database users and their roles.", {}), postgres)).not.toBe("read/high");
  });
});

describe("a payment gateway's settings", () => {
  it("hold the API keys its payments are made with", () => {
    expect(verdict(tool("get_payment_gateway", "Fetch one of the store's payment gateways", { id: text }), shop)).toBe("read/high");
    expect(verdict(tool("list_payment_integrations", "List the payment integrations set up for the account.", {}))).toBe("read/high");
  });

  it("are not a payment's own record, nor the list of methods a buyer can choose", () => {
    expect(verdict(tool("get_payment", "Get a payment by its id", { id: text }), shop)).toBe("read/low");
    expect(verdict(tool("list_payment_methods", "List the payment methods offered at checkout", {}), shop)).toBe("read/low");
  });
});

describe("a secret-scanning alert", () => {
  it("carries the leaked secret it found", () => {
    expect(verdict(tool("show_secret_scanning_alert", "Show one secret scanning alert raised on the repository.", { repo: text, alert: { type: "number" } }))).toBe("read/high");
  });

  it("is not a code-scanning alert, which points at code", () => {
    expect(verdict(tool("show_code_scanning_alert", "Show one code scanning alert raised on the repository.", { repo: text, alert: { type: "number" } }))).toBe("read/low");
  });
});
