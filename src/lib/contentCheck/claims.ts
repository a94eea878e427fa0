import { claimEntries } from '../../config/claims.ts';
import { editorMessage } from '../content/editorMessages.ts';
import type { ContentProblem } from './problems.ts';

/*
 * The claims the agency has not yet confirmed (src/config/claims.ts), as warnings for
 * `npm run check:content`: they do not stop a build, but the team sees them every time it checks.
 */

const registerFile = 'src/config/claims.ts';

/** One warning per claim not yet confirmed, naming the item of the editor guide's list that covers it. */
export function unconfirmedClaimWarnings(): ContentProblem[] {
  return claimEntries
    .filter(([, claim]) => !claim.confirmed)
    .map(([id, claim]) => ({
      file: registerFile,
      line: undefined,
      field: id,
      message: editorMessage(
        `peringatan: klaim ini belum dipastikan BPJS Ketenagakerjaan${claim.source === undefined ? ' dan belum bersumber, sehingga tidak ditampilkan' : ''}; lihat "${claim.toConfirm ?? id}" dalam content/README.md`,
        `warning: BPJS Ketenagakerjaan has not confirmed this claim${claim.source === undefined ? ', and it has no source, so it is not shown' : ''}; see "${claim.toConfirm ?? id}" in content/README.md`,
      ),
    }));
}
