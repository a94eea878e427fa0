import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';
import { attribute } from '../tree.ts';

/** No `<meta http-equiv>`: a refresh sends readers elsewhere, and the site sets its headers on the server. */
export const metaHttpEquiv: Rule<'element'> = {
  name: 'metaHttpEquiv',
  reads: 'element',
  check(element) {
    if (element.tagName !== 'meta') return noProblems;
    const value = attribute(element, 'http-equiv');
    if (value === undefined) return noProblems;
    return [{ message: editorText('metaHttpEquiv', { value }), evidence: attribute(element, 'content') ?? value }];
  },
};
