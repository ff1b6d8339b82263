import { toolSocialImage } from "@/app/_components/seo/tool-social-image";
import { toolFileRoute } from "@/lib/catalogue/file-routes";

// /og/servers/<server>/<tool>.png: a route handler rather than opengraph-image.tsx, because the
// export writes that convention's file without an extension, which CDNs serve as octet-stream.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = toolFileRoute(".png", (tool, server) => toolSocialImage(tool, server));
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
