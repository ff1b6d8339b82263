/**
 * Classes of category mistakes on the development servers (the labellers agree on a category far
 * more often than on a level, so these are the classifier's own errors), each with a counter-case it
 * must keep. The definitions are our own, written for the test.
 */
import { describe, expect, it } from "vitest";
import { text, tool, verdict } from "./helpers";

describe("a prompt handed to a language model, in the words of a name with no verb", () => {
  it("is a read: what the model writes comes back to the caller", () => {
    expect(verdict(tool("local_chat", "Have a conversation with small local models about anything you type.", { message: text }))).toBe("read/low");
    expect(verdict(tool("multi", "Access Llama, Mistral and other open-weight models through one endpoint.", { query: text }))).toBe("read/low");
    expect(verdict(tool("think", "Handles hard, multi-step questions using Acme's reasoning model.", { query: text }))).toBe("read/low");
    expect(verdict(tool("code_fim", "Fill-in-the-middle completion from a code model, given what comes before and after the gap.", { prefix: text, suffix: text }))).toBe("read/low");
    expect(verdict(tool("vectors", "Create sentence embeddings on this machine with a small model.", { text }))).toBe("read/low");
  });

  it("is not a model of a database, nor embeddings stored in an index, nor a billed call", () => {
    expect(verdict(tool("models", "Access data models and update their fields", { model: text, fields: { type: "object" } }))).not.toBe("read/low");
    expect(verdict(tool("vectors", "Create embeddings for the documents and store them in the index", { documents: { type: "array" } }))).not.toBe("read/low");
    expect(verdict(tool("completions", "Send a chat completion to a hosted model, billed from your prepaid credits", { messages: { type: "array" } }))).toBe("write/medium");
  });
});

describe("a credential minted and handed back", () => {
  it("is a read of a secret: exchanging a code or refreshing a token returns a new access token", () => {
    expect(verdict(tool("exchange_token", "Exchange the one-time sign-in code for an access token and a refresh token.", { code: text, client_id: text }))).toBe("read/high");
    expect(verdict(tool("refresh_token", "Refresh an expired helpdesk access token.", { refresh_token: text }))).toBe("read/high");
  });

  it("is a write when the token is kept for later calls, not handed back", () => {
    expect(verdict(tool("exchange_token", "Exchange the one-time sign-in code for an access token and store it for the other tools.", { code: text }))).not.toBe("read/high");
  });
});

describe("a job started on the service, whose own verb is a read", () => {
  it("is a write: the service runs the fetch, scan or crawl and keeps what it finds", () => {
    expect(verdict(tool("trigger_bank_fetch", "Trigger a fetch of new statements from the bank, for one account or all of them.", { start_date: text }))).toBe("write/medium");
    expect(verdict(tool("detect_installations", "Trigger a background scan that looks for blog installs on the hosting plan.", {}))).toBe("write/medium");
    expect(verdict(tool("discover_website", "Start crawling the site and collect its pages for the knowledge base", { url: text }))).toBe("write/medium");
  });

  it("is still a read when it only asks how a job went, or when the author marks it read-only", () => {
    expect(verdict(tool("get_scan", "Get the scan results for a repository", { repo: text }))).toBe("read/low");
    expect(verdict(tool("fetch_status", "Trigger a fetch status check for the current sync", {}))).toBe("read/low");
    expect(verdict({ ...tool("trigger_fetch", "Trigger a fetch of the latest data and return it", {}), annotations: { readOnlyHint: true } })).toBe("read/low");
  });
});

describe("a code or a proof submitted to be verified", () => {
  it("is a write: the attempt is used up and the verification recorded", () => {
    expect(verdict(tool("phone_check", "Verify the SMS code the customer received; each code allows a few tries.", { phone: text, code: text }))).toBe("write/medium");
    expect(verdict(tool("platform_verify", "Verify your identity with the network by posting a signed proof.", { platform: text, proof: text }))).toBe("write/medium");
    expect(verdict(tool("verify_document", "Verify a driving licence by submitting photos of both sides.", { front: text, back: text }))).toBe("write/medium");
  });

  it("is a read when it checks a signature, a status or a format", () => {
    expect(verdict(tool("verify_signature", "Verify a message signature against a public key", { message: text, signature: text }))).toBe("read/low");
    expect(verdict(tool("check_verification", "Check the verification status of a domain", { domain: text }))).toBe("read/low");
    expect(verdict(tool("validate_email", "Validate the format of an email address", { email: text }))).toBe("read/low");
  });
});

describe("a scheduled message or a meeting cancelled", () => {
  it("is destructive: the message never goes out, the meeting is called off for everyone invited", () => {
    expect(verdict(tool("cancel_scheduled_message", "Cancel a scheduled newsletter before it is sent.", { messageId: text }))).toBe("destructive/high");
    expect(verdict(tool("cancel_meeting", "Cancel a meeting and let every attendee know", { eventId: text, comment: text }))).toBe("destructive/high");
  });

  it("is a write when it stops a run or a job, which can be started again", () => {
    expect(verdict(tool("cancel_job", "Cancel a running export job", { jobId: text }))).toBe("write/medium");
    expect(verdict(tool("cancel_query", "Cancel a query that is still running", { queryId: text }))).toBe("write/medium");
  });
});

describe("an input said to replace what is there", () => {
  it("makes an update destructive when it replaces the thing the tool is named for, or its whole content", () => {
    expect(verdict(tool("update_slides", "Update a presentation", { presentationId: text, slides: { type: "array", description: "Slides that replace the existing slides of the deck" } }))).toBe("destructive/high");
    expect(verdict(tool("update_page", "Update a wiki page", { pageId: text, content: { type: "string", description: "Markdown that replaces the current content" } }))).toBe("destructive/high");
  });

  it("leaves an edit of one field an edit", () => {
    expect(verdict(tool("update_event", "Update a calendar event", { eventId: text, attendees: { type: "array", description: "Attendee emails; replaces existing attendees" } }))).not.toMatch(/^destructive/);
    expect(verdict(tool("update_page", "Update a wiki page", { pageId: text, content: { type: "string", description: "Markdown for the page; replaces existing text only if append is false" } }))).toBe("write/medium");
  });
});

describe("an integration disconnected from an account", () => {
  it("is destructive: its stored grant goes, and what ran through it stops", () => {
    expect(verdict(tool("disconnect_integration", "Disconnect the Slack integration from the workspace", { integrationId: text }))).toBe("destructive/high");
    expect(verdict(tool("disconnect_provider", "Disconnect a payment provider from a store.", { locationId: text }))).toBe("destructive/high");
  });

  it("is not closing one's own connection or session", () => {
    expect(verdict(tool("disconnect", "Close the database connection and release its id.", { connectionId: text }))).not.toMatch(/^destructive/);
    expect(verdict(tool("disconnect_session", "Disconnect the current browser session from the service", { sessionId: text }))).not.toMatch(/^destructive/);
  });
});

describe("something taken out of the trash", () => {
  it("is restored, a write", () => {
    expect(verdict(tool("untrash_message", "Remove a message from the trash", { id: text }))).toBe("write/medium");
    expect(verdict(tool("undelete_file", "Restore a deleted file", { fileId: text }))).toBe("write/medium");
  });

  it("is still lost when it is deleted from the trash for good", () => {
    expect(verdict(tool("empty_trash", "Permanently delete every message in the trash", {}))).toMatch(/^destructive/);
    expect(verdict(tool("delete_from_trash", "Delete a message from the trash permanently", { id: text }))).toMatch(/^destructive/);
  });
});

describe("a statistic named with no verb", () => {
  it("is a read: 'Number of sessions per browser', 'User with the maximum number of sessions'", () => {
    expect(verdict(tool("sessions_per_browser", "Number of test runs per device model over the past week.", { hours: { type: "number" } }))).toBe("read/low");
    expect(verdict(tool("busiest_user", "Team with the maximum number of builds this month.", { days: { type: "number" } }))).toBe("read/low");
  });

  it("does not make a write of a count a read", () => {
    expect(verdict(tool("set_replicas", "Number of replica pods to keep: sets the deployment's scale", { replicas: { type: "number" } }))).not.toBe("read/low");
  });
});

describe("the members of a team, a project or a group", () => {
  it("is who belongs, not their personal data: low", () => {
    expect(verdict(tool("get_project_members", "Show who is a member of a project", { projectId: text }))).toBe("read/low");
    expect(verdict(tool("list_group_members", "List members of a group with optional name search", { groupId: text, search: text }))).toBe("read/low");
  });

  it("is people's data in bulk when it is a chat's members, the whole organisation, or their contact details", () => {
    expect(verdict(tool("get_chat_members", "Get the members of a group chat", { chatId: text }))).toBe("read/medium");
    expect(verdict(tool("list_org_members", "List all members of the organization", {}))).toBe("read/medium");
    expect(verdict(tool("list_team_members", "List the members of a team with their email addresses and phone numbers", { teamId: text }))).toBe("read/medium");
  });
});

describe("secrets a read hands back, said in passing", () => {
  it("counts 'each application has its own api_key' as keys handed back ('its own' is not an owner supplying one)", () => {
    expect(verdict(tool("list_applications", "List the integrations of a workspace. Every integration carries its own key pair: a client_id and an api_key.", { organization_id: text }))).toBe("read/high");
  });

  it("counts a switch that includes the credentials ('include_creds') as a way to get them", () => {
    expect(verdict(tool("get_account", "Read one partner account. Its stored login is hidden unless include_creds is true.", { account_id: text, include_creds: { type: "boolean" } }))).toBe("read/high");
  });

  it("still takes a key the owner supplies as an input, not an output", () => {
    expect(verdict(tool("list_buckets", "List the buckets of the storage account; the owner of the account must set the access key first", { region: text }))).toBe("read/low");
  });
});

describe("verbs the description's first words hid", () => {
  it("reads a verb behind a modifier: 'Soft-delete a plan' deletes, it does not plan", () => {
    expect(verdict(tool("delete_plan", "Soft-delete a plan; it can be brought back later.", { plan_id: text }))).not.toMatch(/^read/);
  });

  it("takes 'revert' as undoing to an earlier state, which discards the current one", () => {
    expect(verdict(tool("revert_dashboard", "Revert a report layout to an earlier saved version", { dashboard_id: text, revision_id: text }))).toBe("destructive/high");
  });

  it("takes an imperative 'Report …' as a report sent to the service, and 'Reports …' as what comes back", () => {
    expect(verdict(tool("ci_report", "Report a whole test session at once: the suite run is created and each outcome saved.", { project: text, results: { type: "array" } }))).toMatch(/^write/);
    expect(verdict(tool("stack_status", "Reports the web server's process state and whether its ports are listening.", {}))).toBe("read/low");
  });
});

describe("a swap that moves no money", () => {
  it("is a write when two things trade places: panes, lessons, models", () => {
    expect(verdict(tool("swap_panes", "Swap the positions of two split panes in the editor window.", { first: text, second: text }))).toBe("write/medium");
    expect(verdict(tool("swap_lessons", "Exchange two lessons between slots of the school timetable.", { lesson_a: text, lesson_b: text }))).toBe("write/medium");
    expect(verdict(tool("swap_model", "Swap the active chat model for another installed one.", { model: text }))).toBe("write/medium");
  });

  it("still moves money when assets are swapped, or on a trading server", () => {
    expect(verdict(tool("swap_tokens", "Swap one token for another through the best DEX route, with a slippage limit.", { from: text, to: text, amount: { type: "number" } }))).toBe("financial/critical");
    expect(verdict(tool("swap", "Swap between two pools.", { from: text, to: text }), { slug: "solana-dex-trader-mcp", title: "Solana DEX trader" })).toBe("financial/critical");
  });
});
