import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';

/** Properties the site's calendar files use; any other line was injected into the file. */
const knownProperties = new Set([
  'begin', 'end', 'version', 'prodid', 'calscale', 'method', 'uid', 'dtstamp', 'dtstart', 'dtend',
  'summary', 'description', 'url', 'transp', 'action', 'trigger', 'location', 'status', 'sequence',
]);

/** A calendar has only the properties the site writes. */
export const calendarProperties: Rule<'calendarProperty'> = {
  name: 'calendarProperties',
  reads: 'calendarProperty',
  check(name) {
    if (knownProperties.has(name)) return noProblems;
    const property = name.toUpperCase();
    return [{ message: editorText('calendarUnknownLine', { property }), evidence: property }];
  },
};
