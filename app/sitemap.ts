import type { MetadataRoute } from "next";
import { sitemapPaths } from "@/lib/catalogue/sitemap";
import { absoluteUrl } from "@/lib/catalogue/site";
import { getCatalogue } from "@/lib/content";
import { getAttacks } from "@/lib/content/attacks";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPaths(getCatalogue(), getAttacks()).map((path) => ({ url: absoluteUrl(path) }));
}
