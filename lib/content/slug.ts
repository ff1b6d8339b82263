import { createHash } from "node:crypto";

/**
 * Tool and server names are written by strangers. These functions turn them into
 * file names and URL segments that are safe on every filesystem (no separators, no dots
 * at the start, no NUL, bounded length, no case-only clashes) and stable across imports.
 */

const SAFE_SLUG = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const MAX_BASE = 60;

export function isSafeSlug(value: string): boolean {
  return SAFE_SLUG.test(value);
}

function shortHash(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex").slice(0, 8);
}

/** The readable part of a slug: lower case, runs of anything else folded to "-". */
export function slugBase(name: string): string {
  const base = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, MAX_BASE)
    .replace(/[-_]+$/g, "");
  return base || "tool";
}

/**
 * Slugs for all tool names of one server. A name that is already a safe lower-case slug
 * keeps itself; any other name gets its readable base, and a hash of its exact text when
 * that base is taken or it was changed in a way that could clash (case, unsafe characters).
 */
export function toolSlugs(names: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    if (isSafeSlug(name)) {
      slugs.set(name, name);
      taken.add(name);
    }
  }
  const baseCount = new Map<string, number>();
  const pending = names.filter((name) => !slugs.has(name));
  for (const name of pending) baseCount.set(slugBase(name), (baseCount.get(slugBase(name)) ?? 0) + 1);
  for (const name of pending) {
    const base = slugBase(name);
    const clash = taken.has(base) || (baseCount.get(base) ?? 0) > 1;
    const slug = clash ? `${base}-${shortHash(name)}` : base;
    slugs.set(name, slug);
    taken.add(slug);
  }
  return slugs;
}

/** Server slugs come from our own import or hand-written folders; the same rule applies. */
export function serverSlug(name: string): string {
  return isSafeSlug(name) ? name : `${slugBase(name)}-${shortHash(name)}`;
}
