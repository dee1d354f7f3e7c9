import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { ContentError } from "./errors";
import { checkMdxSafety } from "./mdx-rules";

// The only bundleMDX call in the project. Compiled code is cached on disk by a
// hash of the body and of this key, so a rebuild with unchanged content skips
// compilation. Bump the key whenever compiler settings change.
export const COMPILER_KEY = "mdx-bundler 10.1.1 / esbuild 0.28.2 / options v1";

const CACHE_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), ".cache", "mdx");

export type CompileStats = { compiled: number; fromCache: number };
export const compileStats: CompileStats = { compiled: 0, fromCache: 0 };

/**
 * Compiles a claim body. The allow-list runs first, here as well as in the
 * content check, so that no caller can hand untrusted MDX to the compiler:
 * a body with an import, an expression or an unknown tag is refused before
 * any cache lookup or compilation, and so never becomes code that runs.
 */
export async function compileMdx(body: string, origin = "(body)"): Promise<string> {
  const unsafe = checkMdxSafety(body, { file: origin, bodyLine: 1 });
  if (unsafe.length) throw new ContentError(unsafe);
  const useCache = process.env.MDX_CACHE !== "off";
  const key = crypto.createHash("sha256").update(COMPILER_KEY).update("\0").update(body).digest("hex");
  const file = path.join(/* turbopackIgnore: true */ CACHE_DIR, `${key}.js`);
  if (useCache && fs.existsSync(/* turbopackIgnore: true */ file)) {
    compileStats.fromCache++;
    return fs.readFileSync(/* turbopackIgnore: true */ file, "utf8");
  }
  const { code } = await bundleMDX({ source: body });
  compileStats.compiled++;
  if (useCache) {
    // Write then rename, so a crash never leaves half a file in the cache.
    fs.mkdirSync(/* turbopackIgnore: true */ CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(/* turbopackIgnore: true */ tmp, code);
    fs.renameSync(/* turbopackIgnore: true */ tmp, file);
  }
  return code;
}
