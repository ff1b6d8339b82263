import type { MetadataRoute } from "next";
import { sitemapPaths } from "@/lib/catalogue/sitemap";
import { absoluteUrl } from "@/lib/catalogue/site";
import { getCatalogue } from "@/lib/content";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPaths(getCatalogue()).map((path) => ({ url: absoluteUrl(path) }));
}
