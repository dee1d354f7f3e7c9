import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "@/lib/site/security-headers.cjs";

const ROOT = path.join(import.meta.dirname, "..", "..");

describe("deploy/nginx.conf", () => {
  const generated = execFileSync("node", ["scripts/nginx-conf.mjs", "/srv/reelvsrecord/out", "8080"], {
    cwd: ROOT,
    env: { ...process.env, NGINX_TMP: "/var/tmp/reelvsrecord" },
  }).toString();

  it("is what the generator writes, so the two never drift apart", () => {
    expect(fs.readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8")).toBe(generated);
  });

  it("sends every security header from every location, as next start does", () => {
    // nginx drops inherited add_header lines in a location that adds its own,
    // so each such location must repeat all of them.
    const server = generated.slice(generated.indexOf("server {"));
    const locations = server.split(/(?=location )/).slice(1);
    expect(locations.length).toBeGreaterThan(3);
    for (const block of [server.split("location ")[0], ...locations.filter((l) => l.includes("add_header"))]) {
      for (const h of SECURITY_HEADERS) expect(block).toContain(`add_header ${h.key} "${h.value}" always;`);
    }
    expect(generated).not.toContain("unsafe-eval");
  });
});
