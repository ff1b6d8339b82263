import { describe, expect, it } from "vitest";
import { isSafeSlug, toolSlugs } from "@/lib/content/slug";

describe("tool slugs", () => {
  it("keeps names that are already safe", () => {
    expect(toolSlugs(["get_chats", "list-items"]).get("get_chats")).toBe("get_chats");
  });

  it("makes hostile names safe and unique", () => {
    const names = ["../../etc/passwd", "a/b", "nul\0byte", "x".repeat(300), "Foo", "foo", "FOO", "", "ünïcode", "..", "批量导出"];
    const slugs = toolSlugs(names);
    const values = names.map((n) => slugs.get(n)!);
    expect(new Set(values).size).toBe(names.length);
    for (const slug of values) expect(isSafeSlug(slug), slug).toBe(true);
    // Case-only differences never collide on a case-insensitive filesystem.
    expect(new Set(values.map((v) => v.toLowerCase())).size).toBe(names.length);
  });

  it("is stable: the same names give the same slugs in any order", () => {
    const names = ["getUser", "get_user", "GetUser", "get-user"];
    const forward = toolSlugs(names);
    const backward = toolSlugs([...names].reverse());
    for (const n of names) expect(backward.get(n)).toBe(forward.get(n));
  });
});
