import type { ShareImageText } from '../sharePictures/text.ts';
import { shareImageKey } from '../sharePictures/cache.ts';
import { activeBuildWorker } from './client.ts';

/*
 * The share pictures' way onto the build's worker, apart from the worker's client so that neither
 * the integration (which loads the client with the config) nor the worker (which loads the
 * picture cache) loads the other's half.
 */

/**
 * In a build with a worker, hands it the pictures to draw and write while the pages are written,
 * and returns true: Astro then writes none of them itself, saving it a route for each. Without a
 * worker (`npm run dev`), returns false and Astro asks for each picture as it is needed.
 */
export function writeShareImagesOffThread(pictures: readonly { path: string; text: ShareImageText }[]): boolean {
  const worker = activeBuildWorker();
  if (worker === undefined) return false;
  for (const { path, text } of pictures) worker.drawShareImage(shareImageKey(text), text, path);
  return true;
}
