import { noProblems, type Rule } from '../rule.ts';
import { resourceProblem } from '../addresses.ts';
import { attribute } from '../tree.ts';

/** Open Graph and Twitter fields whose value crawlers fetch. */
const fetchedProperties = /^(og:image|og:image:url|og:image:secure_url|twitter:image|og:url|og:video|og:audio)$/;

/** What crawlers fetch for a share preview comes from the site itself. */
export const metaAddresses: Rule<'element'> = {
  name: 'metaAddresses',
  reads: 'element',
  check(element) {
    if (element.tagName !== 'meta') return noProblems;
    const property = attribute(element, 'property') ?? attribute(element, 'name') ?? '';
    const content = attribute(element, 'content');
    if (content === undefined || !fetchedProperties.test(property)) return noProblems;
    const problem = resourceProblem(content);
    return problem === undefined ? noProblems : [{ message: problem, evidence: content }];
  },
};
