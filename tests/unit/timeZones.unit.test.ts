import { describe, expect, test } from 'vitest';
import { buildInstant } from '../../src/lib/time/buildClock.ts';
import { timeZoneLabel, wallClockIn } from '../../src/lib/time/timeZones.ts';

describe('wallClockIn', () => {
  test('reads one instant as three different clocks', () => {
    const instant = new Date('2025-09-14T16:59:00Z');
    expect(wallClockIn(instant, 'WIB')).toMatchObject({ day: 14, hour: 23, minute: 59, weekday: 0 });
    expect(wallClockIn(instant, 'WITA')).toMatchObject({ day: 15, hour: 0, minute: 59, weekday: 1 });
    expect(wallClockIn(instant, 'WIT')).toMatchObject({ day: 15, hour: 1, minute: 59, weekday: 1 });
  });

  test('crosses into a new year', () => {
    expect(wallClockIn(new Date('2025-12-31T16:30:00Z'), 'WIT')).toMatchObject({ year: 2026, month: 1, day: 1 });
  });
});

describe('timeZoneLabel', () => {
  test('names each zone with its UTC offset in both languages', () => {
    expect(timeZoneLabel('WIB', 'id')).toBe('WIB (UTC+7)');
    expect(timeZoneLabel('WITA', 'en')).toBe('WITA (UTC+8)');
    expect(timeZoneLabel('WIT', 'id')).toBe('WIT (UTC+9)');
  });
});

describe('buildInstant', () => {
  const realNow = () => new Date('2026-11-25T00:00:00Z');

  test('uses the real time when SITE_NOW is not set', () => {
    expect(buildInstant(undefined, realNow)).toEqual(realNow());
    expect(buildInstant('', realNow)).toEqual(realNow());
  });

  test('uses SITE_NOW when it names its offset', () => {
    expect(buildInstant('2025-09-10T10:00:00+07:00', realNow).toISOString()).toBe('2025-09-10T03:00:00.000Z');
    expect(buildInstant('2025-09-10T03:00:00Z', realNow).toISOString()).toBe('2025-09-10T03:00:00.000Z');
  });

  test('reads a SITE_NOW that is a plain date as 12.00 WIB on that day', () => {
    expect(buildInstant('2025-09-10', realNow).toISOString()).toBe('2025-09-10T05:00:00.000Z');
  });

  test('refuses a SITE_NOW on a day the calendar does not have', () => {
    expect(() => buildInstant('2025-02-30', realNow)).toThrow(/SITE_NOW="2025-02-30"/);
    expect(() => buildInstant('2025-02-29T10:00:00+07:00', realNow)).toThrow(/SITE_NOW="2025-02-29T10:00:00\+07:00"/);
  });

  test('refuses a SITE_NOW without an offset, saying how to write it', () => {
    expect(() => buildInstant('2025-09-10T10:00:00', realNow)).toThrow(/UTC offset.*2025-09-10T10:00:00\+07:00/);
  });

  test('refuses a SITE_NOW that is not a date', () => {
    expect(() => buildInstant('next Tuesday', realNow)).toThrow(/SITE_NOW="next Tuesday"/);
  });
});
