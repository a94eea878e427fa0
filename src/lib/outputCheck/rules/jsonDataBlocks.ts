import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';
import { evidenceOf, scriptKind, textOf } from '../tree.ts';

/** A JSON data block (the message checker's words and references) runs nothing, but must be JSON. */
export const jsonDataBlocks: Rule<'element'> = {
  name: 'jsonDataBlocks',
  reads: 'element',
  check(element) {
    if (scriptKind(element) !== 'data') return noProblems;
    const text = textOf(element);
    try {
      JSON.parse(text);
      return noProblems;
    } catch {
      return [{ message: editorText('jsonBlockUnreadable'), evidence: evidenceOf(text) }];
    }
  },
};
