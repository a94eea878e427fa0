import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import { writeShareImage } from '../sharePictures/cache.ts';
import { CheckLedger } from '../outputCheck/checkLedger.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

/** The build's worker (see client.ts): requests are handled one at a time, in the order sent. */
const port = parentPort;
if (port === null) throw new Error('src/lib/build/buildWorker.ts runs only as a worker thread');
const { own, outDir } = workerData as { own: OwnInlineCode; outDir: string };
const ledger = new CheckLedger(own);
const reply = (message: WorkerReply) => port.postMessage(message);

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'draw':
      await writeShareImage(request.key, request.text, join(outDir, request.path));
      return;
    case 'check':
      ledger.checkWritten(outDir, request.file);
      return;
    case 'settle':
      reply({ type: 'settled', check: ledger.settle(outDir, request.paths) });
      return;
  }
}

let queue = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue
    .then(() => handle(request))
    .catch((error: unknown) => reply({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});

