import { type Moment, officialDate, officialDateAfter } from '../time/moments.ts';

/**
 * An RFC 5545 calendar file for a registration window and a campaign's dated stages, so a job
 * seeker can keep the deadline and the stages in the phone's own calendar. Times are written in UTC (`…Z`): every calendar app shows them in the
 * reader's own zone, whether that is WIB, WITA or WIT. An event given as dates is an all-day
 * event on those days, so no calendar shows an hour the announcement did not give.
 */
export interface CalendarEvent {
  /** Stable across builds, so re-importing updates the event instead of duplicating it. */
  uid: string;
  /** When this file was produced (the build clock). */
  stamp: Date;
  start: Moment;
  /** The last moment of the event: for a date, the event includes that whole day. */
  end: Moment;
  summary: string;
  description: string;
  url: string;
  /** Text of a reminder shown a day before `end`; the deadline has one, stages do not. */
  reminder?: string | undefined;
  /** Language of the text, e.g. `id`. */
  language: string;
}

function icsDateTime(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}

/**
 * DTSTART and DTEND: instants in UTC when both ends have a time; otherwise whole days, since both
 * must be of one type (RFC 5545 §3.8.2.2), and an all-day DTEND is the day after the last day.
 */
function eventSpanLines(start: Moment, end: Moment): string[] {
  if (start.hasTime && end.hasTime) return [`DTSTART:${icsDateTime(start.instant)}`, `DTEND:${icsDateTime(end.instant)}`];
  const icsDate = (date: string) => date.replace(/-/g, '');
  return [`DTSTART;VALUE=DATE:${icsDate(officialDate(start))}`, `DTEND;VALUE=DATE:${icsDate(officialDateAfter(end))}`];
}

/**
 * Escapes TEXT values (RFC 5545 §3.3.11). Any line break (CR, LF or both) becomes the escaped `\\n`,
 * and other control characters, which TEXT may not contain, are dropped: a stray carriage return
 * in a title must not start a new line of the file.
 */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent): string[] {
  const reminder =
    event.reminder === undefined
      ? []
      : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(event.reminder)}`, 'TRIGGER;RELATED=END:-P1D', 'END:VALARM'];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    ...eventSpanLines(event.start, event.end),
    `SUMMARY;LANGUAGE=${event.language}:${icsText(event.summary)}`,
    `DESCRIPTION;LANGUAGE=${event.language}:${icsText(event.description)}`,
    // Serialised by the URL parser: an address cannot carry a line break into the file.
    `URL:${new URL(event.url).href}`,
    'TRANSP:TRANSPARENT',
    ...reminder,
    'END:VEVENT',
  ];
}

type EventSpan = Pick<CalendarEvent, 'start' | 'end'>;

/**
 * The stages a calendar adds beside the registration window: a stage written with the window's own
 * span (the "registration" stage of most campaigns) is the same event, and a phone showing it twice
 * reads as two deadlines. Spans are compared as the file writes them, so a stage given as the same
 * dates matches a window given as dates, and one given with times only an identical timed window.
 */
export function stagesBesideWindow<S extends EventSpan>(registration: EventSpan, stages: readonly S[]): S[] {
  const windowSpan = eventSpanLines(registration.start, registration.end).join();
  return stages.filter((stage) => eventSpanLines(stage.start, stage.end).join() !== windowSpan);
}

/** The registration window first, then one event per dated stage whose span is not the window's. */
export function registrationCalendar(registration: CalendarEvent, stages: readonly CalendarEvent[] = []): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//BPJS Ketenagakerjaan//Rekrutmen//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[registration, ...stagesBesideWindow(registration, stages)].flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
