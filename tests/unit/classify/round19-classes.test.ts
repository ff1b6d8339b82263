/**
 * Classes of verdicts the classifier got wrong on the development servers of round 19 (servers
 * outside the corpus, listed from npm on 2026-12-02), each with a counter-case it must keep. The
 * definitions are our own, written for the test.
 */
import { describe, expect, it } from "vitest";
import type { ServerIdentity } from "@/lib/mcp/schema";
import { text, tool, verdict } from "./helpers";

const number = { type: "number" };

describe("arithmetic named by an abbreviation or a word the lexicon lacks", () => {
  it("changes nothing: the numbers go in, the result comes out", () => {
    expect(verdict(tool("div", "Divide two numbers", { a: number, b: number }))).toBe("read/low");
    expect(verdict(tool("mul", "Multiply two numbers", { a: number, b: number }))).toBe("read/low");
    expect(verdict(tool("sqrt", "Square root of a number", { a: number }))).toBe("read/low");
  });

  it("is not a task divided into subtasks, which are written", () => {
    expect(verdict(tool("divide_task", "Divide a task into subtasks and save them to the plan", { taskId: text, parts: number }))).not.toBe("read/low");
  });
});

describe("a coding agent's name in a server's name", () => {
  const dataApi: ServerIdentity = { slug: "acme-codex-data", title: "codex data" };
  const agent: ServerIdentity = { slug: "codex-mcp", title: "codex" };

  it("does not make a structured filter a prompt: a data API called Codex answers queries, it runs no agent", () => {
    expect(verdict(tool("get_pair_events", "Get transactions for a trading pair", { query: { type: "object", description: "Filters for the events" }, limit: number }), dataApi)).toBe("read/low");
  });

  it("still hands a free-text prompt to the agent the server wraps", () => {
    expect(verdict(tool("ask", "Ask Codex to do something in the repository", { prompt: text }), agent)).toBe("execute/critical");
    expect(verdict(tool("run_task", "Run a task", { query: text }), agent)).toBe("execute/critical");
  });
});

describe("tokens of a blockchain", () => {
  it("are assets, not credentials, when the definition speaks of contracts, pairs, wallets or networks", () => {
    expect(verdict(tool("list_new_tokens", "Get a list of the latest token contracts deployed on a network", { networkId: number, limit: number }))).toBe("read/low");
    expect(verdict(tool("search_tokens", "Filter tokens by various criteria", { networkFilter: { type: "array" }, phrase: text }))).toBe("read/low");
    expect(verdict(tool("token_trades", "Get the trades of a wallet address for a token pair", { pairAddress: text }))).toBe("read/low");
  });

  it("are still credentials when the definition is about access", () => {
    expect(verdict(tool("list_tokens", "List the API tokens of the account with their values", {}))).toBe("read/high");
    expect(verdict(tool("get_tokens", "Returns the access and refresh tokens for the connected wallet service", { service: text }))).toBe("read/high");
  });
});

describe("credentials named as what a call is made with", () => {
  it("are not handed back: 'projects accessible with the current credentials'", () => {
    expect(verdict(tool("list_projects", "List all cloud projects accessible with current credentials", {}))).toBe("read/low");
    expect(verdict(tool("list_buckets", "List the buckets available with the configured credentials", {}))).toBe("read/low");
  });

  it("are handed back when the output holds them", () => {
    expect(verdict(tool("get_service_account", "Returns the service account, including its credentials", { id: text }))).toBe("read/high");
  });
});

describe("a secret store that lists names and says the values stay behind", () => {
  it("hands no secret over: 'the secret value is never returned'", () => {
    expect(verdict(tool("vault_list", "List the secrets stored in your vault, by alias and purpose only; the secret value is never returned or shown to you.", {}))).toBe("read/low");
  });

  it("still hands secrets over when it lists their values", () => {
    expect(verdict(tool("vault_dump", "List the secrets stored in your vault with their values", {}))).not.toBe("read/low");
  });
});

describe("an API gateway's or a router's configuration", () => {
  const gateway: ServerIdentity = { slug: "kong-admin-mcp", title: "Kong admin" };
  const router: ServerIdentity = { slug: "mikrotik-mcp", title: "MikroTik RouterOS" };
  const trips: ServerIdentity = { slug: "trip-planner-mcp", title: "Trip planner" };
  const queue: ServerIdentity = { slug: "queue-tools", title: "Queue tools" };

  it("is infrastructure: a route, an upstream or a consumer changed carries live traffic", () => {
    expect(verdict(tool("create_route", "Create a route that sends matching requests to a service", { uri: text, upstream_id: text }), gateway)).toBe("write/high");
    expect(verdict(tool("update_upstream", "Update the targets and balancing of an upstream", { id: text, nodes: { type: "object" } }), gateway)).toBe("write/high");
    expect(verdict(tool("set_interface_state", "Enable or disable a network interface", { name: text, up: { type: "boolean" } }), router)).toBe("write/high");
  });

  it("is not a trip's route or a queue's consumer", () => {
    expect(verdict(tool("create_route", "Create a walking route between two places", { from: text, to: text }), trips)).toBe("write/medium");
    expect(verdict(tool("create_consumer", "Create a consumer that reads messages from a queue", { queue: text }), queue)).toBe("write/medium");
  });
});

describe("a device's command line handed to the caller", () => {
  it("runs what the caller writes: subcommands and arguments of a device CLI, in camel case or under a bracketed name", () => {
    expect(verdict(tool("device_window_manager", "Executes Window Manager (wm) commands on a connected device. Give the subcommand and its arguments as you would in a shell.", { wmCommand: text, wmArgs: text }))).toBe("execute/critical");
  });

  it("runs what the caller writes when a tool that names no action takes a command its schema says is executed", () => {
    expect(verdict(tool("simctl", "", { command: { type: "string", description: "The simctl command to execute (e.g. boot, list)." } }))).toBe("execute/critical");
  });

  it("is not a command picked from a fixed list, nor a saved command's name", () => {
    expect(verdict(tool("bot_settings", "Set which slash command the bot answers to", { slashCommand: { type: "string", enum: ["help", "status"] } }))).not.toMatch(/^execute/);
    expect(verdict(tool("snippets", "", { command: { type: "string", description: "Name of the saved snippet to show" } }))).not.toMatch(/^execute/);
  });
});

describe("an expression a debugger evaluates", () => {
  const debuggerServer: ServerIdentity = { slug: "lldb-mcp", title: "LLDB" };

  it("runs inside the debugged program, which it can change: code with the program's reach", () => {
    expect(verdict(tool("lldb_print", "Print the value of an expression in the current frame", { session: text, expression: text }), debuggerServer)).toBe("execute/critical");
    expect(verdict(tool("evaluate", "Evaluate an expression in the paused debug session", { expression: text }))).toBe("execute/critical");
  });

  it("is still a page's script in a browser", () => {
    expect(verdict(tool("evaluate_expression", "Evaluate a JavaScript expression in the open page", { expression: text }))).toBe("execute/high");
  });
});

describe("a hosting platform's services", () => {
  const host: ServerIdentity = { slug: "render-mcp", title: "Render" };
  const local: ServerIdentity = { slug: "shell-helper", title: "Shell helper" };

  it("a deploy triggered of what is already set up starts a fixed action: 'trigger' first is the verb, not an Apex trigger", () => {
    expect(verdict(tool("trigger_deploy", "Trigger a deploy", { serviceId: text }), host)).toBe("write/high");
    expect(verdict(tool("create_trigger", "Create an Apex trigger with the given body", { name: text, body: text }))).toBe("execute/critical");
  });

  it("a service's environment variables set are its configuration and secrets", () => {
    expect(verdict(tool("add_update_env_var", "Add or update environment variables", { serviceId: text, key: text, value: text }), host)).toBe("write/high");
    expect(verdict(tool("set_env_var", "Set an environment variable for later commands in this session", { name: text, value: text }), local)).not.toBe("write/high");
  });

  it("choosing which project later calls use changes no project; creating one still changes the account", () => {
    expect(verdict(tool("select_project", "Select the project to use for subsequent calls", { projectId: text }), host)).not.toBe("write/high");
    expect(verdict(tool("create_project", "Create a new project", { name: text }), host)).toBe("write/high");
  });
});
