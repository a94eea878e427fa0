import { isoWithOffsetPattern } from './timeZones.ts';

/**
 * The time of day a plain date such as `2025-09-10` stands for: 12.00 WIB. Noon is inside that
 * day in all three zones, and clear of the 00.00 and 23.59 where registration windows usually
 * open and close, so "as of 10 September" reads the way an editor means it.
 */
export const plainDateTimeOfDay = 'T12:00:00+07:00';

const plainDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `SITE_NOW` value a clock setting stands for, as an ISO 8601 date-time with its UTC offset:
 * a date-time that names its offset as written, a plain date at 12.00 WIB. Undefined for anything
 * else, including a day the calendar does not have (JavaScript would roll 30 February into March).
 */
export function siteClockValue(written: string): string | undefined {
  const text = written.trim();
  const value = plainDate.test(text) ? `${text}${plainDateTimeOfDay}` : text;
  if (!isoWithOffsetPattern.test(value) || Number.isNaN(new Date(value).getTime())) return undefined;
  const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number);
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  const isRealDay =
    calendarDay.getUTCFullYear() === year && calendarDay.getUTCMonth() === month - 1 && calendarDay.getUTCDate() === day;
  return isRealDay ? value : undefined;
}

/** How to write a clock setting, for messages: both forms, in both languages. */
export const siteClockExamples = {
  id: 'tanggal seperti 2025-09-10 (berarti pukul 12.00 WIB) atau tanggal dan jam dengan selisih UTC seperti 2025-09-10T10:00:00+07:00',
  en: 'a date such as 2025-09-10 (meaning 12.00 WIB) or a date-time with its UTC offset, for example 2025-09-10T10:00:00+07:00',
} as const;

/**
 * The instant the site is built "as of". `SITE_NOW` lets tests and previews build the site as it
 * will read on another day; without it the real time is used. A date-time without a UTC offset is
 * refused: "10:00" means a different instant in Jakarta, Makassar and Jayapura.
 */
export function buildInstant(siteNow: string | undefined, realNow: () => Date = () => new Date()): Date {
  if (siteNow === undefined || siteNow.trim() === '') return realNow();
  const value = siteClockValue(siteNow);
  if (value === undefined) {
    throw new Error(
      `SITE_NOW="${siteNow}" bukan ${siteClockExamples.id} / ` +
        `SITE_NOW="${siteNow}" is not ${siteClockExamples.en}`,
    );
  }
  return new Date(value);
}
