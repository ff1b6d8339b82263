import { highlight } from "@/lib/search/highlight";

/** Text with the words a query matched in <mark>; the text is always rendered as text. */
export function Highlighted({ text, terms, words }: { text: string; terms: readonly string[]; words: readonly string[] }) {
  return (
    <>
      {highlight(text, terms, words).map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
