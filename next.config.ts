import os from "node:os";
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
  // `npm run build` names the build after its code (lib/build/page-reuse.ts), so pages reused
  // from an earlier build of the same code carry the same build id as the pages rendered now.
  generateBuildId: async () => process.env.CATALOGUE_BUILD_ID ?? null,
  // Types are checked by `npm run typecheck` (the first step of `npm test`), once, instead of
  // in every build as well, where it took 35 to 40 s of each build on two cores.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // One static-generation worker per core (Next's default leaves one core to its main
    // process, which only waits while pages render). Each worker holds the catalogue.
    cpus: Math.max(1, os.availableParallelism()),
  },
};

export default nextConfig;
