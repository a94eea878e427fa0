import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.ts';

/**
 * Every page's path without its language prefix. Both languages use the same paths, so the
 * language switcher only has to swap the prefix.
 */
export const routes = {
  home: () => '/',
  position: (slug: string) => `/lowongan/${slug}/`,
  /** The positions placed in a province or an island group (its id in src/lib/recruitment/provinces.ts). */
  region: (region: string) => `/lowongan/wilayah/${region}/`,
  programme: (slug: string) => `/program/${slug}/`,
  about: () => '/tentang/',
  fraud: () => '/waspada-penipuan/',
  /** "Check a message": links, e-mail addresses and reference numbers against the link policy. */
  check: () => '/cek-keaslian/',
  archive: () => '/arsip/',
  /** The registration window of a campaign as an iCalendar file. */
  calendar: (campaignSlug: string) => `/kalender/${campaignSlug}.ics`,
  /** Feed of the positions still open or about to open. */
  feed: () => '/lowongan/rss.xml',
  questions: () => '/tanya-jawab/',
  announcements: () => '/pengumuman/',
  /** A numbered announcement; the message checker links a reference it finds to it. */
  announcement: (slug: string) => `/pengumuman/${slug}/`,
  /** Feed of the numbered announcements, newest first. */
  announcementFeed: () => '/pengumuman/rss.xml',
  /** What the service worker shows, without signal, for a page the phone has not kept ("luring": offline). */
  offline: () => '/luring/',
} as const;

/** Share pictures are bilingual, so they live once, outside the language prefixes. */
export const shareImagePaths = {
  default: () => '/og/default.png',
  position: (slug: string) => `/og/lowongan-${slug}.png`,
} as const;

/** The `[...lang]` route parameter: absent for the default language, which lives at `/`. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** `/lowongan/x/` in `en` → `/en/lowongan/x/`; in `id` it stays as it is. */
export function localizedPath(locale: Locale, path: string): string {
  const withSlashes = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? withSlashes : `/${locale}${withSlashes}`;
}

/** Splits a site path into its language and the path every language shares. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split('/');
  if (first !== undefined && first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: `/${rest.join('/')}` };
  }
  return { locale: defaultLocale, path: pathname.startsWith('/') ? pathname : `/${pathname}` };
}

/** The same page in another language: only the language prefix changes. */
export function switchLocalePath(pathname: string, to: Locale): string {
  return localizedPath(to, splitLocalePath(pathname).path);
}
