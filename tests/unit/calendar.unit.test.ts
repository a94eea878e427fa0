import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { foldLine, icsText, registrationCalendar, stagesBesideWindow } from '../../src/lib/recruitment/calendarFile.ts';
import { dayMoment, timedMoment } from '../../src/lib/time/moments.ts';

const event = {
  uid: 'rekrutmen-2025-kawasan-timur-id@karier.bpjsketenagakerjaan.go.id',
  stamp: new Date('2025-09-10T03:00:00Z'),
  start: timedMoment(new Date('2025-09-08T08:00:00+07:00')),
  end: timedMoment(new Date('2025-09-14T23:59:59+07:00')),
  summary: 'Pendaftaran Rekrutmen BPJS Ketenagakerjaan September 2025; gratis, tanpa biaya',
  description: 'Daftar hanya melalui https://rekrutmen.bpjsketenagakerjaan.go.id. Tidak dipungut biaya.',
  url: 'https://rekrutmen.bpjsketenagakerjaan.go.id',
  reminder: 'Pendaftaran ditutup dalam 24 jam.',
  language: 'id',
};

describe('registrationCalendar', () => {
  const text = registrationCalendar(event);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');

  test('is a VCALENDAR with one VEVENT that a real iCalendar parser reads', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  test('carries the UID, DTSTAMP, URL and the summary in the page language', () => {
    expect(vevent?.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(vevent?.getFirstPropertyValue('summary')).toBe(event.summary);
    expect(vevent?.getFirstProperty('summary')?.getParameter('language')).toBe('id');
    expect(vevent?.getFirstPropertyValue('url')).toBe(new URL(event.url).href);
    expect((vevent?.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate()).toEqual(event.stamp);
  });

  test('starts at the opening instant and ends at the closing instant', () => {
    const start = vevent?.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent?.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.toJSDate()).toEqual(event.start.instant);
    expect(end.toJSDate()).toEqual(event.end.instant);
    expect(start.zone?.tzid).toBe('UTC');
  });

  test('reminds the reader a day before the deadline', () => {
    const alarm = vevent?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('description')).toBe(event.reminder);
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P1D');
  });

  test('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('registrationCalendar with stages', () => {
  const stage = {
    ...event,
    uid: 'rekrutmen-2025-kawasan-timur-stage-2-id@karier.bpjsketenagakerjaan.go.id',
    start: timedMoment(new Date('2025-09-20T08:00:00+07:00')),
    end: timedMoment(new Date('2025-09-20T12:00:00+07:00')),
    summary: 'Asesmen daring: Rekrutmen BPJS Ketenagakerjaan September 2025',
    reminder: undefined,
  };
  const calendar = new ICAL.Component(ICAL.parse(registrationCalendar(event, [stage])));
  const [registration, assessment] = calendar.getAllSubcomponents('vevent');

  test('holds the registration window first, then one event per stage', () => {
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
    expect(registration?.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(assessment?.getFirstPropertyValue('uid')).toBe(stage.uid);
    expect((assessment?.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate()).toEqual(stage.start.instant);
  });

  test('reminds of the deadline only, not of every stage', () => {
    expect(registration?.getFirstSubcomponent('valarm')).not.toBeNull();
    expect(assessment?.getFirstSubcomponent('valarm')).toBeNull();
  });
});

describe('registrationCalendar for moments given as dates', () => {
  const whole = (start: string, end: string) => ({ start: dayMoment(start, 'start'), end: dayMoment(end, 'end') });
  const firstEvent = (text: string) => new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  const day = (vevent: ICAL.Component | null | undefined, property: string) => vevent?.getFirstPropertyValue(property) as ICAL.Time;

  test('writes a window given as dates as an all-day event through its last day', () => {
    const text = registrationCalendar({ ...event, ...whole('2025-09-08', '2025-09-14') });
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20250908\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20250915\r\n');
    const vevent = firstEvent(text);
    expect(day(vevent, 'dtstart').isDate).toBe(true);
    expect(day(vevent, 'dtstart').toString()).toBe('2025-09-08');
    expect(day(vevent, 'dtend').toString()).toBe('2025-09-15');
  });

  test('writes no time of day for a window given as dates', () => {
    const text = registrationCalendar({ ...event, ...whole('2025-09-08', '2025-09-14') });
    expect(text).not.toMatch(/^DT(START|END)[:;].*T\d{6}/m);
  });

  test('writes a one-day stage as one whole day', () => {
    const text = registrationCalendar(event, [{ ...event, uid: 'stage@x', ...whole('2025-09-20', '2025-09-20'), reminder: undefined }]);
    expect(text).toContain('DTSTART;VALUE=DATE:20250920\r\nDTEND;VALUE=DATE:20250921');
  });

  test('writes whole days when only one end has a time, since both ends must be of one type, and keeps the closing day', () => {
    const text = registrationCalendar({ ...event, start: dayMoment('2025-12-01', 'start'), end: timedMoment(new Date('2025-12-07T23:59:00+07:00')) });
    expect(text).toContain('DTSTART;VALUE=DATE:20251201\r\nDTEND;VALUE=DATE:20251208');
  });

  test('writes a stage with the window\'s own dates once, as the window with its reminder', () => {
    const window = { ...event, ...whole('2025-09-08', '2025-09-14') };
    const registrationStage = { ...window, uid: 'stage-2@x', summary: 'Pendaftaran daring', reminder: undefined };
    const later = { ...registrationStage, uid: 'stage-3@x', ...whole('2025-09-20', '2025-09-20') };
    const events = new ICAL.Component(ICAL.parse(registrationCalendar(window, [registrationStage, later]))).getAllSubcomponents('vevent');
    expect(events.map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual([event.uid, 'stage-3@x']);
    expect(events[0]?.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  test('keeps a stage whose span differs from the window only in its hours', () => {
    const window = { ...event, start: timedMoment(new Date('2025-09-08T08:00:00+07:00')), end: timedMoment(new Date('2025-09-14T23:59:00+07:00')) };
    const stage = { ...window, uid: 'stage@x', end: timedMoment(new Date('2025-09-14T16:00:00+07:00')), reminder: undefined };
    expect(stagesBesideWindow(window, [stage])).toEqual([stage]);
  });

  test('still reminds the reader a day before a deadline given as a date', () => {
    const vevent = firstEvent(registrationCalendar({ ...event, ...whole('2025-09-08', '2025-09-14') }));
    expect(String(vevent?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('-P1D');
  });
});

describe('iCalendar text', () => {
  test('escapes commas, semicolons, backslashes and newlines', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  test.each([
    ['a carriage return', 'Pelayanan\rX-INJECTED:PWNED', 'Pelayanan\\nX-INJECTED:PWNED'],
    ['CRLF', 'a\r\nb', 'a\\nb'],
    ['a line separator', 'a\u2028b', 'a\\nb'],
    ['a NUL and an escape character', 'a\u0000b\u001bc', 'abc'],
  ])('turns %s into escaped text that cannot start a line of its own', (_name, text, expected) => {
    expect(icsText(text)).toBe(expected);
  });

  test('keeps a title with a carriage return on one line of the file, readable by ical.js', () => {
    const file = registrationCalendar({ ...event, summary: 'Pelayanan\rX-INJECTED:PWNED' });
    expect(file.split('\r\n').some((line) => line.startsWith('X-INJECTED'))).toBe(false);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const vevent = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Pelayanan\nX-INJECTED:PWNED');
  });

  test('folds a long line without splitting a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n ');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
