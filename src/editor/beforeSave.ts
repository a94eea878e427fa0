import { defaultLocale, isLocale, type Locale, localeCodes } from '../i18n/locales.ts';
import { contentCollections, contentFolder, type ContentCollectionName } from '../lib/content/schemas.ts';
import { sharedFields, sharedFieldViews } from '../lib/content/twins.ts';
import { dataBlockProblems, formatProblem } from '../lib/contentCheck/entryCheck.ts';
import { editorText } from '../lib/editorMessages.ts';
import { dataText, type Fields } from './entryText.ts';

/*
 * What the editor's page checks before Decap saves an entry, in every language: the data block each
 * file will have (written by entryText.ts, as it will be saved), through the content check's own
 * rules for one file (src/lib/contentCheck/entryCheck.ts). The hosted editor has no server of ours
 * in front of GitHub, so this is where its editors meet a look-alike address or a mistyped date;
 * the page text and what concerns other files are checked by CI (and, locally, by the editor's server).
 */

/** An entry as Decap holds it at save time: the default language's fields and each other language's. */
export interface EntryInLanguages {
  collection: string;
  /** Empty for an entry not yet saved. */
  slug: string;
  fields: Partial<Record<Locale, Fields>>;
}

function isCollection(name: string): name is ContentCollectionName {
  return Object.hasOwn(contentCollections, name);
}

/** A language's fields as they will be written: facts the twins share come from the Indonesian original. */
function fieldsIn(entry: EntryInLanguages, collection: ContentCollectionName, locale: Locale): Fields {
  const own = entry.fields[locale] ?? {};
  if (locale === defaultLocale) return own;
  const original = entry.fields[defaultLocale] ?? {};
  const copied = (sharedFields[collection] as readonly string[]).filter((field) => !(field in sharedFieldViews) && field in original);
  return { ...own, ...Object.fromEntries(copied.map((field) => [field, original[field]])) };
}

/** The check's lines for every problem in the entry's data blocks; empty when it may be saved. */
export function problemsBeforeSave(entry: EntryInLanguages): string[] {
  if (!isCollection(entry.collection)) return [];
  const collection = entry.collection;
  const extension = contentCollections[collection].extensions[0] ?? 'md';
  const slug = entry.slug === '' ? 'baru' : entry.slug;
  return localeCodes.flatMap((locale) => {
    const { body: _body, ...data } = fieldsIn(entry, collection, locale);
    const path = `${contentFolder}/${collection}/${locale}/${slug}.${extension}`;
    // A Markdown file's data block starts on its second line, after `---`.
    const lineOffset = extension === 'md' ? 1 : 0;
    return dataBlockProblems({ collection, locale, slug, path, extension }, dataText(data), lineOffset).map(formatProblem);
  });
}

/** The message Decap shows instead of saving. */
export function refusal(lines: readonly string[]): string {
  return [editorText('editorSaveRefused', { count: lines.length }), ...lines].join('\n');
}

/** Decap's entry (an Immutable map) as the languages' fields. */
export function entryInLanguages(entry: { get(key: string): unknown }): EntryInLanguages {
  const plain = (value: unknown) => (value as { toJS?(): unknown } | undefined)?.toJS?.() as Fields | undefined;
  const fields: Partial<Record<Locale, Fields>> = { [defaultLocale]: plain(entry.get('data')) ?? {} };
  const languages = (plain(entry.get('i18n')) ?? {}) as Record<string, { data?: Fields }>;
  for (const [locale, value] of Object.entries(languages)) {
    if (isLocale(locale) && locale !== defaultLocale && value.data !== undefined) fields[locale] = value.data;
  }
  return { collection: String(entry.get('collection') ?? ''), slug: String(entry.get('slug') ?? ''), fields };
}
