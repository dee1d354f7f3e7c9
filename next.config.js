import os from "node:os";

const exporting = process.env.NEXT_EXPORT === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run export` writes a static copy for any static host or CDN (see scripts/build.mjs).
  ...(exporting ? { output: "export" } : {}),
  // The build writes to a staging folder that replaces .next only on success (scripts/build.mjs);
  // benchmarks build synthetic content into their own folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Share images are painted by resvg's native build (a .node file), loaded from node_modules as it is.
  serverExternalPackages: ["@resvg/resvg-js"],
  reactStrictMode: true,
  // Prerender on every core. Next's default leaves one free (one worker on a two-core
  // machine), which halves the page build when the share-image step beside it is idle:
  // a rebuild with the cards already drawn, or an edit to one claim.
  experimental: { cpus: os.availableParallelism() },
  // Security headers are not set here: scripts/serve.mjs sends them on every response (with each
  // page's script hashes), and the generated nginx configuration sends the same for the export.
};

export default nextConfig;
