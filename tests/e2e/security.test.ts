import http from "node:http";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { baseUrl, open, sharedBrowser } from "./browser";

const HOSTILE = [
  '"><script>window.__pwned=1</script>',
  "<img src=x onerror=window.__pwned=1>",
  "javascript:window.__pwned=1",
  "'; DROP TABLE claims; --",
  "../../../../etc/passwd",
  "%00%ff%fe",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose.
  "{{7*7}}${7*7}",
];

function add(headers: Record<string, string[]>, key: string, value: string) {
  headers[key] = [...(headers[key] ?? []), value];
}

/** One raw HTTP exchange, so odd methods and request targets reach the server as written. */
function raw(request: string): Promise<{ status: number; headers: Record<string, string[]> }> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    // Write without half-closing: Node aborts a request still in progress when its client sends FIN.
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let data = "";
    socket.on("data", (d) => {
      data += d.toString("latin1");
    });
    // A server may reset the connection right after answering an oversized request: keep what came.
    socket.on("error", (e) => {
      if (!data) reject(e);
    });
    socket.on("close", () => {
      const [head] = data.split("\r\n\r\n");
      const [statusLine, ...lines] = head.split("\r\n");
      const headers: Record<string, string[]> = {};
      for (const l of lines) {
        const i = l.indexOf(":");
        const k = l.slice(0, i).trim().toLowerCase();
        add(headers, k, l.slice(i + 1).trim());
      }
      resolve({ status: Number(statusLine?.split(" ")[1] ?? 0), headers });
    });
  });
}

/** Every response header once, as the server sent it (fetch would merge repeats). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string[]> }> {
  return new Promise((resolve, reject) => {
    const req = http.get(baseUrl() + path, { headers }, (res) => {
      const out: Record<string, string[]> = {};
      for (let i = 0; i < res.rawHeaders.length; i += 2) add(out, res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]);
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: out }));
    });
    req.on("error", reject);
  });
}

function expectSecurityHeaders(headers: Record<string, string[]>, what: string) {
  const csp = headers["content-security-policy"]?.join(" ") ?? "";
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp, what).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"], what).toEqual(["nosniff"]);
  expect(headers["referrer-policy"], what).toEqual(["strict-origin-when-cross-origin"]);
  expect(headers["x-frame-options"], what).toEqual(["DENY"]);
  expect(headers["permissions-policy"]?.[0], what).toContain("camera=()");
}

const CLAIM = "/claims/beria-trial-and-execution";

describe("requests a page cannot answer", () => {
  it("answers bad percent-encoding with 400 or 404 and every security header", async () => {
    for (const path of ["/claims/%", "/claims/%ZZ", "/characters/%", "/films/%ZZ", "/claims/%/opengraph-image", "/claims/%ZZ/opengraph-image"]) {
      const res = await raw(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect([400, 404], path).toContain(res.status);
      expectSecurityHeaders(res.headers, path);
    }
  });

  it("answers methods other than GET and HEAD with 405 and an Allow header", async () => {
    for (const path of [CLAIM, `${CLAIM}/opengraph-image`, "/", "/data/claims.json"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS"]) {
        const res = await raw(`${method} ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.allow, `${method} ${path}`).toEqual(["GET, HEAD"]);
        expectSecurityHeaders(res.headers, `${method} ${path}`);
      }
    }
    expect((await raw(`HEAD ${CLAIM} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)).status).toBe(200);
  });

  it("answers a request target that is not a path with 400", async () => {
    const res = await raw("GET * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    expect(res.status).toBe(400);
    expectSecurityHeaders(res.headers, "GET *");
  });

  it("sends the security headers with oversized request headers too", async () => {
    const res = await raw(`GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(40_000)}\r\nConnection: close\r\n\r\n`);
    expect([400, 431]).toContain(res.status);
    expectSecurityHeaders(res.headers, "oversized headers");
  });
});

describe("every response carries the security headers", () => {
  for (const [path, status] of [
    ["/", 200],
    [CLAIM, 200],
    [`${CLAIM}/opengraph-image`, 200],
    ["/data/claims.json", 200],
    ["/changes.xml", 200],
    ["/claims/", 308],
    ["/no-such-page", 404],
  ] as const) {
    it(`${path} (${status})`, async () => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expectSecurityHeaders(res.headers, path);
      expect(res.headers["cache-control"] ?? [], `${path}: one Cache-Control header`).toHaveLength(
        status === 308 ? (res.headers["cache-control"]?.length ?? 0) : 1,
      );
    });
  }
});

describe("both servers agree on addresses, charset and caching", () => {
  it("redirects a trailing slash to the address without it", async () => {
    const res = await get("/claims/");
    expect(res.status).toBe(308);
    expect(new URL(res.headers.location[0], baseUrl()).pathname).toBe("/claims");
  });

  it("names the charset of pages and the feed", async () => {
    for (const path of ["/", CLAIM, "/changes.xml", "/data/claims.csv"]) {
      const type = (await get(path)).headers["content-type"]?.[0] ?? "";
      expect(type.toLowerCase(), path).toMatch(/charset=utf-8/);
    }
  });

  it("sends hashed build assets as immutable, with one Cache-Control", async () => {
    const html = await (await fetch(baseUrl() + CLAIM)).text();
    const asset = /(?:src|href)="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const res = await get(asset!);
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toEqual(["public, max-age=31536000, immutable"]);
  });
});

describe("hostile input", () => {
  const browser = sharedBrowser();

  it("/claims drops hostile filter values and shows a hostile search as text", async () => {
    for (const h of HOSTILE) {
      const facets = new URLSearchParams({ character: h, verdict: h, liberty: h, scene: h, sort: h });
      const { page, context } = await open(browser(), `/claims?${facets}`);
      await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
      // Unknown values are ignored, so every claim stays on show.
      const status = await page.getByRole("status").innerText();
      const [, shown, total] = /Showing (\d+) of (\d+) claims/.exec(status) ?? [];
      expect(Number(shown), `${h}: ${status}`).toBeGreaterThan(0);
      expect(shown, h).toBe(total);
      await page.goto(`${baseUrl()}/claims?${new URLSearchParams({ q: h })}`);
      await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
      expect(await page.getByRole("searchbox").inputValue()).toBe(h.replace(/\s+/g, " ").trim());
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("main img[src='x']").count()).toBe(0);
      await context.close();
    }
  });

  it("/timeline honours only the page's own people in ?character", async () => {
    for (const h of [...HOSTILE, 'x"] *{display:none} [x="']) {
      const { page, context } = await open(browser(), `/timeline?${new URLSearchParams({ character: h })}`);
      await page.waitForFunction(() => document.querySelector(".tl-controls")?.hasAttribute("data-ready"));
      expect(await page.getByLabel("Highlight a character").inputValue(), h).toBe("");
      const styles = await page.evaluate(() => [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n"));
      expect(styles, h).not.toContain(h);
      await context.close();
    }
  });

  it("unknown paths answer 404 without echoing the path raw", async () => {
    for (const h of HOSTILE) {
      for (const prefix of ["/", "/claims/", "/characters/", "/films/"]) {
        const res = await fetch(`${baseUrl()}${prefix}${encodeURIComponent(h)}`);
        expect([400, 404]).toContain(res.status);
        const body = await res.text();
        expect(body).not.toContain(h);
        expect(body).not.toMatch(/\n\s+at [\w.<>]+ \(/);
      }
    }
  });
});

describe("the Content-Security-Policy holds in the browser", () => {
  const browser = sharedBrowser();

  for (const path of ["/", "/claims", CLAIM, "/timeline", "/no-such-page"]) {
    it(`${path} runs without a single policy violation`, async () => {
      const { page, context } = await open(browser(), path);
      const violations: string[] = [];
      const cdp = await context.newCDPSession(page);
      cdp.on("Audits.issueAdded", (e) => {
        if (e.issue.code === "ContentSecurityPolicyIssue") violations.push(JSON.stringify(e.issue.details));
      });
      await cdp.send("Audits.enable");
      await page.reload();
      await page.waitForLoadState("networkidle");
      // Exercise the interactive parts too.
      if (path === "/claims") await page.getByRole("searchbox").fill("Beria");
      await page.waitForTimeout(300);
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it("refuses an injected inline script while the page's own scripts run", async () => {
    const { page, context } = await open(browser(), "/claims");
    // The finder comes alive only when the page's scripts (all hashed inline bootstrap included) ran.
    await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    await page.getByRole("searchbox").fill("Beria");
    await expect.poll(() => page.getByRole("status").innerText()).toMatch(/Showing \d+ of/);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; blocked: string }>((resolve) => {
          document.addEventListener(
            "securitypolicyviolation",
            (e) => resolve({ ran: Boolean((window as { __injected?: number }).__injected), blocked: e.violatedDirective }),
            { once: true },
          );
          const s = document.createElement("script");
          s.textContent = "window.__injected = 1";
          document.body.append(s);
          setTimeout(() => resolve({ ran: Boolean((window as { __injected?: number }).__injected), blocked: "" }), 1000);
        }),
    );
    expect(outcome).toEqual({ ran: false, blocked: "script-src-elem" });
    await context.close();
  });
});
