import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import AttackPage, { generateMetadata, generateStaticParams } from "@/app/attacks/[slug]/page";
import AttacksPage, { metadata as indexMetadata } from "@/app/attacks/page";
import { getAttacks, toolsForAttack } from "@/lib/content/attacks";
import { SIGNALS } from "@/lib/taxonomy";

// The route modules rendered as the build renders them, against the committed content.
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("/attacks/ routes", () => {
  it("generates one page per attack entry", () => {
    expect(generateStaticParams()).toEqual(getAttacks().map((a) => ({ slug: a.slug })));
  });

  it("gives each page a title, description, canonical URL and Open Graph data", async () => {
    const meta = await generateMetadata(params("credential-theft"));
    const attack = getAttacks().find((a) => a.slug === "credential-theft")!;
    expect(meta.title).toContain("Credential theft");
    expect(meta.description).toBe(attack.summary);
    expect(String(meta.alternates?.canonical)).toMatch(/\/attacks\/credential-theft\/$/);
    expect(meta.openGraph).toMatchObject({ description: attack.summary });
    expect(String(indexMetadata.alternates?.canonical)).toMatch(/\/attacks\/$/);
  });

  it("shows the summary, body, related signals and the riskiest tools it concerns", async () => {
    const attack = getAttacks().find((a) => a.slug === "credential-theft")!;
    const html = renderToStaticMarkup(await AttackPage(params("credential-theft")));
    expect(html).toContain(`<h1>${attack.title}</h1>`);
    expect(html).toContain(attack.summary);
    expect(html).toContain('id="how-it-works"');
    expect(html).toContain("data-attack-policy");
    expect(html).toContain(SIGNALS["exposes-credentials"].label);
    const found = toolsForAttack(attack);
    expect(html).toContain(`data-attack-tool-count="${found.length}"`);
    // batch_export_sessions is critical and carries the signal, so it is among the listed riskiest.
    expect(html).toContain("/servers/telegram-mcp-complete/batch_export_sessions");
  });

  it("lists every attack on the index", () => {
    const html = renderToStaticMarkup(AttacksPage());
    for (const attack of getAttacks()) expect(html).toContain(`data-attack="${attack.slug}"`);
  });
});
