import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of a build, as paths relative to its root with forward slashes, sorted. */
export function htmlPages(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
    });
  return existsSync(root) ? walk(root).sort() : [];
}
