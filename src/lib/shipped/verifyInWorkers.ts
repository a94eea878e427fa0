import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OwnInlineCode } from '../ownInlineCode.ts';
import type { ShippedProblem } from './problem.ts';
import { shippedFiles } from './verifySite.ts';

/**
 * `verifySite` off the build's thread. Parsing two thousand pages allocates a parse tree each;
 * on the build's own thread, whose heap by then holds the whole site, V8 let that garbage pile up
 * by ~250 MB before collecting it, which set the build's peak memory. A worker's heap stays small
 * and is collected often, and the build's thread allocates nothing while it waits.
 *
 * The worker is loaded from the project's source by path (Node runs TypeScript natively), because
 * Astro bundles this module into its config, where the worker file would not be.
 */
const workerFile = join(process.cwd(), 'src', 'lib', 'shipped', 'verifyWorker.ts');

/** The same problems as `verifySite`, in the same order, from `workers` threads sharing the files. */
export async function verifySiteInWorkers(outDir: string, own: OwnInlineCode, workers = 1): Promise<ShippedProblem[]> {
  const files = shippedFiles(outDir);
  // Every nth file, so each share gets pages, feeds and calendars alike.
  const shares = Array.from({ length: workers }, (_, index) => files.filter((_, position) => position % workers === index));
  const problems = (await Promise.all(shares.map((paths) => checkInWorker(outDir, paths, own)))).flat();
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

function checkInWorker(outDir: string, paths: string[], own: OwnInlineCode): Promise<ShippedProblem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { outDir, paths, own } });
    worker.once('message', (problems: ShippedProblem[]) => {
      resolve(problems);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the output check's worker stopped (exit ${code}) before it reported`)));
  });
}
