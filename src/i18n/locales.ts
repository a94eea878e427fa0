/**
 * The site's languages, declared once. The Astro config, the routes, the language switcher, the
 * hreflang links and the sitemap all read this list, so adding a language starts here.
 */
export const locales = {
  id: { label: 'Bahasa Indonesia', shortLabel: 'ID', htmlLang: 'id', ogLocale: 'id_ID', listLang: 'id' },
  // English pages write British English lists ("A, B and C"); Indonesian keeps the EYD comma ("A, B, dan C").
  en: { label: 'English', shortLabel: 'EN', htmlLang: 'en', ogLocale: 'en_US', listLang: 'en-GB' },
} as const;

export type Locale = keyof typeof locales;

/** Indonesian is the original; it is served at `/` without a prefix. */
export const defaultLocale = 'id' satisfies Locale;

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/**
 * The language of a page from what Astro's i18n routing found (`context.currentLocale`). A page
 * outside any language (a share picture, robots.txt, the 404) is in the default language.
 */
export function localeOrDefault(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : defaultLocale;
}

/** Every language, `first` first and the others in their usual order: a bilingual page leads with its own. */
export function localesStartingWith(first: Locale): Locale[] {
  return [first, ...localeCodes.filter((code) => code !== first)];
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * "A, B, dan C" / "A, B or C" in the language's own style. Each formatter is made once: building
 * one costs more than the page around it, and the footer alone writes a list on every page.
 */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(locales[locale].listLang, { type });
    listFormats.set(key, format);
  }
  return format.format(items);
}
