import { isoWithOffsetPattern } from './timeZones.ts';

/**
 * The instant the site is built "as of". `SITE_NOW` lets tests and previews build the site as it
 * will read on another day; without it the real time is used. A value without a UTC offset is
 * refused: "10:00" means a different instant in Jakarta, Makassar and Jayapura.
 */
export function buildInstant(siteNow: string | undefined, realNow: () => Date = () => new Date()): Date {
  if (siteNow === undefined || siteNow.trim() === '') return realNow();
  const value = siteNow.trim();
  const instant = new Date(value);
  if (!isoWithOffsetPattern.test(value) || Number.isNaN(instant.getTime())) {
    throw new Error(
      `SITE_NOW="${siteNow}" is not an ISO 8601 date-time with a UTC offset, ` +
        'for example SITE_NOW=2025-09-10T10:00:00+07:00',
    );
  }
  return instant;
}
