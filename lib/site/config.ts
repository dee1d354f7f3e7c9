// Where the site lives. Canonical URLs, share cards, citations, the feed and
// the sitemap all derive from SITE_URL (set it when deploying; see README).
export const SITE_NAME = "Reel vs Record";

export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

export function absoluteUrl(pathname: string): string {
  return siteUrl() + (pathname.startsWith("/") ? pathname : `/${pathname}`);
}
