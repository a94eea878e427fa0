import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareImageText } from './shareImage.ts';
import { drawShareImage } from './shareImageDraw.ts';

/**
 * Share pictures kept between builds, keyed by their text and by the drawing code itself, so a
 * changed layout never serves an old picture. Drawing costs a few milliseconds a picture; reading
 * one back costs a tenth of that.
 */
export const shareImageCacheDir = join(process.cwd(), 'node_modules', '.cache', 'bpjstk-share-images');

/** Every file whose change changes the pictures: the drawing code, and the packages it draws with. */
const drawingFiles = [
  'src/lib/shareImage.ts',
  'src/lib/shareImageDraw.ts',
  'src/lib/shareImageFont.ts',
  'src/lib/shareImageLayout.ts',
  'src/lib/indexedPng.ts',
  'src/lib/woff.ts',
  'node_modules/satori/package.json',
  'node_modules/@resvg/resvg-js/package.json',
  'node_modules/harfbuzzjs/package.json',
  'node_modules/@fontsource/noto-sans/package.json',
];
const drawingCode = drawingFiles
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

/** The picture for `text`: from the cache when an earlier build drew it, else drawn and kept. */
export async function shareImagePng(text: ShareImageText): Promise<Uint8Array> {
  const key = shareImageKey(text);
  const cached = cachedShareImage(key);
  if (cached !== undefined) return cached;
  const png = await drawShareImage(text);
  storeShareImage(key, png);
  return png;
}
