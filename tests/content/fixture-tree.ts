import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures");

/** A fresh copy of the good fixture tree with a bad fixture's files laid over it, removed when the test ends. */
export function treeWith(overlay?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rvr-content-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(path.join(FIXTURES, "good", "content"), dir, { recursive: true });
  if (overlay) fs.cpSync(path.join(FIXTURES, overlay, "content"), dir, { recursive: true });
  return dir;
}

export const GOOD = path.join(FIXTURES, "good", "content");
export const BAD_KINDS = fs.readdirSync(path.join(FIXTURES, "bad")).sort();
