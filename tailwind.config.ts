import type { Config } from "tailwindcss";

// Colours are CSS variables (defined in app/globals.css) so light and dark
// themes switch in one place and components never need dark: variants.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        paper: "var(--paper)",
        panel: "var(--panel)",
        ink: "var(--ink)",
        muted: "var(--muted)",
        rule: "var(--rule)",
        accent: "var(--accent)",
        film: "var(--film)",
        record: "var(--record)",
        "v-accurate": "var(--v-accurate)",
        "v-mostly-accurate": "var(--v-mostly-accurate)",
        "v-mixed": "var(--v-mixed)",
        "v-mostly-inaccurate": "var(--v-mostly-inaccurate)",
        "v-invented": "var(--v-invented)",
        "v-unproven": "var(--v-unproven)",
      },
      fontFamily: {
        serif: ["Charter", "'Bitstream Charter'", "'Sitka Text'", "Cambria", "Georgia", "'DejaVu Serif'", "serif"],
        sans: ["system-ui", "-apple-system", "'Segoe UI'", "Roboto", "'Helvetica Neue'", "'DejaVu Sans'", "Arial", "sans-serif"],
      },
      maxWidth: { measure: "68ch" },
    },
  },
} satisfies Config;
