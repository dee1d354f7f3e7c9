// Runs the framework's scripts after the first contentful paint, not before it.
//
// Next writes its chunks as <script async> in the head. Served from nearby they
// arrive, and run (about 50 ms of hydration on a fast machine, four times that
// on a phone), while the browser is still laying out the page, so the first
// frame is presented only after them. Every page here is complete HTML that
// reads without JavaScript, so the reader loses nothing when the scripts wait
// for the first paint; and measured on a slow phone, the claim's summary (the
// largest text) stops waiting for 140 KiB of script to download and run.
//
// deferBootstrap() rewrites one prerendered page: the async chunks and Next's
// script preload leave the head, and one small inline script adds the chunks
// when the paint timeline reports the first contentful paint (or, where the
// browser has no paint timing or the page loads in a background tab, at the
// load event). They are not preloaded either: a download that finishes before
// the paint competes with it for a slow connection, and Lighthouse counts it. Inline scripts, the RSC payload and
// the noModule polyfill are left alone; the runtime reads the payload when it
// starts, as it would have after a slow download.
//
// dropBootstrap() goes further, for pages with no island of React (decided by
// lib/site/islands.cjs from the build's own manifests): the chunks, Next's
// runtime registration, the RSC payload (a second copy of the page, as data)
// and the legacy polyfill all leave the page, which keeps only its HTML, its
// data for search engines and the site's small inline page script.
// CommonJS so the build scripts (plain Node) and the tests can both use it.
const fs = require("node:fs");
const path = require("node:path");
const { routeOfServerHtml } = require("./csp-hashes.cjs");

const MARK = "data-deferred-bootstrap";
const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="([^"]+)"\/>/g;

/** The loader, as an inline script; `srcs` in the order Next wrote them. */
function loaderScript(srcs) {
  const list = JSON.stringify(srcs).replace(/</g, "\\u003c");
  return (
    `<script ${MARK}="">(function(){var s=${list},d=0;` +
    `function go(){if(d)return;d=1;for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;document.head.appendChild(e)}}` +
    `var P=window.PerformanceObserver,t=P&&P.supportedEntryTypes||[];` +
    `if(t.indexOf("paint")>=0)new P(function(l,o){l.getEntries().forEach(function(x){if(x.name==="first-contentful-paint"){o.disconnect();setTimeout(go,0)}})}).observe({type:"paint",buffered:true});` +
    `addEventListener("load",function(){if(t.indexOf("paint")<0||document.visibilityState==="hidden")go()});` +
    `})()</script>`
  );
}

/**
 * The page with its framework chunks deferred until after the first contentful
 * paint. A page without async chunks, or one already rewritten, is returned as it was.
 */
function deferBootstrap(html) {
  if (html.includes(MARK)) return html;
  const srcs = [];
  const take = (_, src) => {
    if (!srcs.includes(src)) srcs.push(src);
    return "";
  };
  const rewritten = html.replace(SCRIPT_PRELOAD, take).replace(ASYNC_SCRIPT, take);
  if (srcs.length === 0) return html;
  const end = rewritten.lastIndexOf("</body>");
  if (end < 0) throw new Error("deferBootstrap: the page has no </body>");
  return rewritten.slice(0, end) + loaderScript(srcs) + rewritten.slice(end);
}

// What a page without islands loses. React escapes "<" inside the payload, so
// the first </script> after each opening tag is its own.
const FRAMEWORK_INLINE = [
  /<script>\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\([\s\S]*?<\/script>/g,
  /<script>self\.__next_f\.push\([\s\S]*?<\/script>/g,
  /<script id="_R_">[\s\S]*?<\/script>/g,
  /<script src="[^"]+" noModule=""><\/script>/g,
  new RegExp(`<script ${MARK}="">[\\s\\S]*?<\\/script>`, "g"),
];

/** The page with every framework script taken out (for pages without islands). */
function dropBootstrap(html) {
  let out = html.replace(SCRIPT_PRELOAD, "").replace(ASYNC_SCRIPT, "");
  for (const pattern of FRAMEWORK_INLINE) out = out.replace(pattern, "");
  return out;
}

/**
 * Rewrites every prerendered page (.html) under dir in place: pages that need
 * the framework (needsFramework(urlPath)) get it after the first paint, the
 * others lose it. Returns how many pages of each kind changed.
 */
function deferBootstrapTree(dir, needsFramework = () => true) {
  const changed = { deferred: 0, dropped: 0 };
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith(".html")) {
        const file = path.join(dir, child);
        const html = fs.readFileSync(file, "utf8");
        const keep = needsFramework(routeOfServerHtml(child));
        const out = keep ? deferBootstrap(html) : dropBootstrap(html);
        if (out !== html) {
          fs.writeFileSync(file, out);
          changed[keep ? "deferred" : "dropped"]++;
        }
      }
    }
  };
  walk("");
  return changed;
}

module.exports = { deferBootstrap, dropBootstrap, deferBootstrapTree, DEFERRED_BOOTSTRAP_MARK: MARK };
