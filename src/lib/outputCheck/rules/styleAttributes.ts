import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';

/** No `style` or `srcdoc` attribute: the site's stylesheet alone sets the look, and a frame's document comes from nowhere. */
export const styleAttributes: Rule<'attribute'> = {
  name: 'styleAttributes',
  reads: 'attribute',
  check(name, value) {
    if (name !== 'style' && name !== 'srcdoc') return noProblems;
    return [{ message: editorText('styleAttribute', { name }), evidence: `${name}="${value}"` }];
  },
};
