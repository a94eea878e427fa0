import { indonesianTimeZones, officialTimeZone, wallClockIn } from './timeZones.ts';

/*
 * A moment as the content gives it. The agency's announcements often give dates only ("8–14
 * September 2025") and confirm the hour separately; a page must not state an hour nobody gave.
 * So a moment keeps whether a time of day was written, next to the instant the status logic needs.
 */

export interface Moment {
  /**
   * When it happens. A date given alone stands for the whole day in WIB, the agency's official zone:
   * an opening from 00:00:00 WIB, an ending through 23:59:59.999 WIB.
   */
  instant: Date;
  /** False when the content gives a date only: then nothing may show a time of day for it. */
  hasTime: boolean;
}

/** Which end of its day a date-only moment stands for: a window opens at the start of a day and closes at its end. */
export type DayEdge = 'start' | 'end';

const dayMilliseconds = 24 * 3_600_000;

/** `2025-09-14`, read as that whole day in WIB, at the given edge. */
export function dayMoment(date: string, edge: DayEdge): Moment {
  const midnightInOfficialZone = Date.parse(`${date}T00:00:00Z`) - indonesianTimeZones[officialTimeZone].offsetMinutes * 60_000;
  const instant = new Date(edge === 'start' ? midnightInOfficialZone : midnightInOfficialZone + dayMilliseconds - 1);
  return { instant, hasTime: false };
}

/** An instant the content gives with its time of day. */
export function timedMoment(instant: Date): Moment {
  return { instant, hasTime: true };
}

/** The calendar day of a moment in WIB, the day the announcement names: `2025-09-14`. */
export function officialDate(moment: Moment): string {
  const { year, month, day } = wallClockIn(moment.instant, officialTimeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day after a moment's day in WIB: where an all-day event that includes that day ends (RFC 5545). */
export function officialDateAfter(moment: Moment): string {
  return officialDate({ instant: new Date(moment.instant.getTime() + dayMilliseconds), hasTime: moment.hasTime });
}
