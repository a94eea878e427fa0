import { claimEntries } from '../../config/claims.ts';
import { editorText } from '../editorMessages.ts';
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
      message: editorText('claimUnconfirmed', { sourced: claim.source !== undefined, item: claim.toConfirm ?? id }),
    }));
}
