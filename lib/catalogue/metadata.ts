import type { Metadata } from "next";
import { SITE_NAME, absoluteUrl } from "./site";

/** A generated social card: its site path and what it shows, in words. */
export interface SocialImage {
  path: string;
  alt: string;
}

/** What a page's head says of it. */
export interface PageHead {
  title: string;
  description: string;
  /** The page's site path, made absolute for the canonical URL. */
  path: string;
  image?: SocialImage;
}

/** Title, description, canonical URL and Open Graph for one page, from its site path. */
export function pageMetadata({ title, description, path, image }: PageHead): Metadata {
  const url = absoluteUrl(path);
  const images = image ? [{ url: absoluteUrl(image.path), width: 1200, height: 630, alt: image.alt, type: "image/png" }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title: `${title} · ${SITE_NAME}`, description, url, siteName: SITE_NAME, type: "website", ...(images ? { images } : {}) },
    twitter: { card: images ? "summary_large_image" : "summary", title, description, ...(images ? { images } : {}) },
  };
}
