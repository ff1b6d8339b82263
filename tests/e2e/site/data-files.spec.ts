import { parsePolicy } from "../../../lib/policy/schema";
import { expect, test } from "../fixtures";

test.describe("machine-readable copies", () => {
  test("servers.json lists every server with links that resolve", async ({ request }) => {
    const listing = (await (await request.get("/data/servers.json")).json()) as { servers: { slug: string; catalogued: number; dataUrl: string; policyUrl: string }[] };
    expect(listing.servers.map((s) => s.slug)).toEqual(expect.arrayContaining(["tachibot", "telegram-mcp-complete"]));
    for (const server of listing.servers) {
      const data = (await (await request.get(new URL(server.dataUrl).pathname)).json()) as { tools: unknown[]; policy: unknown };
      expect(data.tools).toHaveLength(server.catalogued);
      expect(parsePolicy(data.policy).ok).toBe(true);
      const policy = await request.get(new URL(server.policyUrl).pathname);
      expect(policy.headers()["content-type"]).toContain("application/json");
      expect(JSON.parse(await policy.text())).toEqual(data.policy);
    }
  });

  test("catalogue.jsonl has one valid tool per line, each with its own files", async ({ request }) => {
    const text = await (await request.get("/data/catalogue.jsonl")).text();
    const lines = text.trimEnd().split("\n");
    const servers = (await (await request.get("/data/servers.json")).json()) as { servers: { catalogued: number }[] };
    expect(lines).toHaveLength(servers.servers.reduce((sum, s) => sum + s.catalogued, 0));
    for (const line of lines.slice(0, 20)) {
      const tool = JSON.parse(line) as { server: string; slug: string; policy: unknown; policyUrl: string };
      expect(parsePolicy(tool.policy).ok).toBe(true);
      expect(JSON.parse(await (await request.get(new URL(tool.policyUrl).pathname)).text())).toEqual(tool.policy);
      expect(((await (await request.get(`/data/servers/${tool.server}/${tool.slug}.json`)).json()) as { slug: string }).slug).toBe(tool.slug);
    }
  });

  test("sitemap and robots point at real pages", async ({ request, page }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/servers/tachibot/focus_export_session/</loc>");
    expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
    await page.goto("/docs/data/");
    await expect(page.locator("h1")).toHaveText("Data downloads");
    await expect(page.locator('a[href="/data/catalogue.jsonl"]').first()).toBeVisible();
  });
});
