import { describe, expect, test } from 'vitest';
import { dayMoment, officialDate, officialDateAfter, timedMoment } from '../../src/lib/time/moments.ts';

describe('dayMoment', () => {
  test('opens a day at its first millisecond in WIB', () => {
    expect(dayMoment('2025-09-08', 'start')).toEqual({ instant: new Date('2025-09-08T00:00:00+07:00'), hasTime: false });
  });

  test('closes a day at its last millisecond in WIB', () => {
    expect(dayMoment('2025-09-14', 'end')).toEqual({ instant: new Date('2025-09-14T23:59:59.999+07:00'), hasTime: false });
  });
});

describe('officialDate', () => {
  test('names the day a date-only moment was given as, at either edge', () => {
    expect(officialDate(dayMoment('2025-09-14', 'start'))).toBe('2025-09-14');
    expect(officialDate(dayMoment('2025-09-14', 'end'))).toBe('2025-09-14');
  });

  test('reads an instant written in WIT on the WIB calendar', () => {
    expect(officialDate(timedMoment(new Date('2025-09-15T01:00:00+09:00')))).toBe('2025-09-14');
  });
});

describe('officialDateAfter', () => {
  test.each([
    ['2025-09-14', '2025-09-15'],
    ['2025-09-30', '2025-10-01'],
    ['2025-12-31', '2026-01-01'],
    ['2028-02-28', '2028-02-29'],
  ])('gives the day after %s as %s', (date, after) => {
    expect(officialDateAfter(dayMoment(date, 'end'))).toBe(after);
  });
});
