import { parentPort, workerData } from 'node:worker_threads';
import type { OwnInlineCode } from '../ownInlineCode.ts';
import { checkShippedFiles } from './verifySite.ts';

/** The output check (or a share of it) on its own thread; see verifyInWorkers.ts. */
const { outDir, paths, own } = workerData as { outDir: string; paths: string[]; own: OwnInlineCode };
parentPort?.postMessage(checkShippedFiles(outDir, paths, own));
