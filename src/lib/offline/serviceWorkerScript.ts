import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { pageRevisionsPath, type PageRevisions } from './keptPages.ts';
import { messageCheckerScript } from '../messageCheck/checkerScript.ts';
import { precachedPagePaths, serviceWorkerPath } from './rules.ts';
import { filesUnder } from '../outputCheck/shippedFiles.ts';
import { addressOfBuiltFile, builtFileOf } from '../paths/builtFiles.ts';

/*
 * The service worker's file, built by the project from src/browser/serviceWorker.ts (esbuild:
 * bundled with the Workbox modules it uses, minified) once the pages are built, because the list
 * of files it stores on install carries each file's content revision: a new build that changes the
 * fraud page changes /sw.js, and the browser's update check brings the new page. Among those files
 * is the list of every page with its revision: a build that changes any page changes /sw.js, and
 * the new worker settles the pages the phone kept against it. Addresses and built files are
 * matched by src/lib/paths/builtFiles.ts, as the static host matches them.
 */

/** A file the worker stores on install, as Workbox's precache reads it. */
export interface PrecacheEntry {
  /** Its address on the site. */
  url: string;
  /** A digest of its bytes: when it changes, the worker fetches the file again. */
  revision: string;
}

/** The addresses stored on install: the fraud, checker and offline pages in each language, the checker's script and the page revisions. */
export function precachedUrls(): string[] {
  return [...precachedPagePaths(), messageCheckerScript().src, pageRevisionsPath];
}

/** The digest a file's bytes are known by; src/lib/offline/keptPages.ts computes the same in the worker. */
function revision(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Every HTML page of a built site in `outDir`, by its address, with the revision of its bytes. */
export function pageRevisionsOf(outDir: string): PageRevisions {
  return Object.fromEntries(
    filesUnder(outDir)
      .filter((path) => path.endsWith('.html'))
      .map((path) => [addressOfBuiltFile(relative(outDir, path).split(sep).join('/')), revision(readFileSync(path))]),
  );
}

/** Each address with the digest of the bytes it is served with, in the given order. */
export function precacheManifest(files: readonly { url: string; bytes: string | Uint8Array }[]): PrecacheEntry[] {
  return files.map(({ url, bytes }) => ({ url, revision: revision(bytes) }));
}

/** The manifest of a built site in `outDir`: fails, naming the file, if one of them was not built. */
export function precacheManifestOf(outDir: string, urls: readonly string[] = precachedUrls()): PrecacheEntry[] {
  return precacheManifest(
    urls.map((url) => {
      const path = join(outDir, builtFileOf(url));
      try {
        return { url, bytes: readFileSync(path) };
      } catch {
        throw new Error(`The service worker stores ${url}, but the build has no ${path}`);
      }
    }),
  );
}

const entryPoint = fileURLToPath(new URL('../../browser/serviceWorker.ts', import.meta.url));

/** The worker's code with `manifest` built in. */
export function serviceWorkerScript(manifest: readonly PrecacheEntry[]): string {
  const { outputFiles } = buildSync({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    // A classic worker script: module service workers are newer than some phones that run workers.
    format: 'iife',
    // Every browser with service workers and Cache Storage as Workbox 7 uses them.
    target: 'es2017',
    charset: 'ascii',
    legalComments: 'none',
    define: {
      PRECACHE_MANIFEST: JSON.stringify(manifest),
      // Workbox drops its development logging and assertions in production.
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    write: false,
  });
  return outputFiles?.[0]?.text ?? '';
}

/**
 * Writes the page revisions and then /sw.js, which stores them, into a built site in `outDir`;
 * returns the worker's code.
 */
export function writeServiceWorker(outDir: string): string {
  writeFileSync(join(outDir, builtFileOf(pageRevisionsPath)), JSON.stringify(pageRevisionsOf(outDir)));
  const code = serviceWorkerScript(precacheManifestOf(outDir));
  writeFileSync(join(outDir, builtFileOf(serviceWorkerPath)), code);
  return code;
}
