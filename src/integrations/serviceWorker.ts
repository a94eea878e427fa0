import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { serviceWorkerPath } from '../lib/offline/rules.ts';
import { writeServiceWorker } from '../lib/offline/serviceWorkerScript.ts';

/**
 * After a build, writes the service worker (src/lib/offline/serviceWorkerScript.ts) with the revisions of
 * the files it stores, read from the built site, among them the revisions of every page. Listed
 * after the message checker's integration, whose script file it stores. `npm run dev` has no worker: its registration fails quietly there.
 */
export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'bpjstk:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const code = writeServiceWorker(fileURLToPath(dir));
        logger.info(`${serviceWorkerPath} written (${Buffer.byteLength(code)} B, ${brotliCompressSync(code).byteLength} B brotli)`);
      },
    },
  };
}
