import type { Metadata } from "next";
import { absoluteUrl, SITE_NAME } from "./config";

// One shape of metadata for every page, so each one unfurls the same way in
// chat apps, search results and reference managers: canonical link, Open
// Graph (type, url, site name, locale) and a Twitter card, all absolute from
// SITE_URL. Share images come from each route's opengraph-image file, which
// Next adds (with its alt text) on top of this.

export const SITE_LOCALE = "en_GB";
/** The site's own share card (app/opengraph-image.tsx), for pages that have none of their own. */
export const SITE_IMAGE_ALT = "Reel vs Record: the film against the historical record, with the verdict tally";
const SEPARATOR = " — ";
/** Search results cut titles near here; html-validate's long-title rule uses the same number. */
export const MAX_TITLE = 70;

/** Length as written in the HTML: React escapes ' " & < >, and html-validate counts the escapes. */
const htmlLength = (s: string) =>
  s
    .replace(/'/g, "&#x27;")
    .replace(/"/g, "&quot;")
    .replace(/&(?!#x27;|quot;)/g, "&amp;")
    .replace(/[<>]/g, "&lt;").length;

/**
 * The <title>: the page's title with the site's name when that fits, else the
 * short form, else the title alone; as a last resort cut at a word.
 */
export function documentTitle(title: string, shortTitle?: string): string {
  const candidates = [`${title}${SEPARATOR}${SITE_NAME}`, shortTitle && `${shortTitle}${SEPARATOR}${SITE_NAME}`, title, shortTitle].filter((t): t is string =>
    Boolean(t),
  );
  const fits = candidates.find((t) => htmlLength(t) <= MAX_TITLE);
  if (fits) return fits;
  let cut = shortTitle ?? title;
  while (htmlLength(`${cut}…`) > MAX_TITLE) cut = cut.slice(0, cut.lastIndexOf(" "));
  return `${cut}…`;
}

export type PageMeta = {
  /** The path on this site, e.g. "/claims/some-slug" ("/" for home). */
  path: string;
  title: string;
  /** A shorter statement of the title, used when the title is too long for a <title>. */
  shortTitle?: string;
  description: string;
  type?: "website" | "article" | "profile";
  /** For articles: when the page last changed in substance. */
  modifiedTime?: string;
  publishedTime?: string;
  /** The route has its own opengraph-image file, which then supplies the image and its alt text. */
  ownImage?: boolean;
};

export function pageMetadata(p: PageMeta): Metadata {
  const url = absoluteUrl(p.path);
  const type = p.type ?? "website";
  // Next does not carry the root's image file into a page that sets its own openGraph, so a page without an
  // image file of its own names the site's card; a page with one must not, or this would replace it.
  const images = p.ownImage ? undefined : [{ url: absoluteUrl("/opengraph-image"), width: 1200, height: 630, type: "image/png", alt: SITE_IMAGE_ALT }];
  return {
    title: { absolute: documentTitle(p.title, p.shortTitle) },
    description: p.description,
    alternates: { canonical: url },
    openGraph: {
      type,
      url,
      title: p.title,
      description: p.description,
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      ...(images ? { images } : {}),
      ...(type === "article" && p.publishedTime ? { publishedTime: p.publishedTime } : {}),
      ...(type === "article" && p.modifiedTime ? { modifiedTime: p.modifiedTime } : {}),
    },
    twitter: { card: "summary_large_image", title: p.title, description: p.description, ...(images ? { images } : {}) },
  };
}
