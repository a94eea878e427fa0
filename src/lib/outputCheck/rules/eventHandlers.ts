import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';

/** No `on…` attribute: each runs code, which only the site's own scripts may. */
export const eventHandlers: Rule<'attribute'> = {
  name: 'eventHandlers',
  reads: 'attribute',
  check(name) {
    if (!name.startsWith('on')) return noProblems;
    return [{ message: editorText('eventHandler', { name }), evidence: `${name}=` }];
  },
};
