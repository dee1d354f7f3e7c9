// Security headers for every response, shared by next.config.js (next start)
// and scripts/nginx-conf.mjs (the static export), so both servers send the
// same policy. Next's inline bootstrap scripts need 'unsafe-inline' because a
// static page cannot carry a per-request nonce; 'unsafe-eval' is never allowed.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CSP },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), web-share=(self), clipboard-write=(self)" },
  { key: "X-Frame-Options", value: "DENY" },
];

module.exports = { SECURITY_HEADERS, CSP };
