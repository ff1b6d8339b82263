import { describe, expect, it } from "vitest";
import { linkedExportFiles } from "@/lib/build/data-files";
import { byteLength, sizeText } from "@/lib/catalogue/file-size";
import { exportInputText, INLINE_LIMIT_BYTES, serverFiles } from "@/lib/catalogue/server-files";
import { exportContext } from "@/lib/enhance/export-input";
import { policyExports, rulesFileName } from "@/lib/policy/exports";
import type { RiskLevel } from "@/lib/taxonomy";
import { server, tool } from "./entries";

const LEVELS: RiskLevel[] = ["low", "medium", "high", "critical"];

function serverWith(count: number, slug = "big") {
  const tools = Array.from({ length: count }, (_, i) => tool(`do_thing_number_${i}`, LEVELS[i % 4]!, i % 2 ? "read" : "write", { server: slug }));
  return server(slug, tools, { package: `@x/${slug}` });
}

function weight(files: ReturnType<typeof serverFiles>): number {
  return [files.policyText, exportInputText(files.input), ...files.exports.flatMap((e) => [e.content, e.rules])].reduce((n, t) => n + byteLength(t), 0);
}

describe("a server page's generated files", () => {
  it("stay inline while together they are within the limit, and are linked past it", () => {
    const small = serverFiles(serverWith(20));
    expect(weight(small)).toBeLessThanOrEqual(INLINE_LIMIT_BYTES);
    expect(small.linked).toBe(false);
    const large = serverFiles(serverWith(400));
    expect(weight(large)).toBeGreaterThan(INLINE_LIMIT_BYTES);
    expect(large.linked).toBe(true);
  });

  it("are the exports under the catalogue's name, from the same input the page script gets", () => {
    const files = serverFiles(serverWith(5));
    expect(files.input).toMatchObject({ slug: "big", tools: expect.any(Array), launch: { command: "npx" }, guard: { policyFile: "big.policy.json" } });
    expect(files.exports).toEqual(policyExports(exportContext(files.input, "big")));
    expect(JSON.parse(files.policyText)).toEqual(files.input.policy);
  });

  it("when linked, are written byte for byte as the page would have shown them, at paths made from the slug", () => {
    const files = serverFiles(serverWith(400));
    const written = new Map([...linkedExportFiles(files)].map((f) => [f.urlPath, f.text]));
    expect(written.size).toBe(9);
    for (const format of files.exports) {
      expect(written.get(`/exports/big/${format.id}.${format.language}`)).toBe(format.content);
      expect(written.get(`/exports/big/${format.id}-rules.${format.language}`)).toBe(format.rules);
      expect(rulesFileName(format)).toBe(`${format.id}-rules.${format.language}`);
    }
    expect(JSON.parse(written.get("/exports/big/input.json")!)).toEqual(files.input);
  });
});

describe("sizeText", () => {
  it("says bytes, KB or MB", () => {
    expect(sizeText(900)).toBe("900 bytes");
    expect(sizeText(343 * 1024 + 100)).toBe("343 KB");
    expect(sizeText(1.25 * 1024 * 1024)).toBe("1.3 MB");
    expect(byteLength("会")).toBe(3);
  });
});
