import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';
import { evidenceOf, textOf } from '../tree.ts';

/** A `<style>` is the site's own stylesheet, byte for byte: any other could hide the fraud warning. */
export const ownStyles: Rule<'element'> = {
  name: 'ownStyles',
  reads: 'element',
  check(element, { own }) {
    if (element.tagName !== 'style') return noProblems;
    const text = textOf(element);
    if (own.styles.includes(text)) return noProblems;
    return [{ message: editorText('foreignStyle'), evidence: evidenceOf(text) }];
  },
};
