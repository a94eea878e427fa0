import type { Reading, Rule } from './rule.ts';
import { calendarLineBreaks } from './rules/calendarLineBreaks.ts';
import { calendarProperties } from './rules/calendarProperties.ts';
import { eventHandlers } from './rules/eventHandlers.ts';
import { forbiddenElements } from './rules/forbiddenElements.ts';
import { hiddenCharactersInAttributes } from './rules/hiddenCharactersInAttributes.ts';
import { hiddenCharactersInStrings } from './rules/hiddenCharactersInStrings.ts';
import { hiddenCharactersInText } from './rules/hiddenCharactersInText.ts';
import { jsonDataBlocks } from './rules/jsonDataBlocks.ts';
import { linkAddresses } from './rules/linkAddresses.ts';
import { metaAddresses } from './rules/metaAddresses.ts';
import { metaHttpEquiv } from './rules/metaHttpEquiv.ts';
import { ownInlineScripts } from './rules/ownInlineScripts.ts';
import { ownScriptFiles } from './rules/ownScriptFiles.ts';
import { ownStyles } from './rules/ownStyles.ts';
import { resourceAddresses } from './rules/resourceAddresses.ts';
import { scamText } from './rules/scamText.ts';
import { sourcedClaims } from './rules/sourcedClaims.ts';
import { stringAddresses } from './rules/stringAddresses.ts';
import { styleAttributes } from './rules/styleAttributes.ts';

/**
 * Every rule of the output check. The rules that read the same kind of piece run on it in this
 * order, so a file's problems are reported in the order of this list within each piece.
 */
export const rules: readonly Rule[] = [
  forbiddenElements,
  ownInlineScripts,
  ownScriptFiles,
  jsonDataBlocks,
  ownStyles,
  metaHttpEquiv,
  metaAddresses,
  hiddenCharactersInAttributes,
  eventHandlers,
  sourcedClaims,
  styleAttributes,
  resourceAddresses,
  linkAddresses,
  hiddenCharactersInText,
  scamText,
  hiddenCharactersInStrings,
  stringAddresses,
  calendarLineBreaks,
  calendarProperties,
];

/** The rules that read `reading`, in the registry's order. */
export function rulesReading<R extends Reading>(reading: R): readonly Rule<R>[] {
  return rules.filter((rule): rule is Rule<R> => rule.reads === reading);
}
