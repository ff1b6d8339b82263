"use client";

import { useState } from "react";

/**
 * Copies `text`, or the text of the element `targetId` (the <pre> the reader sees), to the
 * clipboard, falling back to a hidden textarea where the Clipboard API is missing or refused.
 * Static pages pass targetId: reading the page keeps the text out of the script payload.
 */
type CopyButtonProps = { label?: string } & ({ text: string; targetId?: undefined } | { targetId: string; text?: undefined });

export function CopyButton({ text: givenText, targetId, label = "Copy" }: CopyButtonProps) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    const text = givenText ?? (targetId ? document.getElementById(targetId)?.textContent : undefined) ?? "";
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = copyWithTextarea(text);
    }
    setStatus(ok ? "copied" : "failed");
    window.setTimeout(() => setStatus("idle"), 2500);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="button" onClick={copy} aria-controls={targetId} data-copy-button="">
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm muted">
        {status === "copied" ? "Copied" : status === "failed" ? "Could not copy: select the text and copy it" : ""}
      </span>
    </span>
  );
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
