import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import type { ShippedProblem } from './problem.ts';
import { isCheckedFile } from './shippedFiles.ts';
import { checkShippedText } from './verifySite.ts';

/*
 * The output check, done while the pages are being written instead of after. Each file is checked
 * with `checkWritten` as soon as the build has written it; at the end, `settle` reads every file
 * that ships and trusts an earlier result only for the very bytes it checked under the very same
 * name. A file written by something else, changed after it was checked, or not announced is
 * checked then. So the guarantee is about what ships, whatever the order of events.
 */

export interface SettledCheck {
  problems: ShippedProblem[];
  /** Files whose bytes had been checked while the build wrote them. */
  checkedEarly: number;
  /** Files read and checked only at the end. */
  checkedAtEnd: number;
}

const keyOf = (file: string, bytes: Uint8Array) => `${file}\0${createHash('sha256').update(bytes).digest('hex')}`;

export class CheckLedger {
  readonly #own: OwnInlineCode;
  readonly #checked = new Map<string, ShippedProblem[]>();
  readonly #decoder = new TextDecoder();

  constructor(own: OwnInlineCode) {
    this.#own = own;
  }

  /** Checks the file `file` under `outDir` as it is now. A file that is not there is left to `settle`. */
  checkWritten(outDir: string, file: string): void {
    if (!isCheckedFile(file)) return;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(outDir, file));
    } catch {
      return;
    }
    this.#checked.set(keyOf(file, bytes), checkShippedText(file, this.#decoder.decode(bytes), this.#own));
  }

  /** The problems of the shipped files `paths` (absolute, under `outDir`), in their order. */
  settle(outDir: string, paths: readonly string[]): SettledCheck {
    const settled: SettledCheck = { problems: [], checkedEarly: 0, checkedAtEnd: 0 };
    for (const path of paths) {
      const file = relative(outDir, path).split(sep).join('/');
      const bytes = readFileSync(path);
      const early = this.#checked.get(keyOf(file, bytes));
      if (early === undefined) settled.checkedAtEnd += 1;
      else settled.checkedEarly += 1;
      settled.problems.push(...(early ?? checkShippedText(file, this.#decoder.decode(bytes), this.#own)));
    }
    return settled;
  }
}
