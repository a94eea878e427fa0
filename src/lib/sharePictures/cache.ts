import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ShareImageText } from './text.ts';

/**
 * Share pictures kept between builds, keyed by their text and by the drawing code itself, so a
 * changed layout never serves an old picture. Drawing costs a few milliseconds a picture; a
 * rebuild with a handful of changes reads the rest back instead.
 */
export const shareImageCacheDir = join(process.cwd(), 'node_modules', '.cache', 'bpjstk-share-images');

/** The folder of the drawing code: every file in it can change a picture. */
const drawingFolder = join(process.cwd(), 'src', 'lib', 'sharePictures');
/** The packages the pictures are drawn with, by their manifests (whose versions change with them). */
const drawingPackages = ['@resvg/resvg-js', 'harfbuzzjs', '@fontsource/noto-sans'];

/**
 * One digest of the drawing code and the packages it draws with (~35 KB), taken once rather than
 * for every picture. The folder is listed, not named file by file, so a file added to it counts;
 * a file that cannot be read stops the build: hashing anything less would serve pictures drawn by
 * older code.
 */
export function drawingCodeDigest(folder: string = drawingFolder): string {
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts')).sort();
  if (files.length === 0) throw new Error(`Share pictures: no drawing code in ${folder}`);
  const manifests = drawingPackages.map((name) => join(process.cwd(), 'node_modules', name, 'package.json'));
  const hash = createHash('sha256');
  for (const file of [...files.map((name) => join(folder, name)), ...manifests]) {
    hash.update(file.slice(process.cwd().length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

let digest: string | undefined;

export function shareImageKey(text: ShareImageText): string {
  digest ??= drawingCodeDigest();
  return createHash('sha256').update(digest).update(JSON.stringify(text)).digest('hex');
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
 * What the build's worker does for each picture (src/lib/build/): writes it to `file`, drawn
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
  const { drawShareImage } = await import('./draw.ts');
  return drawShareImage(text);
}
