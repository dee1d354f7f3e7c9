import type { Organization, WebSite, WithContext } from "schema-dts";

// The site and its publisher, for the home page. publishingPrinciples points
// fact-check consumers at the page that explains how claims are checked.

export function publisherLd(site: { name: string; url: string }): Organization {
  return {
    "@type": "Organization",
    "@id": `${site.url}/#publisher`,
    name: site.name,
    url: `${site.url}/`,
    publishingPrinciples: `${site.url}/method`,
    correctionsPolicy: `${site.url}/method#corrections`,
  };
}

export function websiteJsonLd(site: { name: string; url: string; description: string }): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${site.url}/#website`,
    name: site.name,
    url: `${site.url}/`,
    description: site.description,
    inLanguage: "en",
    publisher: publisherLd(site),
    publishingPrinciples: `${site.url}/method`,
  };
}
