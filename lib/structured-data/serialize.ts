/** JSON for an inline <script type="application/ld+json">: "<" escaped, so the data can never close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
