import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { serviceWorkerPath } from '../lib/offline.ts';
import { precacheManifestOf, serviceWorkerScript } from '../lib/serviceWorkerScript.ts';

/**
 * After a build, writes the service worker (src/lib/serviceWorkerScript.ts) with the revisions of
 * the files it stores, read from the built site. Listed after the message checker's integration,
 * whose script file it stores. `npm run dev` has no worker: its registration fails quietly there.
 */
export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'bpjstk:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const code = serviceWorkerScript(precacheManifestOf(outDir));
        await writeFile(join(outDir, serviceWorkerPath), code);
        logger.info(`${serviceWorkerPath} written (${Buffer.byteLength(code)} B, ${brotliCompressSync(code).byteLength} B brotli)`);
      },
    },
  };
}
