import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/site/security-headers.cjs";

const ROOT = path.join(import.meta.dirname, "..", "..");

const generate = (env: Record<string, string> = {}) =>
  execFileSync("node", ["scripts/nginx-conf.mjs", "/srv/reelvsrecord/out", "8080"], {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: "", NGINX_TMP: "/var/tmp/reelvsrecord", ...env },
  }).toString();

describe("deploy/nginx.conf", () => {
  const generated = generate();

  it("is what the generator writes for the paths and port in the README, so the two never drift apart", () => {
    expect(fs.readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8")).toBe(generated);
    expect(generated).toContain("root /srv/reelvsrecord/out;");
    expect(generated).toContain("listen 127.0.0.1:8080;");
    expect(generated).toContain("pid /var/tmp/reelvsrecord/nginx.pid;");
  });

  it("sends every security header from every block that adds headers, with each page's CSP", () => {
    // nginx drops inherited add_header lines in a block that adds its own, so each must repeat all of them.
    const server = generated.slice(generated.indexOf("server {"));
    const blocks = [server.split("location ")[0], ...server.split(/(?=location )/).slice(1)].filter((b) => b.includes("add_header"));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      for (const h of securityHeaders()) {
        expect(block).toContain(h.key === "Content-Security-Policy" ? `add_header ${h.key} $page_csp always;` : `add_header ${h.key} "${h.value}" always;`);
      }
    }
    expect(generated).toContain("include /srv/reelvsrecord/out/.csp-map.conf;");
    expect(generated).not.toContain("unsafe-eval");
    expect(generated).not.toMatch(/script-src[^;"]*unsafe-inline/);
  });

  it("sends one Cache-Control, never beside an expires directive", () => {
    expect(generated.match(/add_header Cache-Control/g)).toHaveLength(1);
    expect(generated).not.toMatch(/^\s*expires /m);
  });

  it("adds HSTS when SITE_URL is https", () => {
    expect(generated).not.toContain("Strict-Transport-Security");
    expect(generate({ SITE_URL: "https://reelvsrecord.org" })).toContain('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;');
  });
});
