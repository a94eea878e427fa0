import { describe, expect, test } from 'vitest';
import { dayMoment } from '../../src/lib/time/moments.ts';
import { closingSoonFrom, isClosingSoon, registrationStatus, windowInstants } from '../../src/lib/recruitment/registration.ts';

const window = {
  opens: new Date('2025-09-08T00:00:00+07:00'),
  closes: new Date('2025-09-14T23:59:59+07:00'),
};

describe('registrationStatus', () => {
  test.each([
    ['a week before opening', '2025-09-01T08:00:00+07:00', 'upcoming'],
    ['one millisecond before the opening second', '2025-09-07T23:59:59.999+07:00', 'upcoming'],
    ['at the opening second', '2025-09-08T00:00:00+07:00', 'open'],
    ['in the middle of the window', '2025-09-10T10:00:00+07:00', 'open'],
    ['at the closing second', '2025-09-14T23:59:59+07:00', 'open'],
    ['one millisecond after the closing second', '2025-09-14T23:59:59.001+07:00', 'closed'],
    ['at the same instant read in Jayapura', '2025-09-15T01:59:59+09:00', 'open'],
    ['an hour after closing, in Jayapura time', '2025-09-15T02:59:59+09:00', 'closed'],
    ['a year later', '2026-11-25T00:00:00Z', 'closed'],
  ])('is %s → %s', (_, now, expected) => {
    expect(registrationStatus(window, new Date(now))).toBe(expected);
  });
});

describe('isClosingSoon', () => {
  test.each([
    ['before opening', '2025-09-01T08:00:00+07:00', false],
    ['early in the window', '2025-09-10T10:00:00+07:00', false],
    ['one millisecond before the last three days', '2025-09-11T23:59:58.999+07:00', false],
    ['three days before the closing second', '2025-09-11T23:59:59+07:00', true],
    ['at the closing second', '2025-09-14T23:59:59+07:00', true],
    ['after closing', '2025-09-15T00:00:00+07:00', false],
  ])('is %s → %s', (_, now, expected) => {
    expect(isClosingSoon(window, new Date(now))).toBe(expected);
  });

  test('starts three days before the deadline', () => {
    expect(closingSoonFrom(window)).toEqual(new Date('2025-09-11T23:59:59+07:00'));
  });
});

describe('a window given as dates only', () => {
  const dates = windowInstants({ opens: dayMoment('2025-09-08', 'start'), closes: dayMoment('2025-09-14', 'end') });

  test.each([
    ['one millisecond before the first day begins in WIB', '2025-09-07T23:59:59.999+07:00', 'upcoming'],
    ['as the first day begins in WIB', '2025-09-08T00:00:00+07:00', 'open'],
    ['in the last second of the last day in WIB', '2025-09-14T23:59:59.999+07:00', 'open'],
    ['once the last day has ended in WIB', '2025-09-15T00:00:00+07:00', 'closed'],
    ['at 01.00 WIT on the day after, still the last day in WIB', '2025-09-15T01:00:00+09:00', 'open'],
  ])('reads the moment %s (%s) as %s', (_, now, expected) => {
    expect(registrationStatus(dates, new Date(now))).toBe(expected);
  });
});
