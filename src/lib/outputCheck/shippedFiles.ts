import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

/*
 * Which built files the output check reads. Kept apart from the checks themselves (verifySite.ts)
 * so the build can name them without loading the parsers.
 */

/** Pages, feeds and sitemaps, calendars. */
export const checkedExtensions = ['.html', '.xml', '.ics'] as const;
export type CheckedExtension = (typeof checkedExtensions)[number];

/** Whether the output check reads a built file of this name (`en/x/index.html`, `lowongan/rss.xml`). */
export function isCheckedFile(file: string): boolean {
  return (checkedExtensions as readonly string[]).includes(extname(file));
}

/** The built files the check reads, in a stable order. */
export function shippedFiles(outDir: string): string[] {
  return filesUnder(outDir).filter(isCheckedFile);
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
