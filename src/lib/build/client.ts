import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import type { ShareImageText } from '../sharePictures/text.ts';
import type { SettledCheck } from '../outputCheck/checkLedger.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

/*
 * The build's second thread. While Astro writes pages on its own thread, this one draws the share
 * pictures and checks each file Astro has written (src/lib/outputCheck/checkLedger.ts), work that used
 * to wait its turn on the build's thread or run after it. One worker for both: a thread costs
 * ~45 MB of its own before it does anything, and memory is the tighter budget on a small machine.
 *
 * The worker is found through a process-wide registry because the pages that ask for pictures run
 * from Astro's bundle, a different copy of this module from the one the integration loaded.
 */

/** Found by path, because Astro bundles the integration into its config, where the worker's file would not be. */
const workerSource = join(process.cwd(), 'src', 'lib', 'build', 'buildWorker.ts');
const workerFile = join(process.cwd(), 'node_modules', '.cache', 'bpjstk-build-worker', 'worker.mjs');

/**
 * The worker's own code as one JavaScript file, packages left to Node; its path once written.
 * Node could run the TypeScript sources itself, but stripping types costs the worker a compiler
 * of its own: about 25 MB and a second of a core, on a machine that has two. Started when the
 * build starts, it is ready long before the first page.
 */
export async function bundleBuildWorker(): Promise<string> {
  const { outputFiles } = await build({ entryPoints: [workerSource], outfile: workerFile, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node22', logLevel: 'error', write: false });
  // Written under a passing name and renamed: builds running side by side (the tests') share the file.
  const passing = `${workerFile}.${process.pid}.part`;
  await mkdir(dirname(workerFile), { recursive: true });
  await writeFile(passing, outputFiles[0]?.contents ?? '');
  await rename(passing, workerFile);
  return workerFile;
}

const registry = Symbol.for('bpjstk.buildWorker');

export class BuildWorker {
  #worker: Worker | undefined;
  readonly #own: OwnInlineCode;
  readonly #outDir: string;
  readonly #file: string;
  /** Requests made before the thread started, sent when it does. */
  #waiting: WorkerRequest[] = [];
  readonly #pictures = new Set<string>();
  #settled: PromiseWithResolvers<SettledCheck> | undefined;
  #failure: Error | undefined;

  /** `file` is the worker's code (`bundleBuildWorker`); the thread starts with `begin`. */
  constructor(own: OwnInlineCode, outDir: string, file: string) {
    this.#own = own;
    this.#outDir = outDir;
    this.#file = file;
  }

  /** Starts the thread, which then handles every request made so far. */
  begin(): void {
    if (this.#worker !== undefined) return;
    const worker = new Worker(this.#file, {
      workerData: { own: this.#own, outDir: this.#outDir },
      // Parse trees and pictures live for a moment: a small young generation is collected often and
      // keeps the thread's memory small. The old generation is ample for any page.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
    });
    this.#worker = worker;
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.#receive(reply));
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => this.#fail(new Error(`the build's worker stopped (exit ${code})`)));
    for (const request of this.#waiting) this.#post(request);
    this.#waiting = [];
  }

  /** Asks for a picture to be drawn (or taken from the cache) and written to `path` under the output folder. */
  drawShareImage(key: string, text: ShareImageText, path: string): void {
    if (this.#pictures.has(path)) return;
    this.#pictures.add(path);
    this.#send({ type: 'draw', key, text, path });
  }

  /** Has the worker check a file the build has written, `file` being its path under the output folder. */
  checkWritten(file: string): void {
    if (this.#failure !== undefined) return;
    this.#post({ type: 'check', file });
  }

  /** The check of the shipped files `paths` (under the output folder), once the worker has checked all it was sent. */
  settle(paths: readonly string[]): Promise<SettledCheck> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    this.#settled = Promise.withResolvers();
    this.#send({ type: 'settle', paths }, true);
    return this.#settled.promise;
  }

  async stop(): Promise<void> {
    this.#worker?.removeAllListeners('exit');
    await this.#worker?.terminate();
  }

  #send(request: WorkerRequest, owesReply = false): void {
    if (this.#failure !== undefined) throw this.#failure;
    if (owesReply) {
      this.begin();
      this.#worker?.ref();
    }
    this.#post(request);
  }

  #post(request: WorkerRequest): void {
    if (this.#worker === undefined) this.#waiting.push(request);
    else this.#worker.postMessage(request);
  }

  #receive(reply: WorkerReply): void {
    this.#worker?.unref();
    if (reply.type === 'settled') this.#settled?.resolve(reply.check);
    else this.#fail(new Error(reply.message));
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#settled?.reject(this.#failure);
    this.#worker?.unref();
  }
}

type Registry = typeof globalThis & { [registry]?: BuildWorker };

/** The build's worker, when a build is running one. */
export function activeBuildWorker(): BuildWorker | undefined {
  return (globalThis as Registry)[registry];
}

export function startBuildWorker(own: OwnInlineCode, outDir: string, file: string): BuildWorker {
  const worker = new BuildWorker(own, outDir, file);
  (globalThis as Registry)[registry] = worker;
  return worker;
}

export async function stopBuildWorker(): Promise<void> {
  const worker = activeBuildWorker();
  delete (globalThis as Registry)[registry];
  await worker?.stop();
}
