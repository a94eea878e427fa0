import { editorText } from '../../editorMessages.ts';
import { hiddenCharacterProblems } from '../hiddenCharacters.ts';
import type { Rule } from '../rule.ts';

/** No attribute value carries an invisible character: a title or alt text can hide a reversed address too. */
export const hiddenCharactersInAttributes: Rule<'attribute'> = {
  name: 'hiddenCharactersInAttributes',
  reads: 'attribute',
  check: (name, value) => hiddenCharacterProblems(value, (codePoint) => editorText('hiddenCharacterInAttribute', { name, codePoint })),
};
