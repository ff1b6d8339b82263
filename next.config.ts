import path from "node:path";
import type { NextConfig } from "next";
import { builtIndexVersion } from "./lib/search/version";

// NEXT_PUBLIC_BASE_PATH deploys the export under a sub-path (e.g. "/catalogue"); see README.
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

// The build passes the search index's version; `next dev` reads it from the last build's folder.
const searchVersion = process.env.NEXT_PUBLIC_SEARCH_VERSION || builtIndexVersion(path.join(process.cwd(), "public/search")) || "";

const nextConfig: NextConfig = {
  output: "export",
  env: { NEXT_PUBLIC_SEARCH_VERSION: searchVersion },
  // Folders with index.html serve the same from any CDN or object store, with or without rewrites.
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
