import type { NextConfig } from "next";

// NEXT_PUBLIC_BASE_PATH deploys the export under a sub-path (e.g. "/catalogue"); see README.
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

const nextConfig: NextConfig = {
  output: "export",
  // Folders with index.html serve the same from any CDN or object store, with or without rewrites.
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
