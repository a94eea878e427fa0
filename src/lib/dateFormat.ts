import type { Locale } from '../i18n/locales.ts';
import type { RegistrationWindow } from './registration.ts';
import { type IndonesianTimeZone, wallClockIn } from './timeZones.ts';

/*
 * Every date and time a page writes, in each language's style. An instant is always read in a
 * named Indonesian zone (timeZones.ts), never in the build machine's, so a deadline reads the
 * same whoever builds the site.
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
 * "23.59 WIB" (the Indonesian official style, with a period) / "11:59 pm WIB". Noon and midnight
 * are written as times, never as words, so nobody has to guess which day "midnight" belongs to.
 */
export function formatTime(instant: Date, zone: IndonesianTimeZone, locale: Locale): string {
  const { hour, minute } = wallClockIn(instant, zone);
  if (locale === 'id') return `${pad(hour)}.${pad(minute)} ${zone}`;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour12}:${pad(minute)} ${hour < 12 ? 'am' : 'pm'} ${zone}`;
}

/** "Minggu, 14 September 2025 pukul 23.59 WIB" / "Sunday 14 September 2025, 11:59 pm WIB" */
export function formatInstant(instant: Date, zone: IndonesianTimeZone, locale: Locale): string {
  const date = formatDate(instant, zone, locale);
  const time = formatTime(instant, zone, locale);
  return locale === 'id' ? `${date} pukul ${time}` : `${date}, ${time}`;
}

/** The window as dates only, shortest form first: "8–14 September 2025", "29 Agustus – 4 September 2025". */
export function formatWindowDates(window: RegistrationWindow, zone: IndonesianTimeZone, locale: Locale): string {
  const start = wallClockIn(window.opens, zone);
  const end = wallClockIn(window.closes, zone);
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
