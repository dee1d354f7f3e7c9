import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { compileMdx } from "@/lib/content/mdx";
import { treeWith } from "./fixture-tree";

// Every way MDX can carry code, each with a command that leaves a marker file
// if it ever runs. The check, the loader (which compiles) and the compiler on
// its own must refuse them all, and the marker must never appear.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rvr-hostile-"));
const marker = path.join(tmp, "ran");
const RUN = `process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "x")`;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FILM = '<InTheFilm>\n\nThe film shows it.<Cite id="doc-a" />\n\n</InTheFilm>';
const RECORD = '<InTheRecord>\n\nThe record says so.<Cite id="book-b" />\n\n</InTheRecord>';

const HOSTILE: Record<string, string> = {
  "attribute expression on a section tag": `<InTheFilm data-x={${RUN}}>\n\nText.<Cite id="doc-a" />\n\n</InTheFilm>\n\n${RECORD}`,
  "spread attribute on a section tag": `${FILM}\n\n<InTheRecord {...(${RUN})}>\n\nText.<Cite id="book-b" />\n\n</InTheRecord>`,
  "flow expression": `${FILM}\n\n<InTheRecord>\n\n{${RUN}}\n\nText.<Cite id="book-b" />\n\n</InTheRecord>`,
  "text expression": `${FILM}\n\n<InTheRecord>\n\nText {${RUN}} more.<Cite id="book-b" />\n\n</InTheRecord>`,
  "expression at the top level": `{${RUN}}\n\n${FILM}\n\n${RECORD}`,
  "ESM import": `import fs from "node:fs"\n\n${FILM}\n\n${RECORD}`,
  "ESM export": `export const x = ${RUN}\n\n${FILM}\n\n${RECORD}`,
  "default export (a layout)": `export default function Layout() { ${RUN}; return null }\n\n${FILM}\n\n${RECORD}`,
  "Cite id expression": `${FILM}\n\n<InTheRecord>\n\nText.<Cite id={${RUN}} /><Cite id="book-b" />\n\n</InTheRecord>`,
  "Cite locator expression": `${FILM}\n\n<InTheRecord>\n\nText.<Cite id="book-b" at={${RUN}} />\n\n</InTheRecord>`,
  "Cite spread": `${FILM}\n\n<InTheRecord>\n\nText.<Cite id="book-b" {...(${RUN})} />\n\n</InTheRecord>`,
  "JSX inside an attribute": `${FILM}\n\n<InTheRecord>\n\nText.<Cite id="book-b" at=<b>{${RUN}}</b> />\n\n</InTheRecord>`,
  "unknown tag with an expression": `${FILM}\n\n<InTheRecord>\n\nText <b onClick={${RUN}}>bold</b>.<Cite id="book-b" />\n\n</InTheRecord>`,
  fragment: `${FILM}\n\n<InTheRecord>\n\n<>{${RUN}}</>\n\nText.<Cite id="book-b" />\n\n</InTheRecord>`,
  "member tag": `${FILM}\n\n<InTheRecord>\n\n<a.b x={${RUN}} />\n\nText.<Cite id="book-b" />\n\n</InTheRecord>`,
  "expression in a link's text": `${FILM}\n\n<InTheRecord>\n\n[see {${RUN}}](https://example.org/)<Cite id="book-b" />\n\n</InTheRecord>`,
  "expression in a list inside a section": `${FILM}\n\n<InTheRecord>\n\n- item {${RUN}}\n\nText.<Cite id="book-b" />\n\n</InTheRecord>`,
  "section tag nested in a quote, with an expression": `${FILM}\n\n<InTheRecord>\n\n> <SourcesDisagree x={${RUN}}>q</SourcesDisagree>\n\nText.<Cite id="book-b" />\n\n</InTheRecord>`,
};

function render(code: string) {
  const Body = getMDXComponent(code);
  const pass = ({ children }: { children?: unknown }) => createElement("div", null, children as never);
  const components = { InTheFilm: pass, InTheRecord: pass, SourcesDisagree: pass, Cite: () => null };
  try {
    renderToStaticMarkup(createElement(Body, { components }));
  } catch {
    // A hostile body may also break rendering; what matters is whether the marker ran.
  }
}

function treeWithBody(body: string): string {
  const root = treeWith();
  const file = path.join(root, "films/test-film/claims/first-claim.mdx");
  const text = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, `${text.slice(0, text.indexOf("---", 4) + 4)}\n${body}\n`);
  return root;
}

describe("no code in a claim body ever runs", () => {
  it("the marker command runs when MDX is compiled and rendered without the allow-list (so the test can fail)", async () => {
    const { code } = await bundleMDX({ source: HOSTILE["attribute expression on a section tag"] });
    render(code);
    expect(fs.existsSync(marker)).toBe(true);
    fs.rmSync(marker);
  });

  for (const [kind, body] of Object.entries(HOSTILE)) {
    it(`refuses ${kind} in the check, the loader and the compiler`, async () => {
      const root = treeWithBody(body);
      try {
        // If the loader ever accepted it, render what it compiled, as a page build would.
        const err = await loadContent(root).then(
          (site) => {
            for (const c of site.claims) render(c.code);
          },
          (e: unknown) => e,
        );
        expect(fs.existsSync(marker), "the marker command ran").toBe(false);
        expect(err, "the loader accepted it").toBeInstanceOf(ContentError);
        expect((err as ContentError).message).toMatch(/first-claim\.mdx → body/);
        await expect(compileMdx(body)).rejects.toBeInstanceOf(ContentError);
        expect(fs.existsSync(marker)).toBe(false);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }

  it("the content check names every hostile file in one run, exits 1 and runs none of them", () => {
    const root = treeWith();
    const claims = path.join(root, "films/test-film/claims");
    const template = fs.readFileSync(path.join(claims, "first-claim.mdx"), "utf8");
    const frontmatter = template.slice(0, template.indexOf("---", 4) + 4);
    const names = Object.keys(HOSTILE).map((_, i) => `hostile-${i + 1}`);
    Object.values(HOSTILE).forEach((body, i) => {
      fs.writeFileSync(path.join(claims, `${names[i]}.mdx`), `${frontmatter}\n${body}\n`);
    });
    let out = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts", root], { encoding: "utf8", stdio: "pipe", timeout: 60_000 });
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      status = err.status;
      out = err.stderr + err.stdout;
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    expect(status).toBe(1);
    for (const name of names) expect(out).toContain(`${name}.mdx → body`);
    expect(out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(fs.existsSync(marker)).toBe(false);
  }, 90_000);
});
