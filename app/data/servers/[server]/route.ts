import { serverFileRoute } from "@/lib/catalogue/file-routes";
import { serverRecord } from "@/lib/catalogue/records";

// /data/servers/<server>.json: the segment is the whole file name, so the export writes a file.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = serverFileRoute(".json", (server) => Response.json(serverRecord(server)));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
