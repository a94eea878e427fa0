import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';
import { evidenceOf, scriptKind, textOf } from '../tree.ts';

/** Inline code runs only if it is the site's own, byte for byte: the CSP allows it by its hash. */
export const ownInlineScripts: Rule<'element'> = {
  name: 'ownInlineScripts',
  reads: 'element',
  check(element, { own }) {
    if (scriptKind(element) !== 'inline') return noProblems;
    const text = textOf(element);
    if (own.scripts.includes(text)) return noProblems;
    return [{ message: editorText('foreignScript'), evidence: evidenceOf(text) }];
  },
};
