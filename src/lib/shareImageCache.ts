import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareImageText } from './shareImage.ts';

/**
 * Share pictures kept between builds, keyed by their text and by the drawing code itself, so a
 * changed layout never serves an old picture. A thousand positions cost ~12 s to draw; a rebuild
 * with a handful of changes then draws only those.
 */
export const shareImageCacheDir = join(process.cwd(), 'node_modules', '.cache', 'bpjstk-share-images');
const drawingCode = ['src/lib/shareImage.ts', 'node_modules/satori/package.json', 'node_modules/@resvg/resvg-js/package.json']
  .map((file) => {
    try {
      return readFileSync(join(process.cwd(), file), 'utf8');
    } catch {
      return file;
    }
  })
  .join('\n');

export function shareImageKey(text: ShareImageText): string {
  return createHash('sha256').update(drawingCode).update(JSON.stringify(text)).digest('hex');
}

export function cachedShareImage(key: string): Uint8Array | undefined {
  try {
    return readFileSync(join(shareImageCacheDir, `${key}.png`));
  } catch {
    return undefined;
  }
}

export function storeShareImage(key: string, png: Uint8Array): void {
  mkdirSync(shareImageCacheDir, { recursive: true });
  writeFileSync(join(shareImageCacheDir, `${key}.png`), png);
}
