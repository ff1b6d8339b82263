/**
 * A copy button for the text of element `targetId` (the <pre> the reader sees). Plain
 * markup: the page enhancer (lib/enhance/copy.ts) wires the click, so no page pays for a
 * framework to copy text. The status span is left to the enhancer: an element whose inner
 * HTML is set is not hydrated by React, so writing "Copied" there can never mismatch.
 */
export function CopyButton({ targetId, label = "Copy" }: { targetId: string; label?: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="button" aria-controls={targetId} data-copy-target={targetId} data-copy-button="">
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm muted" data-copy-status="" dangerouslySetInnerHTML={EMPTY} />
    </span>
  );
}

/** A constant, never data: see above. */
const EMPTY = { __html: "" };
