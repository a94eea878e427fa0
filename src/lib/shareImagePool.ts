import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareImageText } from './shareImage.ts';
import { cachedShareImage, shareImageKey, storeShareImage } from './shareImageCache.ts';

/**
 * Renders share pictures on every core. Astro asks for one picture at a time; at ~20 ms each, a
 * thousand positions would spend most of the build drawing them on one core. `renderAll` takes
 * what it can from the cache between builds and hands every other picture to the workers at once.
 *
 * The worker is loaded from the project's source by path (Node runs TypeScript natively), because
 * Astro bundles this module into its build output, where the worker file would not be.
 */
const workerFile = join(process.cwd(), 'src', 'lib', 'shareImageWorker.ts');

interface Job {
  id: number;
  text: ShareImageText;
}

/** One promise per text, in order: pictures from the cache at once, the others from the workers. */
export function renderAll(texts: readonly ShareImageText[]): Promise<Uint8Array>[] {
  const keys = texts.map(shareImageKey);
  const cached = keys.map(cachedShareImage);
  const missing = texts.flatMap((text, index) => (cached[index] === undefined ? [{ index, text }] : []));
  const drawn = drawInWorkers(missing.map(({ text }) => text));
  const byIndex = new Map(missing.map(({ index }, order) => [index, drawn[order]]));
  return texts.map(async (_, index) => {
    const hit = cached[index];
    if (hit !== undefined) return hit;
    const png = await (byIndex.get(index) ?? Promise.reject(new Error('share picture was not drawn')));
    storeShareImage(keys[index] ?? '', png);
    return png;
  });
}

function drawInWorkers(texts: readonly ShareImageText[], size = Math.min(availableParallelism(), texts.length)): Promise<Uint8Array>[] {
  const queue: Job[] = texts.map((text, id) => ({ id, text }));
  const settle = texts.map(() => {
    let resolve!: (png: Uint8Array) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<Uint8Array>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    return { promise, resolve, reject };
  });
  for (let index = 0; index < size; index += 1) {
    const worker = new Worker(workerFile);
    const next = () => {
      const job = queue.shift();
      if (job === undefined) void worker.terminate();
      else worker.postMessage(job);
    };
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      if (png !== undefined) settle[id]?.resolve(png);
      else settle[id]?.reject(new Error(error ?? 'share picture failed'));
      next();
    });
    worker.on('error', (error) => {
      for (const pending of settle) pending.reject(error);
    });
    next();
  }
  return settle.map(({ promise }) => promise);
}
