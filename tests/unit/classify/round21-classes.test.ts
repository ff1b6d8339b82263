/**
 * Classes of verdicts the classifier got wrong on round 21's development servers, studied in the
 * session of 2026-12-03 (eighth), each with a counter-case it must keep. The definitions are our
 * own, written for the test.
 */
import { describe, expect, it } from "vitest";
import { text, tool, verdict } from "./helpers";

describe("a call that is itself paid for", () => {
  it("moves money when a sum with a decimal point is its price", () => {
    expect(verdict(tool("engrave_name", "Adds your name to the hall of fame. Costs $0.25 USDC. Needs a funded wallet.", { name: text }))).toBe("financial/critical");
  });

  it("moves money even as a look-up, when the sentence says each call pays", () => {
    expect(verdict(tool("find_hotels", "Finds hotel rooms for given dates. Requires X402 micropayment (0.02 USDC).", { city: text }))).toBe("financial/critical");
    expect(verdict(tool("lookup_company", "Looks up a company by its registration number. Each lookup costs one credit from your balance.", { number: text }))).toBe("financial/critical");
  });

  it("moves money when each thing made is charged", () => {
    expect(verdict(tool("make_portrait", "Makes portraits from a prompt. Each finished portrait is charged at the quoted price.", { prompt: text }))).toBe("financial/critical");
    expect(verdict(tool("make_clip", "Start a paid short clip from a script.", { script: text }))).toBe("financial/critical");
  });

  it("is not a check of whether something needs paying, nor a price list", () => {
    expect(verdict(tool("payment_requirements", "Check if a specific URL requires x402 payment and list what it asks for.", { url: text }))).toMatch(/^read\/low/);
    expect(verdict(tool("get_price", "Returns what a room costs per night.", { room: text }))).toBe("read/low");
  });
});

describe("an autonomous agent set on a repository", () => {
  it("runs code: it edits the repository and runs commands there", () => {
    expect(verdict(tool("start_repo_task", "Launch an autonomous agent on a repository you name, with a check command it must pass.", { repository: text, instruction: text }))).toBe("execute/critical");
  });

  it("is not an agent run on a chat or a design document", () => {
    expect(verdict(tool("start_design_job", "Start a background job that writes an agent system design document and returns its id.", { brief: text }))).not.toMatch(/^execute\//);
  });
});

describe("a login that hands its token back", () => {
  it("returns a secret", () => {
    expect(verdict(tool("portal_login", "Log in to the portal with the configured account. Returns access_token and refresh_token.", {}))).toBe("read/high");
    expect(verdict(tool("session_auth", "Authenticates with the archive service to obtain a session JWT.", {}))).toBe("read/high");
  });

  it("is not a login that keeps its token to itself", () => {
    expect(verdict(tool("open_login", "Sign in through the browser; it waits for the token and caches it for later calls.", {}))).not.toBe("read/high");
  });
});

describe("an index or a cache built again from its sources", () => {
  it("is a trivially local write: nothing is lost, it is derived again", () => {
    expect(verdict(tool("reindex", "Rebuild the code search index of the open workspace without restarting.", {}))).toBe("write/low");
    expect(verdict(tool("refresh_metadata_cache", "Force-refresh the local table metadata cache for one database or all.", { database: text }))).toBe("write/low");
  });

  it("is not clearing a live site's cache, nor rebuilding a machine", () => {
    expect(verdict(tool("clear_site_cache", "Permanently clears the server-side cache of every domain of a website.", { site: text }))).not.toBe("write/low");
    expect(verdict(tool("rebuild_server", "Rebuild a server from an image, replacing its disk.", { id: text, image: text }))).toMatch(/^destructive\//);
  });
});
