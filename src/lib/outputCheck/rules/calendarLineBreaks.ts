import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';

/** CRLF line ends only: a bare CR or LF would start a line of its own in some calendar apps. */
export const calendarLineBreaks: Rule<'calendarText'> = {
  name: 'calendarLineBreaks',
  reads: 'calendarText',
  check(text) {
    const strayBreak = /\r(?!\n)|(?<!\r)\n/.exec(text);
    if (strayBreak === null) return noProblems;
    return [{ message: editorText('calendarLineBreak'), evidence: text.slice(Math.max(0, strayBreak.index - 30), strayBreak.index) }];
  },
};
