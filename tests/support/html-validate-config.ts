import type { ConfigData } from "html-validate";

// html-validate's recommended rules, with the few that are about how markup is
// spelled set to the way React writes it: <meta/>, async="", charSet. The
// browser parses those exactly like the alternatives, and we cannot change
// them without post-processing React's output. Everything else is as
// recommended.
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    "void-style": ["error", { style: "selfclose" }],
    "attribute-boolean-style": ["error", { style: "empty" }],
    "attribute-empty-style": ["error", { style: "empty" }],
    "attr-case": ["error", { style: ["lowercase", "camelcase"] }],
    // Next's own ids (_R_, __next_error__); HTML allows any id without spaces.
    "valid-id": ["error", { relaxed: true }],
    // A checkbox group shares one name, as HTML intends.
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
    // Widths that are data (a verdict's share of a bar) can only be inline.
    "no-inline-style": ["error", { allowedProperties: ["display", "width"] }],
  },
};
