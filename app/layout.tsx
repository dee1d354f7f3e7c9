import type { Metadata, Viewport } from "next";
import { ContentReload } from "@/components/layout/content-reload";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SITE_NAME, siteUrl } from "@/lib/site/config";
import { ENHANCE_SCRIPT } from "@/lib/site/enhance";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  applicationName: SITE_NAME,
  title: { default: "Reel vs Record — films against the historical record", template: "%s — Reel vs Record" },
  description: "Scene by scene, films set against the historical record: a verdict and the documentary sources for every claim.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f4ec" },
    { media: "(prefers-color-scheme: dark)", color: "#15130f" },
  ],
};

// The site's address, for the link addresses printed on paper (globals.css). It is a
// rule in <head> rather than a style attribute because the URL's colons defeat
// attribute-style parsers; "<" is escaped so the address can never close the element.
const SITE_URL_RULE = `:root{--site-url:${JSON.stringify(siteUrl()).replace(/</g, "\\3c ")}}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The page script marks <html> before React hydrates it on island pages.
    <html lang="en" suppressHydrationWarning>
      <head>
        <style dangerouslySetInnerHTML={{ __html: SITE_URL_RULE }} />
        <script dangerouslySetInnerHTML={{ __html: ENHANCE_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 pt-6 sm:px-6 sm:pt-10">
          {children}
        </main>
        <SiteFooter />
        {process.env.NODE_ENV === "development" && <ContentReload />}
      </body>
    </html>
  );
}
