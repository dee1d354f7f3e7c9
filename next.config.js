/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export for any static host or CDN: `npm run export` writes out/.
  ...(process.env.NEXT_EXPORT === "1" ? { output: "export", trailingSlash: false } : {}),
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
