import { describe, expect, test } from 'vitest';
import { buildInstant } from '../../src/lib/buildClock.ts';
import { placementTimeZones, timeZonesOfRegions } from '../../src/lib/regions.ts';
import { wallClockIn } from '../../src/lib/timeZones.ts';

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

describe('placement time zones', () => {
  test('says that Kalimantan spans WIB and WITA', () => {
    expect(placementTimeZones('kalimantan')).toEqual(['WIB', 'WITA']);
  });

  test.each([
    ['sulawesi', ['WITA']],
    ['nusa-tenggara-timur', ['WITA']],
    ['nusa-tenggara-barat', ['WITA']],
    ['maluku', ['WIT']],
    ['papua', ['WIT']],
  ] as const)('puts %s in %j', (region, zones) => {
    expect(placementTimeZones(region)).toEqual(zones);
  });

  test('lists the zones of several regions once each, west to east', () => {
    expect(timeZonesOfRegions(['papua', 'sulawesi', 'kalimantan', 'maluku'])).toEqual(['WIB', 'WITA', 'WIT']);
    expect(timeZonesOfRegions(['papua'])).toEqual(['WIT']);
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

  test('refuses a SITE_NOW without an offset, saying how to write it', () => {
    expect(() => buildInstant('2025-09-10T10:00:00', realNow)).toThrow(/UTC offset.*2025-09-10T10:00:00\+07:00/);
  });

  test('refuses a SITE_NOW that is not a date', () => {
    expect(() => buildInstant('next Tuesday', realNow)).toThrow(/SITE_NOW="next Tuesday"/);
  });
});
