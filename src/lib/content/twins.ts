import { defaultLocale, isLocale, type Locale, localeCodes } from '../../i18n/locales.ts';
import type { CollectionData, ContentCollectionName } from './schemas.ts';

/*
 * The twin rule, said once: every entry is one file per language, the same file name in each
 * language folder (`id/jkk.md`, `en/jkk.md`), and twins state the facts they share the same way
 * (`sharedFields`). The content check (src/lib/contentCheck/references.ts, freshness.ts) and the
 * site's data layer (src/data/content.ts) find twins and compare them only through this module.
 */

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

/** The id of an entry's twin in `locale`: `id/jkk` → `en/jkk`. */
export function twinId(id: string, locale: Locale): string {
  return `${locale}/${splitEntryId(id).slug}`;
}

/**
 * Where the twin in `locale` of the file at `path` belongs: beside it, in that language's folder,
 * under the same name (`content/programmes/id/jkk.md` → `content/programmes/en/jkk.md`).
 */
export function twinFilePath(path: string, locale: Locale): string {
  return path.replace(/[^/]+(\/[^/]+)$/, `${locale}$1`);
}

/**
 * Fields that state one fact in every language, per collection: twins must agree on them, or the
 * Indonesian and English pages would disagree about a deadline or a link.
 */
export const sharedFields: { [K in ContentCollectionName]: readonly (keyof CollectionData<K> & string)[] } = {
  agency: [],
  programmes: ['code', 'order'],
  campaigns: ['opens', 'closes', 'applyUrl', 'regions', 'stages', 'concludedAfterDays'],
  positions: ['campaign', 'order', 'placements', 'disabilityAccess'],
  pages: [],
  announcements: ['campaign', 'published', 'reference', 'documentUrl'],
  channels: ['url', 'order'],
};

/**
 * What twins compare of a field whose value is partly in their language: stages have translated
 * titles, so only their number and dates must agree.
 */
export const sharedFieldViews: Readonly<Record<string, (value: unknown) => unknown>> = {
  stages: (value) =>
    Array.isArray(value)
      ? value.map((item: unknown) => {
          const { starts, ends } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
          return { starts, ends };
        })
      : value,
};

/** The part of a field's value that twins must agree on: the whole value, or what its view keeps. */
export function sharedPartOf(field: string, value: unknown): unknown {
  const view = sharedFieldViews[field];
  return view === undefined ? value : view(value);
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
 * The translations that disagree with their original about one of `fields` (a collection's
 * `sharedFields`), each compared through its view (`sharedFieldViews` unless given).
 */
export function findTwinDisagreements(
  entries: readonly { id: string; data: object }[],
  fields: readonly string[],
  views: Readonly<Record<string, (value: unknown) => unknown>> = sharedFieldViews,
): { id: string; twin: string; field: string }[] {
  const view = (data: object, field: string) => (views[field] ?? ((value: unknown) => value))(fieldOf(data, field));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return entries.flatMap((entry) => {
    if (splitEntryId(entry.id).locale !== defaultLocale) return [];
    return localeCodes
      .filter((other) => other !== defaultLocale)
      .flatMap((other) => {
        const twin = byId.get(twinId(entry.id, other));
        if (twin === undefined) return [];
        return fields
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
