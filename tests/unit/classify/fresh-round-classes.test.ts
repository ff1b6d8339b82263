/**
 * Classes of verdicts the classifier got wrong on the development servers of round 15 (servers
 * outside the corpus, listed from npm on 2026-12-01), each with a counter-case it must keep. The
 * definitions are our own, written for the test.
 */
import { describe, expect, it } from "vitest";
import type { ServerIdentity } from "@/lib/mcp/schema";
import { text, tool, verdict } from "./helpers";

const cloud: ServerIdentity = { slug: "examplecloud-mcp", title: "Example Cloud", description: "Manage servers, networks, firewalls and volumes of an Example Cloud account." };
const id = { type: "number" };

describe("a telephony provider's incoming number created", () => {
  it("is a number bought", () => {
    expect(verdict(tool("Api--CreateIncomingPhoneNumberLocal", "Make a POST request to /Accounts/{AccountSid}/IncomingPhoneNumbers/Local.json", { PhoneNumber: text, FriendlyName: text }))).toBe("financial/critical");
  });

  it("is not an add-on attached to a number already owned", () => {
    expect(verdict(tool("Api--CreateIncomingPhoneNumberAssignedAddOn", "Make a POST request to /IncomingPhoneNumbers/{Sid}/AssignedAddOns.json", { InstalledAddOnSid: text }))).not.toBe("financial/critical");
  });
});

describe("an aggregation pipeline", () => {
  it("is a query the caller writes, stage by stage", () => {
    expect(verdict(tool("aggregate", "Run an aggregation against a collection", { collection: text, pipeline: { type: "array", items: { type: "object" } } }))).toBe("execute/high");
  });

  it("is not a CI pipeline picked by name, nor a sales pipeline's stages", () => {
    expect(verdict(tool("get_pipeline", "Get a CI pipeline by name", { pipeline: text }))).toBe("read/low");
    expect(verdict(tool("create_pipeline", "Create a sales pipeline with its stages", { name: text, stages: { type: "array", items: text } }))).not.toMatch(/^execute/);
  });
});

describe("SSH keys kept by a cloud account", () => {
  it("are public keys: reading them hands no secret over", () => {
    expect(verdict(tool("list_ssh_keys", "List all SSH keys in the project", {}), cloud)).toBe("read/low");
  });

  it("still counts a private key read as a secret", () => {
    expect(verdict(tool("get_ssh_private_key", "Return the private SSH key of a deploy user", { user: text }), cloud)).toBe("read/high");
  });
});

describe("an update that can only rename or relabel", () => {
  it("changes none of what a firewall or a load balancer does", () => {
    expect(verdict(tool("update_firewall", "Update a firewall (name, labels)", { id, name: text, labels: { type: "object" } }), cloud)).toBe("write/medium");
    expect(verdict(tool("update_load_balancer", "Update a load balancer (name, labels)", { id, name: text, labels: { type: "object" } }), cloud)).toBe("write/medium");
  });

  it("is high once it takes the rules", () => {
    expect(verdict(tool("update_firewall", "Update a firewall's rules", { id, rules: { type: "array", items: { type: "object" } } }), cloud)).toBe("write/high");
  });
});

describe("one machine brought back up", () => {
  it("loses nothing: write/medium", () => {
    expect(verdict(tool("power_on_server", "Power on a server", { id }), cloud)).toBe("write/medium");
    expect(verdict(tool("start_virtual_machine", "Start a stopped virtual machine", { id }), cloud)).toBe("write/medium");
  });

  it("is high when it stops one, or starts many", () => {
    expect(verdict(tool("power_off_server", "Power off a server", { id }), cloud)).toBe("write/high");
    expect(verdict(tool("start_servers_by_tag", "Start every server with a tag", { tag: text }), cloud)).toBe("write/high");
  });
});

describe("what a tool lets the caller do", () => {
  it("is its action, not a permission ('This tool allows you to calculate insights')", () => {
    expect(verdict(tool("board_insights", "This tool allows you to calculate insights about a board's data by filtering and grouping columns.", { boardId: text }))).toBe("read/low");
  });

  it("still reads allowing someone access as a permission change", () => {
    expect(verdict(tool("allow_user", "Allows a user to access the workspace.", { userId: text }))).toBe("write/high");
  });
});

describe("a board's view", () => {
  it("is what everyone who opens the board sees: write/medium", () => {
    expect(verdict(tool("update_view", "Update an existing board view (tab): change its name, filter rules or sort order.", { viewId: text, filters: { type: "object" } }))).toBe("write/medium");
  });

  it("is not a browser's view, which is one's own", () => {
    expect(verdict(tool("set_view", "Set the zoom of the browser view.", { zoom: { type: "number" } }))).toBe("write/low");
  });
});

describe("a module described by a registry", () => {
  it("holds no state: its declared outputs are documentation", () => {
    expect(verdict(tool("moduleDetails", "Retrieves detailed metadata for a Terraform module including versions, inputs, outputs, and dependencies.", { moduleId: text }))).toBe("read/low");
  });

  it("still counts a workspace's state outputs as secrets", () => {
    expect(verdict(tool("get_state_outputs", "Returns the outputs of the Terraform state of a workspace.", { workspace: text }))).toBe("read/high");
  });
});

// Round 16's development servers.
const mail: ServerIdentity = { slug: "example-gmail-mcp", title: "Example Gmail" };

describe("a mailbox's delegates, forwarding, aliases and auto-replies", () => {
  it("decide who reads it, who writes as it and where its mail goes: write/high", () => {
    expect(verdict(tool("add_delegate", "Adds a delegate to the specified account", { delegateEmail: text }), mail)).toBe("write/high");
    expect(verdict(tool("create_forwarding_address", "Creates a forwarding address", { forwardingEmail: text }), mail)).toBe("write/high");
    expect(verdict(tool("update_vacation", "Update vacation responder settings", { enableAutoReply: { type: "boolean" }, responseBodyPlainText: text }), mail)).toBe("write/high");
  });

  it("are not an HR tool's vacation request", () => {
    expect(verdict(tool("update_vacation", "Update a vacation request's dates", { requestId: text, start: text, end: text }))).toBe("write/medium");
  });
});

describe("a verb its description glosses as a deletion", () => {
  it("deletes ('Archive (delete) a meeting')", () => {
    expect(verdict(tool("meetings_archive", "Archive (delete) a meeting", { meetingId: text }))).toBe("destructive/high");
  });

  it("is not an archive that keeps the thing", () => {
    expect(verdict(tool("archive_project", "Archive a project; it can be restored from the archive.", { projectId: text }))).toBe("write/medium");
  });
});

describe("a secret named in a list of what comes back, or named as absent", () => {
  it("is handed over when it ends a long list of the account's details", () => {
    expect(verdict(tool("get_workspace_account", "Show the workspace's account: billing tier, remaining quota, renewal date, seat count, and API key details"))).toBe("read/high");
  });

  it("is not handed over when the text says there is none, or names it only as what the call runs under", () => {
    expect(verdict(tool("get_widget_snippet", "Get the embed snippet for a published widget. The snippet carries no API key: its rules stay on the server.", { widgetId: text }))).toBe("read/low");
    expect(verdict(tool("list_jobs", "List every job created by the team or organisation associated with the provided API token, newest first."))).toBe("read/low");
    expect(verdict(tool("get_integration", "Get one integration's details: its endpoints, capabilities, and required credentials.", { integrationId: text }))).toBe("read/low");
  });
});
