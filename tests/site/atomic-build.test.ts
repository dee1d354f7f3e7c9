import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// scripts/build.mjs in a scratch project whose `next` is a stand-in: it writes a
// build into the folder it is given, then succeeds or fails as told.
const ROOT = path.join(import.meta.dirname, "..", "..");
const FAKE_NEXT = `#!/usr/bin/env node
const fs = require("node:fs"), path = require("node:path");
const dist = process.env.NEXT_EXPORT === "1" ? "out" : process.env.NEXT_DIST_DIR || ".next";
const page = process.env.NEXT_EXPORT === "1" ? path.join(dist, "index.html") : path.join(dist, "server", "app", "index.html");
fs.mkdirSync(path.dirname(page), { recursive: true });
fs.writeFileSync(path.join(dist, "BUILD_ID"), process.env.FAKE_BUILD_ID);
fs.writeFileSync(page, "<html><script>boot()</script></html>");
process.exit(process.env.FAKE_FAIL === "1" ? 1 : 0);
`;

let project: string;
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

function scratch(): string {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "rvr-build-"));
  for (const f of [
    "scripts/build.mjs",
    "scripts/nginx-conf.mjs",
    "lib/site/csp-hashes.cjs",
    "lib/site/security-headers.cjs",
    "lib/site/defer-bootstrap.cjs",
    "lib/site/islands.cjs",
  ]) {
    fs.mkdirSync(path.dirname(path.join(project, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(project, f));
  }
  fs.mkdirSync(path.join(project, "node_modules", ".bin"), { recursive: true });
  fs.writeFileSync(path.join(project, "node_modules", ".bin", "next"), FAKE_NEXT, { mode: 0o755 });
  fs.mkdirSync(path.join(project, "app"));
  return project;
}

const build = (dir: string, env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(dir, "scripts", "build.mjs"), ...args], { cwd: dir, env: { ...process.env, ...env }, encoding: "utf8" });

describe("a build replaces the served one only when it succeeded", () => {
  it("swaps a good build into .next/ with its pages' script hashes", () => {
    const dir = scratch();
    expect(build(dir, { FAKE_BUILD_ID: "one" }).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8")).toBe("one");
    expect(JSON.parse(fs.readFileSync(path.join(dir, ".next", "csp-hashes.json"), "utf8"))).toEqual({ "/": [expect.stringMatching(/^'sha256-/)] });
    expect(fs.existsSync(path.join(dir, ".next-staging"))).toBe(false);
  });

  it("leaves the last good build in place when the next one fails half-way", () => {
    const dir = scratch();
    build(dir, { FAKE_BUILD_ID: "good" });
    const r = build(dir, { FAKE_BUILD_ID: "broken", FAKE_FAIL: "1" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the last good build was left in place/);
    expect(fs.readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8")).toBe("good");
    expect(fs.existsSync(path.join(dir, ".next-staging"))).toBe(false);
  });

  it("builds the export in its own folder, never touching .next/, and keeps the old export on failure", () => {
    const dir = scratch();
    build(dir, { FAKE_BUILD_ID: "server" });
    expect(build(dir, { FAKE_BUILD_ID: "export-1" }, "--export").status).toBe(0);
    expect(fs.readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8")).toBe("server");
    expect(fs.readFileSync(path.join(dir, "out", "BUILD_ID"), "utf8")).toBe("export-1");
    expect(fs.readFileSync(path.join(dir, "out", ".csp-map.conf"), "utf8")).toMatch(/^"\/index\.html" "default-src 'self'; script-src 'self' 'sha256-/m);
    expect(build(dir, { FAKE_BUILD_ID: "export-2", FAKE_FAIL: "1" }, "--export").status).toBe(1);
    expect(fs.readFileSync(path.join(dir, "out", "BUILD_ID"), "utf8")).toBe("export-1");
    expect(fs.readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8")).toBe("server");
    expect(fs.existsSync(path.join(dir, ".export-build"))).toBe(false);
  });
});
