import { highlight } from "@/lib/search/highlight";

/** Text with the words a query matched in <mark>; the text is always rendered as text. */
export function Highlighted({ text, terms, words }: { text: string; terms: readonly string[]; words: readonly string[] }) {
  return (
    <>
      {highlight(text, terms, words).map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
