import type { JSX } from "react";

/**
 * Text the page script rewrites when the reader names their server (lib/enhance/client-name.ts).
 * It is handed to React as escaped inner HTML because React never hydrates inner HTML it was
 * given: the script's text can then never mismatch, whichever of the two runs first. The text
 * is escaped here, so strangers' tool names stay text.
 */
export function RawText({ as: Tag = "span", text, ...attributes }: { as?: keyof JSX.IntrinsicElements; text: string } & Record<string, string | number | undefined>) {
  return <Tag {...attributes} dangerouslySetInnerHTML={{ __html: escapeHtml(text) }} />;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A list the page script rebuilds (the caveats of an export), as escaped inner HTML for the same reason. */
export function RawList({ items, className, part }: { items: readonly string[]; className?: string; part: string }) {
  return <ul className={className} data-export-part={part} dangerouslySetInnerHTML={{ __html: items.map((item) => `<li>${escapeHtml(item)}</li>`).join("") }} />;
}
