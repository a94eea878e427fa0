import { describe, expect, test } from 'vitest';
import { formatDate, formatDateOnly, formatInstant, formatTime, formatWindowDates } from '../../src/lib/dateFormat.ts';

const window = {
  opens: new Date('2025-09-08T00:00:00+07:00'),
  closes: new Date('2025-09-14T23:59:59+07:00'),
};

describe('deadline wording', () => {
  test('writes the Indonesian deadline the official way', () => {
    expect(formatInstant(window.closes, 'WIB', 'id')).toBe('Minggu, 14 September 2025 pukul 23.59 WIB');
  });

  test('writes the English deadline with a 12-hour clock and the zone', () => {
    expect(formatInstant(window.closes, 'WIB', 'en')).toBe('Sunday 14 September 2025, 11:59 pm WIB');
  });

  test.each([
    ['WITA', 'id', 'Senin, 15 September 2025 pukul 00.59 WITA'],
    ['WIT', 'id', 'Senin, 15 September 2025 pukul 01.59 WIT'],
    ['WITA', 'en', 'Monday 15 September 2025, 12:59 am WITA'],
    ['WIT', 'en', 'Monday 15 September 2025, 1:59 am WIT'],
  ] as const)('crosses midnight into Monday in %s (%s)', (zone, locale, expected) => {
    expect(formatInstant(window.closes, zone, locale)).toBe(expected);
  });

  test('never writes the word midnight for the first minute of a day', () => {
    expect(formatTime(window.opens, 'WIB', 'en')).toBe('12:00 am WIB');
    expect(formatTime(window.opens, 'WIB', 'id')).toBe('00.00 WIB');
  });

  test('writes noon as 12:00 pm', () => {
    expect(formatTime(new Date('2025-09-10T12:00:00+07:00'), 'WIB', 'en')).toBe('12:00 pm WIB');
  });

  test('names the weekday in each language', () => {
    expect(formatDate(window.opens, 'WIB', 'id')).toBe('Senin, 8 September 2025');
    expect(formatDate(window.opens, 'WIB', 'en')).toBe('Monday 8 September 2025');
  });

  test('writes a review date without a time zone', () => {
    expect(formatDateOnly(new Date('2026-11-25'), 'id')).toBe('25 November 2026');
  });
});

describe('formatWindowDates', () => {
  test('shortens a window within one month', () => {
    expect(formatWindowDates(window, 'WIB', 'id')).toBe('8–14 September 2025');
  });

  test('names both months when the window spans two', () => {
    const spanning = { opens: new Date('2025-08-29T00:00:00+07:00'), closes: new Date('2025-09-04T23:59:59+07:00') };
    expect(formatWindowDates(spanning, 'WIB', 'id')).toBe('29 Agustus – 4 September 2025');
  });

  test('names both years when the window spans New Year', () => {
    const spanning = { opens: new Date('2025-12-29T00:00:00+07:00'), closes: new Date('2026-01-04T23:59:59+07:00') };
    expect(formatWindowDates(spanning, 'WIB', 'en')).toBe('29 December 2025 – 4 January 2026');
  });

  test('writes a one-day window as a single date', () => {
    const oneDay = { opens: new Date('2025-09-08T00:00:00+07:00'), closes: new Date('2025-09-08T23:59:59+07:00') };
    expect(formatWindowDates(oneDay, 'WIB', 'en')).toBe('8 September 2025');
  });
});
