import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './sites.ts';

/*
 * A checkout of the project of its own, for a build that may run beside another. Astro keeps its
 * content cache in node_modules/.astro and reads that file back after writing it, so a build of
 * other content that writes the same file in between hands the first build the other's pages (two
 * `astro build`s started a second apart in one project did this: the fixture site's build shipped
 * the valid set's one position, and succeeded). A checkout holds the project's own files (no tests,
 * history, output or caches) and links each installed package, so Astro's and Vite's caches are its
 * own, while node_modules/.cache is the project's: its caches (share pictures, the build worker's
 * bundle) are written for builds side by side.
 */

/** Top-level entries a build does not read, or must not share. */
const notCopied = /^(node_modules|\.git|\.astro|dist|dist-editor|tests|\.bench|\.env(\..*)?|\.dist-(staging|previous)-.*)$/;
/** Entries of node_modules that are Astro's and Vite's caches, each checkout's own. */
const ownCaches = new Set(['.astro', '.vite', '.vite-temp']);

const made: string[] = [];

/** A fresh checkout in a temporary folder; removeCheckouts deletes it. */
export function projectCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'bpjstk-checkout-'));
  made.push(root);
  for (const entry of readdirSync(projectRoot)) {
    if (!notCopied.test(entry)) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  const modules = join(projectRoot, 'node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!ownCaches.has(entry)) symlinkSync(join(modules, entry), join(root, 'node_modules', entry));
  }
  return root;
}

/** Deletes every checkout this process made. */
export function removeCheckouts(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
