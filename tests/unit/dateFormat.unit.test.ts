import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatDateOnly,
  formatInstant,
  formatMoment,
  formatMomentInZones,
  formatTime,
  formatWindowDates,
} from '../../src/lib/time/dateFormat.ts';
import { dayMoment, timedMoment } from '../../src/lib/time/moments.ts';

const window = {
  opens: new Date('2025-09-08T00:00:00+07:00'),
  closes: new Date('2025-09-14T23:59:59+07:00'),
};
const timedWindow = { opens: timedMoment(window.opens), closes: timedMoment(window.closes) };
const datesWindow = { opens: dayMoment('2025-09-08', 'start'), closes: dayMoment('2025-09-14', 'end') };

describe('deadline wording', () => {
  test('writes the Indonesian deadline the official way', () => {
    expect(formatInstant(window.closes, 'WIB', 'id')).toBe('Minggu, 14 September 2025 pukul 23.59 WIB');
  });

  test('writes the English deadline with a 24-hour clock and the zone', () => {
    expect(formatInstant(window.closes, 'WIB', 'en')).toBe('Sunday 14 September 2025, 23:59 WIB');
  });

  test.each([
    ['WITA', 'id', 'Senin, 15 September 2025 pukul 00.59 WITA'],
    ['WIT', 'id', 'Senin, 15 September 2025 pukul 01.59 WIT'],
    ['WITA', 'en', 'Monday 15 September 2025, 00:59 WITA'],
    ['WIT', 'en', 'Monday 15 September 2025, 01:59 WIT'],
  ] as const)('crosses midnight into Monday in %s (%s)', (zone, locale, expected) => {
    expect(formatInstant(window.closes, zone, locale)).toBe(expected);
  });

  test('never writes the word midnight for the first minute of a day', () => {
    expect(formatTime(window.opens, 'WIB', 'en')).toBe('00:00 WIB');
    expect(formatTime(window.opens, 'WIB', 'id')).toBe('00.00 WIB');
  });

  test('writes noon as 12:00 and never writes am or pm', () => {
    expect(formatTime(new Date('2025-09-10T12:00:00+07:00'), 'WIB', 'en')).toBe('12:00 WIB');
    expect(formatTime(new Date('2025-09-10T21:05:00+07:00'), 'WIB', 'en')).toBe('21:05 WIB');
  });

  test('names the weekday in each language', () => {
    expect(formatDate(window.opens, 'WIB', 'id')).toBe('Senin, 8 September 2025');
    expect(formatDate(window.opens, 'WIB', 'en')).toBe('Monday 8 September 2025');
  });

  test('writes a review date without a time zone', () => {
    expect(formatDateOnly(new Date('2026-11-25'), 'id')).toBe('25 November 2026');
  });
});

describe('formatMoment', () => {
  test.each([
    ['opens', 'id', 'Senin, 8 September 2025'],
    ['opens', 'en', 'Monday 8 September 2025'],
    ['closes', 'id', 'Minggu, 14 September 2025'],
    ['closes', 'en', 'Sunday 14 September 2025'],
  ] as const)('writes %s given as a date as the date alone (%s)', (edge, locale, expected) => {
    expect(formatMoment(datesWindow[edge], 'WIB', locale)).toBe(expected);
  });

  test('writes a moment given with its time as date and time', () => {
    expect(formatMoment(timedWindow.closes, 'WIB', 'id')).toBe('Minggu, 14 September 2025 pukul 23.59 WIB');
    expect(formatMoment(timedWindow.closes, 'WIB', 'en')).toBe('Sunday 14 September 2025, 23:59 WIB');
  });

  test('writes a moment given with its time in the zone asked for', () => {
    expect(formatMoment(timedWindow.closes, 'WIT', 'id')).toBe('Senin, 15 September 2025 pukul 01.59 WIT');
  });

  test('names the announced day of a date in every zone, though that day ends later in WIB than in WIT', () => {
    expect(formatMoment(datesWindow.closes, 'WIT', 'id')).toBe('Minggu, 14 September 2025');
  });
});

describe('formatMomentInZones', () => {
  test('gives a moment with its time in each zone', () => {
    expect(formatMomentInZones(timedWindow.closes, ['WITA', 'WIT'], 'en')).toEqual([
      'Monday 15 September 2025, 00:59 WITA',
      'Monday 15 September 2025, 01:59 WIT',
    ]);
  });

  test('gives nothing for a moment given as a date: there is no time to convert', () => {
    expect(formatMomentInZones(datesWindow.closes, ['WITA', 'WIT'], 'id')).toEqual([]);
  });
});

describe('formatWindowDates', () => {
  test('shortens a window within one month', () => {
    expect(formatWindowDates(timedWindow, 'WIB', 'id')).toBe('8–14 September 2025');
  });

  test('reads a window given as dates as the same days', () => {
    expect(formatWindowDates(datesWindow, 'WIB', 'en')).toBe('8–14 September 2025');
  });

  test('names both months when the window spans two', () => {
    const spanning = { opens: dayMoment('2025-08-29', 'start'), closes: dayMoment('2025-09-04', 'end') };
    expect(formatWindowDates(spanning, 'WIB', 'id')).toBe('29 Agustus – 4 September 2025');
  });

  test('names both years when the window spans New Year', () => {
    const spanning = { opens: dayMoment('2025-12-29', 'start'), closes: dayMoment('2026-01-04', 'end') };
    expect(formatWindowDates(spanning, 'WIB', 'en')).toBe('29 December 2025 – 4 January 2026');
  });

  test('writes a one-day window as a single date', () => {
    const oneDay = { opens: dayMoment('2025-09-08', 'start'), closes: dayMoment('2025-09-08', 'end') };
    expect(formatWindowDates(oneDay, 'WIB', 'en')).toBe('8 September 2025');
  });
});
