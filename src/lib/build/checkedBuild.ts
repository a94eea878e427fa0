import type { AstroPrerenderer } from 'astro';
import { ownInlineCode } from '../security/ownInlineCode.ts';
import type { SettledCheck } from '../outputCheck/checkLedger.ts';
import { shippedFiles } from '../outputCheck/shippedFiles.ts';
import { activeBuildWorker, bundleBuildWorker, startBuildWorker, stopBuildWorker } from './client.ts';
import { prerendererWithWorker } from './prerenderer.ts';
import { renderingAhead } from './renderAhead.ts';

/*
 * The output check during `astro build`: each file Astro renders is checked on the build's worker
 * while the next is written (prerenderer.ts), the pages being rendered a little ahead of Astro
 * (renderAhead.ts); after the build, every shipped file is read back, and any whose bytes were not
 * checked as they are, such as the sitemap, is checked then (src/lib/outputCheck/checkLedger.ts).
 */

export class CheckedBuild {
  readonly #outDir: string;
  readonly #workerFile: Promise<string>;
  #ahead: ReturnType<typeof renderingAhead> | undefined;

  /** Starts bundling the worker's code, for a build into `outDir`. */
  constructor(outDir: string) {
    this.#outDir = outDir;
    this.#workerFile = bundleBuildWorker();
    // Its failure fails the build when the first page waits for it, not here, unhandled.
    this.#workerFile.catch(() => undefined);
  }

  /** Astro's prerenderer `astro`, rendering ahead, with the worker beside it: for `setPrerenderer`. */
  prerenderer(astro: AstroPrerenderer): AstroPrerenderer {
    // The worker sees the pages in Astro's order; the pages themselves are rendered a little ahead of it.
    const ahead = renderingAhead(astro);
    this.#ahead = ahead;
    return prerendererWithWorker(ahead, async () => startBuildWorker(ownInlineCode(), this.#outDir, await this.#workerFile));
  }

  /** How many files were rendered ahead, for the build's log, if Astro used the prerenderer. */
  renderedAheadLine(): string | undefined {
    if (this.#ahead === undefined) return undefined;
    const count = this.#ahead.count();
    return `${count.ahead} of ${count.ahead + count.asked} files rendered while Astro wrote the one before`;
  }
}

/**
 * The check of every shipped file under `outDir` once the build is done, in the build's worker,
 * which then stops; `files` is how many were read.
 */
export async function settleOutputCheck(outDir: string): Promise<{ files: number; check: SettledCheck }> {
  const paths = shippedFiles(outDir);
  const worker = activeBuildWorker();
  const check = await (worker === undefined ? checkHere(outDir, paths) : worker.settle(paths)).finally(stopBuildWorker);
  return { files: paths.length, check };
}

/** Without the worker (a build whose prerenderer is not Astro's own): the whole check, after the build, on this thread. */
async function checkHere(outDir: string, paths: readonly string[]): Promise<SettledCheck> {
  const { CheckLedger } = await import('../outputCheck/checkLedger.ts');
  return new CheckLedger(ownInlineCode()).settle(outDir, paths);
}
