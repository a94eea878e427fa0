import ICAL from 'ical.js';
import { editorText } from '../editorMessages.ts';
import { checkStructuredStrings } from './structuredText.ts';
import type { ReportShipped } from './problem.ts';
import { rulesReading } from './registry.ts';
import { reportAll } from './rule.ts';

const textRules = rulesReading('calendarText');
const propertyRules = rulesReading('calendarProperty');

/**
 * A calendar file: its text as written held to the calendar rules, then parsed by ical.js, each
 * property held to the property rules and each value to the rules for structured output.
 */
export function checkCalendarFile(text: string, report: ReportShipped): void {
  for (const rule of textRules) reportAll(rule.check(text), report);
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    report(editorText('calendarUnreadable'), String(error).slice(0, 60));
    return;
  }
  const values: string[] = [];
  for (const component of [calendar, ...descendants(calendar)]) {
    for (const property of component.getAllProperties()) {
      for (const rule of propertyRules) reportAll(rule.check(property.name), report);
      for (const value of property.getValues()) if (typeof value === 'string') values.push(value);
    }
  }
  checkStructuredStrings(values, report);
}

function descendants(component: ICAL.Component): ICAL.Component[] {
  return component.getAllSubcomponents().flatMap((child) => [child, ...descendants(child)]);
}
