/**
 * The site's languages, declared once. The Astro config, the routes, the language switcher, the
 * hreflang links and the sitemap all read this list, so adding a language starts here.
 */
export const locales = {
  id: { label: 'Bahasa Indonesia', shortLabel: 'ID', htmlLang: 'id', ogLocale: 'id_ID' },
  en: { label: 'English', shortLabel: 'EN', htmlLang: 'en', ogLocale: 'en_US' },
} as const;

export type Locale = keyof typeof locales;

/** Indonesian is the original; it is served at `/` without a prefix. */
export const defaultLocale = 'id' satisfies Locale;

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}
