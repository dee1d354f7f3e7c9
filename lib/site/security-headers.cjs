// Security headers for every response, shared by the Node server
// (scripts/serve.mjs) and the nginx configuration of the static export
// (scripts/nginx-conf.mjs), so both servers send the same policy on every
// status. Scripts are allowed by the hashes of each page's own inline scripts
// (lib/site/csp-hashes.cjs), never by 'unsafe-inline'; 'unsafe-eval' is never
// allowed. Styles keep 'unsafe-inline': React writes style attributes.

/** The Content-Security-Policy of a page whose inline scripts have these hashes. */
function csp(scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const CSP = csp();

/** HSTS only where the site is served over https: a browser would otherwise pin a scheme the site does not have. */
const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

const OTHER_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), web-share=(self), clipboard-write=(self)" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** Every security header, for a page with these inline-script hashes, on a site at siteUrl. */
function securityHeaders({ scriptHashes = [], siteUrl = process.env.SITE_URL ?? "" } = {}) {
  return [{ key: "Content-Security-Policy", value: csp(scriptHashes) }, ...OTHER_HEADERS, ...(/^https:/i.test(siteUrl.trim()) ? [HSTS] : [])];
}

/** The headers without page hashes, as sent with files that are not pages. */
const SECURITY_HEADERS = [{ key: "Content-Security-Policy", value: CSP }, ...OTHER_HEADERS];

const ALLOWED_METHODS = ["GET", "HEAD"];

/**
 * Why a request cannot be served, before any route sees it: a method other than
 * GET or HEAD (405, with Allow), or a target that is not an absolute path with
 * valid percent-encoding (400). null when the request may go on.
 */
function requestProblem(method, target) {
  if (!ALLOWED_METHODS.includes(method)) return { status: 405, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//")) return { status: 400, headers: {} };
  const pathname = target.split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, headers: {} };
  }
  // A NUL or a control character decoded from a path names no file or page.
  if (/%(?:[01][0-9a-f]|7f)/i.test(pathname)) return { status: 400, headers: {} };
  return null;
}

module.exports = { SECURITY_HEADERS, CSP, HSTS, ALLOWED_METHODS, csp, securityHeaders, requestProblem };
