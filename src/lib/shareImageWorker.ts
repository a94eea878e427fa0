import { parentPort } from 'node:worker_threads';
import { renderShareImage, type ShareImageText } from './shareImage.ts';

/** One share-picture renderer thread; see shareImagePool.ts. */
parentPort?.on('message', async ({ id, text }: { id: number; text: ShareImageText }) => {
  try {
    parentPort?.postMessage({ id, png: await renderShareImage(text) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
