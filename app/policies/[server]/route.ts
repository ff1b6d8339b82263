import { serverFileRoute } from "@/lib/catalogue/file-routes";
import { serverPolicy } from "@/lib/catalogue/queries";
import { policyFileText } from "@/lib/catalogue/records";

// /policies/<server>.json: the whole server's policy, byte for byte what the server page shows.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = serverFileRoute(".json", (server) => new Response(policyFileText(serverPolicy(server)), { headers: { "content-type": "application/json; charset=utf-8" } }));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
