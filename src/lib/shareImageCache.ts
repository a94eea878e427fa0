import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ShareImageText } from './shareImage.ts';

/**
 * Share pictures kept between builds, keyed by their text and by the drawing code itself, so a
 * changed layout never serves an old picture. Drawing costs a few milliseconds a picture; a
 * rebuild with a handful of changes reads the rest back instead.
 */
export const shareImageCacheDir = join(process.cwd(), 'node_modules', '.cache', 'bpjstk-share-images');

/** Every file whose change changes the pictures: the drawing code, and the packages it draws with. */
const drawingFiles = [
  'src/lib/shareImageDraw.ts',
  'src/lib/shareImageFont.ts',
  'src/lib/shareImageLayout.ts',
  'src/lib/indexedPng.ts',
  'src/lib/woff.ts',
  'node_modules/@resvg/resvg-js/package.json',
  'node_modules/harfbuzzjs/package.json',
  'node_modules/@fontsource/noto-sans/package.json',
];
/** One digest of all the drawing code (~35 KB), taken once rather than hashed again for every picture. */
const drawingCodeDigest = createHash('sha256')
  .update(
    drawingFiles
      .map((file) => {
        try {
          return readFileSync(join(process.cwd(), file), 'utf8');
        } catch {
          return file;
        }
      })
      .join('\n'),
  )
  .digest('hex');

export function shareImageKey(text: ShareImageText): string {
  return createHash('sha256').update(drawingCodeDigest).update(JSON.stringify(text)).digest('hex');
}

/** Asks before reading: a cold build misses every picture, and a failed read's error costs more than the question. */
export function cachedShareImage(key: string): Uint8Array | undefined {
  const file = join(shareImageCacheDir, `${key}.png`);
  try {
    return existsSync(file) ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a picture for the next build, written under a passing name and renamed, so that no reader
 * (another build running beside this one) meets half a file. Synchronous: it runs on the build's
 * worker, where it blocks nothing, or once per picture in `npm run dev`. A cache that cannot be
 * written only means drawing again.
 */
function keepShareImage(key: string, png: Uint8Array): void {
  try {
    mkdirSync(shareImageCacheDir, { recursive: true });
    const passing = join(shareImageCacheDir, `${key}.${process.pid}-${threadId}.part`);
    writeFileSync(passing, png);
    renameSync(passing, join(shareImageCacheDir, `${key}.png`));
  } catch {
    // Drawn again next time.
  }
}

/**
 * What the build's worker does for each picture (src/lib/buildWorker/): writes it to `file`, drawn
 * unless an earlier build kept it, and keeps it for the next build.
 */
export async function writeShareImage(key: string, text: ShareImageText, file: string): Promise<void> {
  const kept = cachedShareImage(key);
  const png = kept ?? (await draw(text));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
  if (kept === undefined) keepShareImage(key, png);
}

/** The picture for `text` in `npm run dev`: from the cache when a build drew it, else drawn here and kept. */
export async function shareImagePng(text: ShareImageText): Promise<Uint8Array> {
  const key = shareImageKey(text);
  const cached = cachedShareImage(key);
  if (cached !== undefined) return cached;
  const png = await draw(text);
  keepShareImage(key, png);
  return png;
}

/** Loaded only where a picture is drawn: a build's own thread never draws, and need not carry resvg and HarfBuzz. */
async function draw(text: ShareImageText): Promise<Uint8Array> {
  const { drawShareImage } = await import('./shareImageDraw.ts');
  return drawShareImage(text);
}
