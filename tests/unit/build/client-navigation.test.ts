import { describe, expect, it } from "vitest";
import { clientReachable, importRows, linkHrefs, pagePath, type PageLinks } from "@/lib/build/client-navigation";

const LINK = new Set(["13210"]);

// The shape next build writes: rows importing client modules, then elements whose type is such a row.
const payload = [
  `1:"$Sreact.fragment"`,
  `3:I[13210,["$2"],""]`,
  `4:I[2513,[],"ToolsTable"]`,
  `0:{"c":["$","$L3",null,{"href":"/servers/","className":"x","children":"Servers"}]}`,
  `5:["$","$L3","key-1",{"className":"a","href":"/risk/high/#top","children":["$","span",null,{"children":"{\\"href\\":\\"/not/a/link/\\"}"}]}]`,
  `6:["$","a",null,{"href":"/plain/anchor/"}]`,
  `7:["$","$L4",null,{"rows":[{"href":"/servers/x/t/"}]}]`,
].join("\n");

describe("reading Links from a page's payload", () => {
  it("finds the rows that import next/link", () => {
    expect(importRows(payload, LINK)).toEqual(new Set(["3"]));
  });

  it("reads the href of each Link, wherever it sits among the props, and nothing else", () => {
    expect(linkHrefs(payload, LINK)).toEqual({ hrefs: ["/servers/", "/risk/high/#top"], unreadable: 0 });
  });

  it("counts a Link whose href is not a string as unreadable", () => {
    const objectHref = `3:I[13210,[],""]\n0:["$","$L3",null,{"href":{"pathname":"/x/"},"children":"x"}]`;
    expect(linkHrefs(objectHref, LINK)).toEqual({ hrefs: [], unreadable: 1 });
  });

  it("finds none when the page imports no Link", () => {
    expect(linkHrefs(`0:["$","a",null,{"href":"/x/"}]`, LINK)).toEqual({ hrefs: [], unreadable: 0 });
  });

  it("turns same-site hrefs into page paths and leaves other sites out", () => {
    expect(pagePath("/risk/high/#top")).toBe("/risk/high/");
    expect(pagePath("/search/?q=x")).toBe("/search/");
    expect(pagePath("https://example.org/")).toBeUndefined();
    expect(pagePath("//example.org/")).toBeUndefined();
    expect(pagePath("mailto:a@b")).toBeUndefined();
  });
});

describe("pages a client navigation can reach", () => {
  const site: Record<string, string[]> = {
    "/search/": ["/", "/servers/", "/risk/"],
    "/": ["/servers/"],
    "/servers/": ["/servers/a/", "/servers/gone/"],
    "/servers/a/": ["/attacks/x/"],
    "/attacks/x/": [],
    "/risk/": [],
    // Linked only from pages nobody reaches on the client.
    "/servers/a/t/": ["/servers/a/"],
  };
  const linksOf = (page: string): PageLinks => ({ hrefs: site[page] ?? [], unreadable: 0 });
  const exists = (page: string) => page in site;

  it("follows Links from the hydrated pages through every page reached", () => {
    expect(clientReachable(["/search/"], linksOf, exists)).toEqual(new Set(["/search/", "/", "/servers/", "/risk/", "/servers/a/", "/attacks/x/"]));
  });

  it("reaches nothing but themselves when no page is hydrated", () => {
    expect(clientReachable([], linksOf, exists)).toEqual(new Set());
  });

  it("gives up (every payload stays) when a reached page has a Link it cannot read", () => {
    expect(clientReachable(["/search/"], (page) => (page === "/risk/" ? { hrefs: [], unreadable: 1 } : linksOf(page)), exists)).toBeUndefined();
  });
});
