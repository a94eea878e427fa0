import type { Locale } from '../../i18n/locales.ts';
import type { Moment } from './moments.ts';
import { type IndonesianTimeZone, officialTimeZone, wallClockIn } from './timeZones.ts';

/*
 * Every date and time a page writes, in each language's style. An instant is always read in a
 * named Indonesian zone (timeZones.ts), never in the build machine's, so a deadline reads the
 * same whoever builds the site. Times are on the 24-hour clock in both languages: "11:59" alone
 * could be morning or night, and am/pm is not how Indonesia writes an official hour.
 */

const weekdays: Record<Locale, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const months: Record<Locale, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const pad = (value: number) => String(value).padStart(2, '0');

/** "Minggu, 14 September 2025" / "Sunday 14 September 2025" */
export function formatDate(instant: Date, zone: IndonesianTimeZone, locale: Locale): string {
  const clock = wallClockIn(instant, zone);
  const weekday = weekdays[locale][clock.weekday];
  const date = `${clock.day} ${months[locale][clock.month - 1]} ${clock.year}`;
  return locale === 'id' ? `${weekday}, ${date}` : `${weekday} ${date}`;
}

/**
 * "23.59 WIB" (the Indonesian official style, with a period) / "23:59 WIB". Noon and midnight
 * are written as times, never as words, so nobody has to guess which day "midnight" belongs to.
 */
export function formatTime(instant: Date, zone: IndonesianTimeZone, locale: Locale): string {
  const { hour, minute } = wallClockIn(instant, zone);
  const separator = locale === 'id' ? '.' : ':';
  return `${pad(hour)}${separator}${pad(minute)} ${zone}`;
}

/** "Minggu, 14 September 2025 pukul 23.59 WIB" / "Sunday 14 September 2025, 23:59 WIB" */
export function formatInstant(instant: Date, zone: IndonesianTimeZone, locale: Locale): string {
  const date = formatDate(instant, zone, locale);
  const time = formatTime(instant, zone, locale);
  return locale === 'id' ? `${date} pukul ${time}` : `${date}, ${time}`;
}

/**
 * A campaign's or a stage's moment as the content gives it: its date and time in `zone` when a
 * time was given ("Minggu, 14 September 2025 pukul 23.59 WIB"), else only the day the
 * announcement names ("Minggu, 14 September 2025"), which is the same day in every zone.
 */
export function formatMoment(moment: Moment, zone: IndonesianTimeZone, locale: Locale): string {
  return moment.hasTime ? formatInstant(moment.instant, zone, locale) : formatDate(moment.instant, officialTimeZone, locale);
}

/**
 * A moment in each of `zones`, for readers outside WIB; none for a date-only moment: without a
 * time there is nothing to convert, and the date alone is already shown.
 */
export function formatMomentInZones(moment: Moment, zones: readonly IndonesianTimeZone[], locale: Locale): string[] {
  return moment.hasTime ? zones.map((zone) => formatInstant(moment.instant, zone, locale)) : [];
}

/** The window as dates only, shortest form first: "8–14 September 2025", "29 Agustus – 4 September 2025". */
export function formatWindowDates(window: { opens: Moment; closes: Moment }, zone: IndonesianTimeZone, locale: Locale): string {
  const start = wallClockIn(window.opens.instant, zone);
  const end = wallClockIn(window.closes.instant, zone);
  const month = (clock: { month: number }) => months[locale][clock.month - 1];
  if (start.year !== end.year) {
    return `${start.day} ${month(start)} ${start.year} – ${end.day} ${month(end)} ${end.year}`;
  }
  if (start.month !== end.month) {
    return `${start.day} ${month(start)} – ${end.day} ${month(end)} ${end.year}`;
  }
  if (start.day === end.day) return `${end.day} ${month(end)} ${end.year}`;
  return `${start.day}–${end.day} ${month(end)} ${end.year}`;
}

/** A calendar date with no time of day (a review date, say): "25 November 2026". */
export function formatDateOnly(date: Date, locale: Locale): string {
  return `${date.getUTCDate()} ${months[locale][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
