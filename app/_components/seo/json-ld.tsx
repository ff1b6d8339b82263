import { serializeJsonLd } from "@/lib/catalogue/json-ld";

/**
 * Structured data. The value may hold strangers' text; serializeJsonLd escapes every
 * character that could end the script element, which is why raw HTML is safe here and
 * nowhere else.
 */
export function JsonLd({ value }: { value: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(value) }} />;
}
