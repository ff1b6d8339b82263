import { languageHint } from "@/lib/catalogue/text";

/** A server's own description, verbatim: text only, line breaks kept, language marked. */
export function ToolDescription({ text }: { text: string }) {
  if (!text.trim()) return <p className="muted italic">The server gives no description for this tool.</p>;
  return (
    <blockquote className="border-l-4 border-slate-300 pl-4 dark:border-slate-700">
      <p className="whitespace-pre-wrap break-words" lang={languageHint(text)} data-tool-description="">
        {text}
      </p>
    </blockquote>
  );
}
