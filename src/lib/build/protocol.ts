import type { ShareImageText } from '../sharePictures/text.ts';
import type { SettledCheck } from '../outputCheck/checkLedger.ts';

/** What the build's thread asks of its worker (src/lib/build/), handled in the order sent. */
export type WorkerRequest =
  /** Draw (or take from the cache) the picture for `text` and write it to `path` under the output folder. */
  | { type: 'draw'; key: string; text: ShareImageText; path: string }
  /** Check the file `file`, under the output folder, which the build has just written. */
  | { type: 'check'; file: string }
  | { type: 'settle'; paths: readonly string[] };

/** Its answers: one to each `settle`, and `failed` if anything went wrong. */
export type WorkerReply =
  | { type: 'settled'; check: SettledCheck }
  | { type: 'failed'; message: string };
