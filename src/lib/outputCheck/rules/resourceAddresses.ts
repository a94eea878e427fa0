import { noProblems, type Problem, type Rule } from '../rule.ts';
import { resourceProblem } from '../addresses.ts';
import { isLoadedAddress } from '../tree.ts';

/** What a browser loads by itself (an image and each of its `srcset` candidates, a stylesheet, an icon) comes from the site itself. */
export const resourceAddresses: Rule<'attribute'> = {
  name: 'resourceAddresses',
  reads: 'attribute',
  check(name, value, element) {
    if (name === 'srcset' || name === 'imagesrcset') return value.split(',').flatMap((candidate) => problemOf(candidate.trim().split(/\s+/)[0] ?? ''));
    return isLoadedAddress(element, name) ? problemOf(value) : noProblems;
  },
};

function problemOf(url: string): readonly Problem[] {
  const problem = resourceProblem(url);
  return problem === undefined ? noProblems : [{ message: problem, evidence: url }];
}
