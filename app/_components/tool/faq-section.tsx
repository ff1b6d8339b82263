import type { FaqEntry } from "@/lib/catalogue/faq";
import { faqJsonLd } from "@/lib/catalogue/faq";
import { JsonLd } from "../seo/json-ld";

export function FaqSection({ entries }: { entries: readonly FaqEntry[] }) {
  return (
    <section aria-labelledby="faq">
      <h2 id="faq">Questions and answers</h2>
      <dl className="space-y-4">
        {entries.map((entry) => (
          <div key={entry.question}>
            <dt className="font-semibold">{entry.question}</dt>
            <dd className="prose-text mt-1">{entry.answer}</dd>
          </div>
        ))}
      </dl>
      <JsonLd value={faqJsonLd(entries)} />
    </section>
  );
}
