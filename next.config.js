import { createRequire } from "node:module";

const { SECURITY_HEADERS } = createRequire(import.meta.url)("./lib/site/security-headers.cjs");
const exporting = process.env.NEXT_EXPORT === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run export` writes a static copy to out/ for any static host or CDN.
  ...(exporting ? { output: "export" } : {}),
  // Benchmarks build synthetic content into their own folder, beside the real build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Share images are painted by resvg's native build (a .node file), loaded from node_modules as it is.
  serverExternalPackages: ["@resvg/resvg-js"],
  reactStrictMode: true,
  // Headers cannot apply to an export; the nginx configuration sends the same ones.
  ...(exporting
    ? {}
    : {
        async headers() {
          // Dev tooling needs eval, so the policy applies to production only.
          return process.env.NODE_ENV === "production" ? [{ source: "/:path*", headers: SECURITY_HEADERS }] : [];
        },
      }),
};

export default nextConfig;
