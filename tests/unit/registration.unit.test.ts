import { describe, expect, test } from 'vitest';
import { registrationStatus } from '../../src/lib/registration.ts';

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
