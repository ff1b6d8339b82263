/**
 * A copy button, as plain markup: the page enhancer (lib/enhance/copy.ts) wires the click,
 * so no page pays for a framework to copy text, and the copying lives in one place. It copies
 * the text of element `targetId` (the <pre> the reader sees), a given `text`, or with
 * `pageAddress` the page's address at the moment of the click. The status span is left to
 * the enhancer: an element whose inner HTML is set is not hydrated by React, so writing
 * "Copied" there can never mismatch.
 */
type Source = { targetId: string } | { text: string } | { pageAddress: true };

export function CopyButton({ label = "Copy", ...source }: Source & { label?: string }) {
  const data =
    "targetId" in source
      ? { "aria-controls": source.targetId, "data-copy-target": source.targetId }
      : "text" in source
        ? { "data-copy-text": source.text }
        : { "data-copy-page-address": "" };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="button" data-copy-button="" {...data}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm muted" data-copy-status="" dangerouslySetInnerHTML={EMPTY} />
    </span>
  );
}

/** A constant, never data: see above. */
const EMPTY = { __html: "" };
