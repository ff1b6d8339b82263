/**
 * Generated files a page links instead of showing (app/_components/policy/linked-file.tsx): a
 * button fetches the file the link names into the page, then offers to copy it. The
 * client-exports script may point the link at the export under the reader's name for the
 * server (lib/enhance/client-name.ts), so what is shown is always what the link serves.
 */

interface LinkedFileParts {
  link: HTMLAnchorElement;
  size: HTMLElement | null;
  actions: HTMLElement;
  show: HTMLButtonElement;
  copy: HTMLElement;
  status: HTMLElement;
  pre: HTMLElement;
  code: HTMLElement;
}

export function linkedFileParts(box: Element): LinkedFileParts | undefined {
  const q = <T extends Element>(selector: string) => box.querySelector<T>(selector);
  const link = q<HTMLAnchorElement>("[data-linked-file-link]");
  const actions = q<HTMLElement>("[data-linked-file-actions]");
  const show = q<HTMLButtonElement>("[data-linked-file-show]");
  const copy = q<HTMLElement>("[data-linked-file-copy]");
  const status = q<HTMLElement>("[data-linked-file-status]");
  const pre = q<HTMLElement>("pre");
  const code = q<HTMLElement>("[data-linked-file-text]");
  if (!link || !actions || !show || !copy || !status || !pre || !code) return undefined;
  return { link, size: q<HTMLElement>("[data-linked-file-size]"), actions, show, copy, status, pre, code };
}

export function enhanceLinkedFiles(doc: Document): void {
  for (const box of doc.querySelectorAll("[data-linked-file]")) {
    const parts = linkedFileParts(box);
    if (!parts) continue;
    parts.actions.hidden = false;
    parts.show.addEventListener("click", () => void showLinkedFile(parts));
  }
}

async function showLinkedFile(parts: LinkedFileParts): Promise<void> {
  const { link, show, status } = parts;
  show.disabled = true;
  status.textContent = "Loading…";
  try {
    let href: string;
    let text: string;
    // The link may be pointed elsewhere while the file is on its way: show what it names now.
    do {
      href = link.href;
      text = await fetchText(href);
    } while (href !== link.href);
    showText(parts, text);
    status.textContent = "";
  } catch (error) {
    show.disabled = false;
    status.textContent = `Could not load it (${error instanceof Error ? error.message : String(error)}); the link still serves it.`;
  }
}

async function fetchText(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Puts the file's text in the page, or replaces what is there; the copy button copies it from there. */
export function showText(parts: LinkedFileParts, text: string): void {
  parts.code.textContent = text;
  parts.pre.hidden = false;
  parts.copy.hidden = false;
  parts.show.hidden = true;
}

export function isShown(parts: LinkedFileParts): boolean {
  return !parts.pre.hidden;
}
