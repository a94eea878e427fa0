import { codePointName, hiddenCharacter } from '../links/textSafety.ts';
import { noProblems, type Problem } from './rule.ts';

/** The problem of a value with an invisible character, in the words `say` gives for its code point's name; the character is the evidence. */
export function hiddenCharacterProblems(value: string, say: (codePoint: string) => string): readonly Problem[] {
  const hidden = hiddenCharacter(value);
  return hidden === undefined ? noProblems : [{ message: say(codePointName(hidden)), evidence: hidden }];
}
