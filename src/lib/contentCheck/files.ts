import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, localeCodes } from '../../i18n/locales.ts';
import { displayPath, extensionOf, readsContentFile, siteContentFiles, sortedEntries } from '../content/files.ts';
import { contentCollectionNames, contentCollections, type ContentCollectionName } from '../content/schemas.ts';
import { kebabCaseSlug } from '../content/twins.ts';
import { editorText } from '../editorMessages.ts';
import { type ContentFile, fileField, type Report } from './problems.ts';

/*
 * The files the check reads are the files the site reads (src/lib/content/files.ts). Around them,
 * the check walks the content folder for what the site would silently skip (a folder it does not
 * know, a file outside a language folder, a `.mdx` or another type) and for file names that
 * cannot be page addresses, and reports each.
 */

type ReportWhole = (file: string, message: string) => void;

/** Every file Astro would read, and a problem for each file or folder it would silently skip. */
export function findContentFiles(root: string, report: Report): ContentFile[] {
  const whole: ReportWhole = (file, message) => report({ file, line: undefined, field: fileField, message });
  if (!existsSync(root)) {
    whole(displayPath(root), editorText('contentFolderMissing'));
    return [];
  }
  for (const entry of sortedEntries(root)) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && !(contentCollectionNames as string[]).includes(entry.name)) {
      whole(displayPath(root, entry.name), editorText('folderNotRead', { folders: contentCollectionNames }));
    }
  }
  for (const collection of contentCollectionNames) reportUnreadIn(root, collection, whole);
  return siteContentFiles(root).map((file) => {
    if (!kebabCaseSlug.test(file.slug)) whole(file.path, editorText('badFileName', { slug: file.slug }));
    // Astro reads a route segment that equals a language code as that language.
    if (isLocale(file.slug)) whole(file.path, editorText('slugIsLanguage', { slug: file.slug }));
    return { ...file, raw: undefined, data: undefined, lineOf: () => 1 };
  });
}

/** What the site would skip in a collection's folder: a problem for each, but hidden files and the folder's README. */
function reportUnreadIn(root: string, collection: ContentCollectionName, whole: ReportWhole): void {
  const folder = join(root, collection);
  const extensions: readonly string[] = contentCollections[collection].extensions;
  if (!existsSync(folder)) {
    whole(displayPath(root, collection), editorText('collectionFolderMissing'));
    return;
  }
  for (const entry of sortedEntries(folder)) {
    if (entry.name.startsWith('.') || /^readme\.md$/i.test(entry.name)) continue;
    if (!entry.isDirectory() || !isLocale(entry.name)) {
      whole(displayPath(root, collection, entry.name), editorText('outsideLanguageFolder', { languages: localeCodes }));
      continue;
    }
    const locale = entry.name;
    for (const item of sortedEntries(join(folder, locale))) {
      if (item.name.startsWith('.') || readsContentFile(collection, item.name, item.isDirectory())) continue;
      const path = displayPath(root, collection, locale, item.name);
      if (extensionOf(item.name) === 'mdx' && !extensions.includes('mdx')) {
        whole(path, editorText('mdxNotPublished'));
        continue;
      }
      const list = extensions.map((candidate) => `.${candidate}`).join(', ');
      whole(path, editorText('fileNotRead', { collection, extensions: list, language: locale }));
    }
  }
}
