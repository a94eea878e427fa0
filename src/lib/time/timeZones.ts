import type { Locale } from '../../i18n/locales.ts';

/**
 * Indonesia's three legal time zones, west to east, with the label a page shows for each. None
 * observes daylight saving, so a fixed offset is exact and we never depend on the reader's or the
 * build machine's time-zone database.
 */
export const indonesianTimeZones = {
  WIB: { offsetMinutes: 7 * 60, label: { id: 'WIB (UTC+7)', en: 'WIB (UTC+7)' } },
  WITA: { offsetMinutes: 8 * 60, label: { id: 'WITA (UTC+8)', en: 'WITA (UTC+8)' } },
  WIT: { offsetMinutes: 9 * 60, label: { id: 'WIT (UTC+9)', en: 'WIT (UTC+9)' } },
} as const satisfies Record<string, { offsetMinutes: number; label: Record<Locale, string> }>;

export type IndonesianTimeZone = keyof typeof indonesianTimeZones;

export const timeZoneCodes = Object.keys(indonesianTimeZones) as IndonesianTimeZone[];

export function timeZoneLabel(zone: IndonesianTimeZone, locale: Locale): string {
  return indonesianTimeZones[zone].label[locale];
}

/** An ISO 8601 date-time that names its UTC offset (`Z` or `±hh:mm`), to the second. */
export const isoWithOffsetPattern =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The wall-clock fields of an instant as read in one of Indonesia's time zones. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
}

export function wallClockIn(instant: Date, zone: IndonesianTimeZone): WallClock {
  const shifted = new Date(instant.getTime() + indonesianTimeZones[zone].offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** Official Indonesian deadlines are stated in Jakarta time. */
export const officialTimeZone: IndonesianTimeZone = 'WIB';
