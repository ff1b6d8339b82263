/**
 * Copy buttons: <button data-copy-target="ID"> copies the text of element ID (the <pre> the
 * reader sees) and reports in the [data-copy-status] element beside it. One listener on the
 * document, so buttons that arrive later (client-side navigation) work too.
 */

const RESET_MS = 2500;

export function enhanceCopyButtons(doc: Document): void {
  doc.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("button[data-copy-target]");
    if (!(button instanceof HTMLButtonElement)) return;
    const targetId = button.dataset.copyTarget ?? "";
    const text = doc.getElementById(targetId)?.textContent ?? "";
    void copyText(doc, text).then((ok) => showStatus(button, ok));
  });
}

async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(doc, text);
  }
}

/** Where the Clipboard API is missing or refused (plain http, older browsers). */
function copyWithTextarea(doc: Document, text: string): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  area.select();
  try {
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

const timers = new WeakMap<Element, number>();

function showStatus(button: HTMLButtonElement, ok: boolean): void {
  const status = button.parentElement?.querySelector("[data-copy-status]");
  if (!status) return;
  status.textContent = ok ? "Copied" : "Could not copy: select the text and copy it";
  window.clearTimeout(timers.get(status));
  timers.set(status, window.setTimeout(() => (status.textContent = ""), RESET_MS));
}
