import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": import.meta.dirname, "server-only": path.join(import.meta.dirname, "tests/support/server-only.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/e2e/**", "**/node_modules/**"], environment: "node", testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/server.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium and one server on two cores: run files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
