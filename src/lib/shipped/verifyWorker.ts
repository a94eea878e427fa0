import { parentPort, workerData } from 'node:worker_threads';
import type { OwnInlineCode } from '../ownInlineCode.ts';
import { checkShippedFiles } from './verifySite.ts';

/** One share of the output check on its own thread; see verifyInParallel.ts. */
const { outDir, paths, own } = workerData as { outDir: string; paths: string[]; own: OwnInlineCode };
parentPort?.postMessage(checkShippedFiles(outDir, paths, own));
