import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures");

/** A fresh copy of the good fixture tree with a bad fixture's files laid over it, removed when the test ends. */
export function treeWith(overlay?: string): string {
  const dir = makeTree(overlay);
  onTestFinished(() => removeTree(dir));
  return dir;
}

/** The same copy for a whole file's tests (made at module level, where no test is running): remove it with removeTree in afterAll. */
export function makeTree(overlay?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rvr-content-"));
  fs.cpSync(path.join(FIXTURES, "good", "content"), dir, { recursive: true });
  if (overlay) fs.cpSync(path.join(FIXTURES, overlay, "content"), dir, { recursive: true });
  return dir;
}

export function removeTree(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export const GOOD = path.join(FIXTURES, "good", "content");
export const BAD_KINDS = fs.readdirSync(path.join(FIXTURES, "bad")).sort();
