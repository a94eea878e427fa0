import { defaultLocale, isLocale, type Locale, localeCodes } from '../../i18n/locales.ts';

/**
 * Content entries keep their language folder in their id (`en/jkk`), so that `id/jkk.md` and
 * `en/jkk.md` are two entries, not one overwriting the other.
 */
export function entryIdFromPath(entryPath: string): string {
  return entryPath.replace(/\.(mdx?|ya?ml|json)$/i, '');
}

/** A file name becomes a page address: lower-case ASCII words joined by hyphens. */
export const kebabCaseSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf('/');
  const locale = id.slice(0, slash);
  if (slash < 1 || !isLocale(locale)) {
    throw new Error(`"${id}" is not inside a language folder (${localeCodes.join('/, ')}/)`);
  }
  return { locale, slug: id.slice(slash + 1) };
}

export interface MissingTwin {
  /** The entry that exists, e.g. `id/jkk` */
  present: string;
  /** The twin that does not, e.g. `en/jkk` */
  missing: string;
}

/** Every entry whose translation is absent in one of the site's languages. */
export function findMissingTwins(ids: readonly string[]): MissingTwin[] {
  const existing = new Set(ids);
  const slugs = [...new Set(ids.map((id) => splitEntryId(id).slug))].sort();
  return slugs.flatMap((slug) => {
    const present = localeCodes.find((locale) => existing.has(`${locale}/${slug}`));
    if (present === undefined) return [];
    return localeCodes
      .filter((locale) => !existing.has(`${locale}/${slug}`))
      .map((locale) => ({ present: `${present}/${slug}`, missing: `${locale}/${slug}` }));
  });
}

/**
 * Fields that say the same fact in every language (dates, URLs, regions) must match between
 * twins; otherwise the Indonesian and English pages would disagree about a deadline.
 */
export function findTwinDisagreements(
  entries: readonly { id: string; data: object }[],
  sharedFields: readonly string[],
  views: Readonly<Record<string, (value: unknown) => unknown>> = {},
): { id: string; twin: string; field: string }[] {
  const view = (data: object, field: string) => (views[field] ?? ((value: unknown) => value))(fieldOf(data, field));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return entries.flatMap((entry) => {
    const { locale, slug } = splitEntryId(entry.id);
    if (locale !== defaultLocale) return [];
    return localeCodes
      .filter((other) => other !== defaultLocale)
      .flatMap((other) => {
        const twin = byId.get(`${other}/${slug}`);
        if (twin === undefined) return [];
        return sharedFields
          .filter((field) => !sameValue(view(entry.data, field), view(twin.data, field)))
          .map((field) => ({ id: twin.id, twin: entry.id, field }));
      });
  });
}

function fieldOf(data: object, field: string): unknown {
  return (data as Record<string, unknown>)[field];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
