import { serversListing } from "@/lib/catalogue/records";
import { getCatalogue } from "@/lib/content";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(serversListing(getCatalogue()));
}
