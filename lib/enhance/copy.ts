/**
 * Copy buttons (app/_components/policy/copy-button.tsx), the site's one way to copy:
 * <button data-copy-button> copies the text of element [data-copy-target] (the <pre> the
 * reader sees), its own [data-copy-text], or with [data-copy-page-address] the page's address
 * as it is at the click; it reports in the [data-copy-status] element beside it. One
 * listener on the document, so buttons that arrive later (client-side navigation, the
 * policy builder) work too.
 */

const RESET_MS = 2500;

export function enhanceCopyButtons(doc: Document): void {
  doc.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("button[data-copy-button]");
    if (!(button instanceof HTMLButtonElement)) return;
    void copyText(doc, textToCopy(doc, button)).then((ok) => showStatus(button, ok));
  });
}

function textToCopy(doc: Document, button: HTMLButtonElement): string {
  const { copyTarget, copyText, copyPageAddress } = button.dataset;
  if (copyTarget !== undefined) return doc.getElementById(copyTarget)?.textContent ?? "";
  if (copyText !== undefined) return copyText;
  return copyPageAddress !== undefined ? doc.location.href : "";
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
