"use client";

import { useState } from "react";

/** Copies the given text; says whether it worked, for screen readers too. */
export function CopyTextButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied");
    } catch {
      setStatus("Could not copy: select the text and copy it");
    }
    window.setTimeout(() => setStatus(""), 2500);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="muted text-sm">
        {status}
      </span>
    </span>
  );
}
