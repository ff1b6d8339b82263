import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serverCard } from "@/app/_components/seo/server-social-image";
import { drawWithNext, socialImageJobs, writeSocialImages, type DrawCard } from "@/lib/build/social-images";
import { server, tool } from "../catalogue/entries";

const catalogue = (risk: "low" | "high") => ({
  servers: [server("alpha", [tool("a", risk, "read", { server: "alpha" }), tool("b", "critical", "execute", { server: "alpha" })]), server("beta", [tool("c", "low", "read", { server: "beta" })])],
});

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("social cards", () => {
  it("are one per server, keyed by what they show and by the drawing code", () => {
    const jobs = socialImageJobs(catalogue("low"), "v1");
    expect(jobs.map((j) => j.urlPath)).toEqual(["/og/servers/alpha.png", "/og/servers/beta.png"]);
    expect(jobs[0]!.card).toEqual({ name: "ALPHA", tools: 2, mix: { low: 1, medium: 0, high: 0, critical: 1 } });
    const again = socialImageJobs(catalogue("low"), "v1");
    expect(again.map((j) => j.key)).toEqual(jobs.map((j) => j.key));
    const changed = socialImageJobs(catalogue("high"), "v1");
    expect(changed[0]!.key).not.toBe(jobs[0]!.key);
    expect(changed[1]!.key).toBe(jobs[1]!.key);
    expect(socialImageJobs(catalogue("low"), "v2")[1]!.key).not.toBe(jobs[1]!.key);
  });

  it("show a server by its slug when its title has glyphs the font lacks", () => {
    expect(serverCard({ title: "电报 MCP", slug: "telegram", tools: [] }).name).toBe("telegram");
  });

  it("are drawn only when the cache lacks them, and the cache keeps only the cards in use", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "social-images-"));
    const drawn: string[] = [];
    const draw: DrawCard = async (card) => {
      drawn.push(card.name);
      return Buffer.from(`png of ${card.name} ${JSON.stringify(card.mix)}`);
    };
    const cacheDir = path.join(dir, "cache");
    const first = await writeSocialImages({ outDir: path.join(dir, "out1"), cacheDir, jobs: socialImageJobs(catalogue("low"), "v1"), draw });
    expect(first).toMatchObject({ images: 2, drawn: 2, reused: 0 });
    const second = await writeSocialImages({ outDir: path.join(dir, "out2"), cacheDir, jobs: socialImageJobs(catalogue("high"), "v1"), draw });
    expect(second).toMatchObject({ images: 2, drawn: 1, reused: 1 });
    expect(drawn).toEqual(["ALPHA", "BETA", "ALPHA"]);
    expect(fs.readFileSync(path.join(dir, "out2/og/servers/alpha.png"), "utf8")).toContain('"high":1');
    expect(fs.readdirSync(cacheDir)).toHaveLength(2);
  });

  it("are drawn at 1200×630 as palette PNGs small enough for a one-tool server's page", async () => {
    const png = await drawWithNext({ name: "Four colours of risk", tools: 21, mix: { low: 10, medium: 4, high: 3, critical: 4 } });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // IHDR: width, height, then bit depth and colour type (3: indexed colour).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png[25]).toBe(3);
    expect(png.length).toBeLessThan(20 * 1024);
  }, 30_000);
});
