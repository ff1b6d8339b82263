import type { Metadata } from "next";
import { SITE_NAME, absoluteUrl } from "./site";

/** Title, description, canonical URL and Open Graph for one page, from its site path. */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title: `${title} · ${SITE_NAME}`, description, url, siteName: SITE_NAME, type: "website" },
    twitter: { card: "summary_large_image", title, description },
  };
}
