import ICAL from 'ical.js';
import { editorMessage } from '../content/editorMessages.ts';
import { checkStructuredStrings } from './structuredText.ts';
import type { ReportShipped } from './problem.ts';

/** Properties the site's calendar files use; any other line was injected into the file. */
const knownProperties = new Set([
  'begin', 'end', 'version', 'prodid', 'calscale', 'method', 'uid', 'dtstamp', 'dtstart', 'dtend',
  'summary', 'description', 'url', 'transp', 'action', 'trigger', 'location', 'status', 'sequence',
]);

/**
 * A calendar file: CRLF line ends only (a bare CR or LF would start a line of its own in some
 * readers), parsed by ical.js, only known properties, addresses held to the link policy.
 */
export function checkCalendarFile(text: string, report: ReportShipped): void {
  const strayBreak = /\r(?!\n)|(?<!\r)\n/.exec(text);
  if (strayBreak !== null) {
    report(
      editorMessage(
        'berkas kalender memuat pindah baris yang tidak diloloskan: teks dapat menjadi baris perintah kalender',
        'the calendar file contains an unescaped line break: text can become a calendar instruction',
      ),
      text.slice(Math.max(0, strayBreak.index - 30), strayBreak.index),
    );
  }
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    report(editorMessage('berkas kalender tidak dapat dibaca', 'the calendar file cannot be read'), String(error).slice(0, 60));
    return;
  }
  const values: string[] = [];
  for (const component of [calendar, ...descendants(calendar)]) {
    for (const property of component.getAllProperties()) {
      if (!knownProperties.has(property.name)) {
        report(
          editorMessage(`berkas kalender memuat baris ${property.name.toUpperCase()} yang tidak dibuat oleh situs`, `the calendar file contains a ${property.name.toUpperCase()} line the site does not write`),
          property.name.toUpperCase(),
        );
      }
      for (const value of property.getValues()) if (typeof value === 'string') values.push(value);
    }
  }
  checkStructuredStrings(values, report);
}

function descendants(component: ICAL.Component): ICAL.Component[] {
  return component.getAllSubcomponents().flatMap((child) => [child, ...descendants(child)]);
}
