import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isLocale, type Locale, localeCodes } from '../../i18n/locales.ts';
import { contentCollectionNames, contentCollections, type ContentCollectionName } from './schemas.ts';
import { entryIdFromPath } from './twins.ts';

/*
 * Which files under a content root the site reads, said once: in each collection's folder, one
 * folder per language, and in it the files of the collection's types (schemas.ts) that are not
 * hidden. src/content.config.ts gives Astro's glob() loaders `contentFilePattern`; the content
 * check, the output check (to say which file a problem came from), the editors' scripts and the
 * tests list them with `siteContentFiles`; the content check walks the rest of the folder with
 * `readsContentFile` to report what the site would skip.
 */

/** A glob alternative; braces around a single item would match nothing. */
function oneOf(items: readonly string[]): string {
  return items.length === 1 ? (items[0] ?? '') : `{${items.join(',')}}`;
}

/** What a collection's loader reads under the collection's folder: `{id,en}/*.md`. */
export function contentFilePattern(collection: ContentCollectionName): string {
  return `${oneOf(localeCodes)}/*.${oneOf(contentCollections[collection].extensions)}`;
}

/** What follows a file name's last dot: `pelayanan.md` → `md`; empty when there is none. */
export function extensionOf(name: string): string {
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
}

/**
 * Whether the site reads an entry named `name` in a language folder of `collection`: the rule of
 * `contentFilePattern`, whose `*` matches neither a hidden name nor a folder.
 */
export function readsContentFile(collection: ContentCollectionName, name: string, isFolder: boolean): boolean {
  const extensions: readonly string[] = contentCollections[collection].extensions;
  return !isFolder && !name.startsWith('.') && extensions.includes(extensionOf(name));
}

/** A path for messages, with forward slashes on every system. */
export function displayPath(...parts: string[]): string {
  return join(...parts)
    .split(sep)
    .join('/');
}

/** A file the site reads, and the entry it becomes. */
export interface SiteContentFile {
  collection: ContentCollectionName;
  locale: Locale;
  /** `en/pelayanan` */
  id: string;
  /** `pelayanan`: the file name without its extension, shared by the twins. */
  slug: string;
  extension: string;
  /** For messages: the content root as given, then `positions/en/pelayanan.md`. */
  path: string;
  /** Where to read it: the content root joined with the same. */
  absolutePath: string;
}

/** A folder's entries by name, as an editor's file list shows them. */
export function sortedEntries(folder: string) {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

/** The file named `name` in the `locale` folder of `collection` under `root`, as the site reads it. */
function siteContentFile(root: string, collection: ContentCollectionName, locale: Locale, name: string): SiteContentFile {
  const id = entryIdFromPath(`${locale}/${name}`);
  return {
    collection,
    locale,
    id,
    slug: id.slice(locale.length + 1),
    extension: extensionOf(name),
    path: displayPath(root, collection, locale, name),
    absolutePath: join(root, collection, locale, name),
  };
}

/** Every file the site reads under `root`, collection by collection, then by language folder and name. */
export function siteContentFiles(root: string): SiteContentFile[] {
  return contentCollectionNames.flatMap((collection) => {
    const folder = join(root, collection);
    if (!existsSync(folder)) return [];
    return sortedEntries(folder).flatMap((languageFolder) => {
      const locale = languageFolder.name;
      if (!languageFolder.isDirectory() || !isLocale(locale)) return [];
      return sortedEntries(join(folder, locale))
        .filter((entry) => readsContentFile(collection, entry.name, entry.isDirectory()))
        .map((entry) => siteContentFile(root, collection, locale, entry.name));
    });
  });
}

/** Every file the site reads under `root` with its text, by `path`, in path order: the order a message names them in. */
export function readSiteContentFiles(root: string): Map<string, string> {
  return new Map(
    siteContentFiles(root)
      .map(({ path, absolutePath }) => [path, readFileSync(absolutePath, 'utf8')] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
