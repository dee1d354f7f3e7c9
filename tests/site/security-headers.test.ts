import { describe, expect, it } from "vitest";
import { inlineScriptHashes, routeOfServerHtml } from "@/lib/site/csp-hashes.cjs";
import { csp, requestProblem, securityHeaders } from "@/lib/site/security-headers.cjs";

describe("the Content-Security-Policy", () => {
  it("allows a page's own inline scripts by hash, never by 'unsafe-inline'", () => {
    const policy = csp(["'sha256-abc'"]);
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'sha256-abc'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain("unsafe-eval");
  });

  it("hashes exactly the inline scripts a browser would run", () => {
    const html =
      '<script src="/a.js"></script><script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{"a":1}</script>' +
      '<script async="">alert("é")</script><script>self.__next_f.push([1,"x"])</script>';
    // sha256 of each script's text as UTF-8, base64 (echo -n 'alert("é")' | openssl dgst -sha256 -binary | base64)
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-G8L1SiKTJMbDlG4FGFKHgqgbC5cAhf7b3dVem2cCN2c='",
      "'sha256-DF7YL+qdGcU+UwWWmo11n8Pg8R/DfH3a4vWAcEohD1g='",
    ]);
  });

  it("maps prerendered files to the paths they answer", () => {
    expect(routeOfServerHtml("index.html")).toBe("/");
    expect(routeOfServerHtml("claims/beria.html")).toBe("/claims/beria");
    expect(routeOfServerHtml("_not-found.html")).toBe("/_not-found");
    expect(routeOfServerHtml("404.html")).toBe("/_not-found");
    expect(routeOfServerHtml("claims/beria-arrest-timing.html")).toBe("/claims/beria-arrest-timing");
  });

  it("sends HSTS only when the site is served over https", () => {
    const keys = (siteUrl: string) => securityHeaders({ siteUrl }).map((h) => h.key);
    expect(keys("https://reelvsrecord.org")).toContain("Strict-Transport-Security");
    expect(keys("http://localhost:3000")).not.toContain("Strict-Transport-Security");
    expect(keys("")).not.toContain("Strict-Transport-Security");
  });
});

describe("requests refused before any route sees them", () => {
  it("answers 405 with Allow for every method but GET and HEAD", () => {
    for (const m of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT"]) {
      expect(requestProblem(m, "/claims/x")).toEqual({ status: 405, headers: { Allow: "GET, HEAD" } });
    }
    expect(requestProblem("GET", "/claims/x")).toBeNull();
    expect(requestProblem("HEAD", "/")).toBeNull();
  });

  it("answers 400 for bad percent-encoding and targets that are not paths", () => {
    for (const t of ["/claims/%", "/claims/%ZZ", "/films/%E0%A4%A", "/claims/%00", "*", "http://evil.test/", "//evil.test/x"]) {
      expect(requestProblem("GET", t), t).toEqual({ status: 400, headers: {} });
    }
    for (const t of ["/claims/beria%20x", "/claims?q=%", "/sources#%", "/characters/%C3%A9"]) expect(requestProblem("GET", t), t).toBeNull();
  });
});
