/**
 * Classes of verdicts the classifier got wrong on round 22's development servers, studied in the
 * session of 2026-12-03 (eighth), each with a counter-case it must keep. The definitions are our
 * own, written for the test.
 */
import { describe, expect, it } from "vitest";
import { text, tool, verdict } from "./helpers";

const bool = { type: "boolean" };

describe("a look-up priced per call in its first words", () => {
  it("moves money: every call pays", () => {
    expect(verdict(tool("block_height", "PAID $0.002 USDC via x402. The latest block number of the chain.", {}))).toBe("financial/critical");
    expect(verdict(tool("call_listing", "Price varies per listing (the payment gateway decides). Calls one listed service.", { listing: text }))).toBe("financial/critical");
  });

  it("is not a price it reports", () => {
    expect(verdict(tool("gas_price", "The current gas price of the chain, in gwei.", {}))).not.toMatch(/^financial\//);
  });
});

describe("a push that can be forced", () => {
  it("can overwrite the remote's shared history", () => {
    expect(verdict(tool("repo_push", "Push commits to a remote repository.", { remote: text, branch: text, force: bool }))).toBe("destructive/critical");
    expect(verdict(tool("vcs_push", "Push local commits to the remote.", { options: { type: "string", description: "Extra git push flags" } }))).toBe("destructive/critical");
  });

  it("is not a push with no way to force it", () => {
    expect(verdict(tool("repo_push", "Push commits to a remote repository.", { remote: text, branch: text }))).not.toBe("destructive/critical");
  });
});

describe("a write its author warns loses something", () => {
  it("destroys", () => {
    expect(verdict(tool("switch_branch", "Switch branches or restore files. CAUTION: may lose uncommitted changes.", { branch: text }))).toBe("destructive/high");
    expect(verdict(tool("relocate", "Relocate a folder. DESTRUCTIVE: nothing is left at the old place.", { from: text, to: text }))).toBe("destructive/high");
  });

  it("is not a write that says it is non-destructive", () => {
    expect(verdict(tool("arrange_items", "Arrange the items of a board. Non-destructive: the items are only reordered.", { board: text }))).toBe("write/medium");
  });
});

describe("a file written where the caller says, with a switch to replace one already there", () => {
  it("can overwrite that file", () => {
    expect(verdict(tool("letter_create", "Write a .docx letter from a few fields.", { to: text, body: text, out_path: text, overwrite: bool }))).toBe("destructive/high");
    expect(verdict(tool("qr_generate", "Generate a QR code for a URL, returned inline or written to a file.", { url: text, out_path: text, overwrite: bool }))).toBe("destructive/high");
  });

  it("is not a validation that only checks what an overwrite would do, nor a copy (its own rule)", () => {
    expect(verdict(tool("validate_records", "Check that records are valid before any change, changing nothing.", { records: { type: "array" }, overwrite: bool }))).toMatch(/^read\//);
  });

  it("without the switch stays a write", () => {
    expect(verdict(tool("letter_create", "Write a .docx letter from a few fields.", { to: text, body: text, out_path: text }))).toBe("write/medium");
  });
});

describe("input typed into a running program", () => {
  it("runs whatever it types", () => {
    expect(verdict(tool("term_answer", "Send text input to a process waiting for a prompt (a password or yes/no).", { session: text, text }))).toBe("execute/critical");
    expect(verdict(tool("term_raw", "Send raw bytes to an interactive program such as a REPL.", { session: text, data: text }))).toBe("execute/critical");
  });

  it("is not reading what the program printed", () => {
    expect(verdict(tool("term_output", "Get the text a running process has printed so far.", { session: text }))).toBe("read/low");
  });
});

describe("a GraphQL operation the caller writes", () => {
  it("is a query the caller runs against the service (high, as SQL is)", () => {
    expect(verdict(tool("execute", "Execute a GraphQL operation against the configured endpoint.", { query: text, variables: text }))).toBe("execute/high");
  });

  it("is not validating one", () => {
    expect(verdict(tool("validate", "Validates a GraphQL operation against the schema.", { operation: text }))).toBe("read/low");
  });
});

describe("a function or fetcher stored with the code the platform runs", () => {
  it("deploys the caller's code", () => {
    expect(verdict(tool("create_tap", "Create a fetcher that pulls data on a schedule.", { name: text, script: { type: "string", description: "Python source with a fetch() function" } }))).toBe("execute/critical");
    expect(verdict(tool("functions_update_action", "Update a serverless action.", { name: text, code: text }))).toBe("execute/critical");
  });

  it("is not a diagram whose text is called code", () => {
    expect(verdict(tool("update_diagram", "Update a mermaid diagram block in a document.", { id: text, code: text }))).toBe("write/medium");
  });
});

describe("SQL a model writes from the caller's question, then runs", () => {
  it("runs queries nobody fixed", () => {
    expect(verdict(tool("ask_table", "Ask a question about a table. The AI generates a SQL query from the question, executes it, and returns the rows.", { table: text, question: text }))).toBe("execute/high");
  });

  it("is not SQL generated for a person to run", () => {
    expect(verdict(tool("sql_draft", "Convert a request into a SQL query and return it as text for review.", { request: text }))).toBe("read/low");
  });
});

describe("a description that says only what comes back", () => {
  it("is a read", () => {
    expect(verdict(tool("next_meeting", "The next meeting that has not started yet, with how long until it begins.", { calendar: text }))).toMatch(/^read\//);
  });

  it("is not a description of the tool itself", () => {
    expect(verdict(tool("notes_tool", "The tool that keeps your notes for later.", { note: text }))).not.toMatch(/^read\//);
  });
});

describe("the rationale of a push that can be forced", () => {
  it("says what a forced push loses, not that everything inside something is removed", async () => {
    const { classifyTool } = await import("@/lib/classify");
    const v = classifyTool(tool("repo_push", "Push commits to a remote repository.", { remote: text, force: bool }), { slug: "example-tools", title: "Example tools" });
    expect(v.rationale).toContain("Commits others pushed can be replaced on the remote");
    expect(v.rationale).not.toContain("everything inside what it removes");
  });
});
