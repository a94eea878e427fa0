import { editorText } from '../../editorMessages.ts';
import { hiddenCharacterProblems } from '../hiddenCharacters.ts';
import type { Rule } from '../rule.ts';

/** No string of structured output (JSON-LD, a feed, a calendar) carries an invisible character. */
export const hiddenCharactersInStrings: Rule<'string'> = {
  name: 'hiddenCharactersInStrings',
  reads: 'string',
  check: (value) => hiddenCharacterProblems(value, (codePoint) => editorText('hiddenCharacterInString', { codePoint })),
};
