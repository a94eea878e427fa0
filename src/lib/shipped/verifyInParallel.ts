import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OwnInlineCode } from '../ownInlineCode.ts';
import type { ShippedProblem } from './problem.ts';
import { checkShippedFiles, shippedFiles } from './verifySite.ts';

/**
 * `verifySite` on every core: parsing two thousand pages takes seconds on one. The build's own
 * thread checks a share too (it only waits otherwise), so one core needs no worker at all, and
 * each worker costs only the parsers it loads.
 *
 * The worker is loaded from the project's source by path (Node runs TypeScript natively), because
 * Astro bundles this module into its config, where the worker file would not be.
 */
const workerFile = join(process.cwd(), 'src', 'lib', 'shipped', 'verifyWorker.ts');

/**
 * The same problems as `verifySite`, in the same order. `filesPerThread`: below this many files
 * per thread, a worker costs more to start than it saves.
 */
export async function verifySiteInParallel(
  outDir: string,
  own: OwnInlineCode,
  { threads = availableParallelism(), filesPerThread = 300 } = {},
): Promise<ShippedProblem[]> {
  const files = shippedFiles(outDir);
  const shares = Math.max(1, Math.min(threads, Math.floor(files.length / filesPerThread)));
  // Every nth file, so each share gets pages, feeds and calendars alike.
  const share = (index: number) => files.filter((_, position) => position % shares === index);
  const fromWorkers = Array.from({ length: shares - 1 }, (_, index) => checkInWorker(outDir, share(index + 1), own));
  const here = checkShippedFiles(outDir, share(0), own);
  const problems = [here, ...(await Promise.all(fromWorkers))].flat();
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
