import { catalogueJsonLines } from "@/lib/catalogue/records";
import { getCatalogue } from "@/lib/content";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(catalogueJsonLines(getCatalogue()), { headers: { "content-type": "application/jsonl; charset=utf-8" } });
}
