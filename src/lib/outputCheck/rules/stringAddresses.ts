import { noProblems, type Rule } from '../rule.ts';
import { looksLikeAddress, navigationProblem } from '../addresses.ts';

/** An address in structured output is a link search engines and calendar apps show: held to the link policy. */
export const stringAddresses: Rule<'string'> = {
  name: 'stringAddresses',
  reads: 'string',
  check(value) {
    if (!looksLikeAddress(value)) return noProblems;
    const problem = navigationProblem(value.trim());
    return problem === undefined ? noProblems : [{ message: problem, evidence: value.trim() }];
  },
};
