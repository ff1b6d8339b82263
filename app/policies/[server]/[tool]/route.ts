import { toolFileRoute } from "@/lib/catalogue/file-routes";
import { policyFileText } from "@/lib/catalogue/records";

// /policies/<server>/<tool>.json: one tool's recommended policy, byte for byte what its page shows.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = toolFileRoute(".json", (tool) => new Response(policyFileText(tool.policy), { headers: { "content-type": "application/json; charset=utf-8" } }));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
