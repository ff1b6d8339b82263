import { describe, expect, it } from "vitest";
import { NOTE_PROMPT, reportIssueUrl } from "@/lib/catalogue/report";
import { DEFAULT_REPOSITORY_URL, repositoryUrl } from "@/lib/catalogue/site";
import { parseCorrection } from "@/lib/content/corrections";
import { tool } from "./entries";

const server = { slug: "mail", title: "Mail server", importedAt: "2026-11-21T08:00:00Z" };

function bodyOf(url: string): { title: string; body: string } {
  const parsed = new URL(url);
  return { title: parsed.searchParams.get("title") ?? "", body: parsed.searchParams.get("body") ?? "" };
}

describe("reportIssueUrl", () => {
  it("opens a new issue in the repository, prefilled with server, tool, verdict and source", () => {
    const t = tool("send_mail", "medium", "write", { server: "mail", confidence: 0.92, source: "npm:mail-mcp@1.2.3" });
    const url = reportIssueUrl(t, server, "https://github.com/acme/catalogue");
    expect(url.startsWith("https://github.com/acme/catalogue/issues/new?title=")).toBe(true);
    expect(url).not.toContain("+");
    const { title, body } = bodyOf(url);
    expect(title).toBe("Wrong verdict: mail / send_mail");
    expect(body).toContain("Server: Mail server (mail)");
    expect(body).toContain("Tool: send_mail");
    expect(body).toContain("Current verdict: write, medium risk (machine verdict, confidence 0.92)");
    expect(body).toContain("Read from: npm:mail-mcp@1.2.3, imported 2026-11-21");
    expect(body).toContain("/servers/mail/send_mail/");
    expect(body).toContain("corrections/mail/send_mail.yaml");
  });

  it("carries a correction in the patch format that validates once the note is written", () => {
    const hostile = tool('x"\n```\n<script>', "high", "destructive", { server: "mail", slug: "x-script-1234abcd" });
    const { body } = bodyOf(reportIssueUrl(hostile, server, DEFAULT_REPOSITORY_URL));
    const yaml = body.slice(body.indexOf("```yaml\n") + 8, body.lastIndexOf("\n```"));
    const parsed = parseCorrection("issue.yaml", yaml);
    expect(parsed).toEqual({ ok: true, correction: { server: "mail", tool: hostile.name, category: "destructive", risk: "high", reviewed: true, note: NOTE_PROMPT } });
  });

  it("says when a person already reviewed the verdict", () => {
    const { body } = bodyOf(reportIssueUrl(tool("a", "low", "read", { reviewed: true }), server, DEFAULT_REPOSITORY_URL));
    expect(body).toContain("(reviewed by a person)");
  });
});

describe("repositoryUrl", () => {
  it("defaults to the project's repository and takes NEXT_PUBLIC_REPOSITORY_URL without a trailing slash", () => {
    expect(repositoryUrl({})).toBe(DEFAULT_REPOSITORY_URL);
    expect(repositoryUrl({ NEXT_PUBLIC_REPOSITORY_URL: " https://git.example.org/team/cat/ " })).toBe("https://git.example.org/team/cat");
  });

  it("refuses anything but an http(s) address", () => {
    expect(() => repositoryUrl({ NEXT_PUBLIC_REPOSITORY_URL: "javascript:alert(1)" })).toThrow(/NEXT_PUBLIC_REPOSITORY_URL/);
  });
});
