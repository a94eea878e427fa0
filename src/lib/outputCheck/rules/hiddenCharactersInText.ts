import { editorText } from '../../editorMessages.ts';
import { hiddenCharacterProblems } from '../hiddenCharacters.ts';
import type { Rule } from '../rule.ts';

/** No text on a page carries an invisible character that can disguise or reverse what it says. */
export const hiddenCharactersInText: Rule<'text'> = {
  name: 'hiddenCharactersInText',
  reads: 'text',
  check: (text) => hiddenCharacterProblems(text, (codePoint) => editorText('hiddenCharacterInText', { codePoint })),
};
