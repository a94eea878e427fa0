import { isSourcedClaim } from '../../../config/claims.ts';
import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';

/** A sentence marked as the agency's claim (`data-claim`) is one the claims register gives a source. */
export const sourcedClaims: Rule<'attribute'> = {
  name: 'sourcedClaims',
  reads: 'attribute',
  check(name, value) {
    if (name !== 'data-claim' || isSourcedClaim(value)) return noProblems;
    return [{ message: editorText('unsourcedClaim', { claim: value }), evidence: `data-claim="${value}"` }];
  },
};
