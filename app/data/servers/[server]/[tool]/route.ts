import { toolFileRoute } from "@/lib/catalogue/file-routes";
import { toolRecord } from "@/lib/catalogue/records";

// /data/servers/<server>/<tool>.json
export const dynamic = "force-static";
export const dynamicParams = false;

const route = toolFileRoute(".json", (tool) => Response.json(toolRecord(tool)));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
