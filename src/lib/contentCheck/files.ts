import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, localeCodes } from '../../i18n/locales.ts';
import { contentCollectionNames, contentCollections, type ContentCollectionName } from '../content/schemas.ts';
import { entryIdFromPath, kebabCaseSlug } from '../content/twins.ts';
import { editorText } from '../content/editorMessages.ts';
import { type ContentFile, displayPath, fileField, type Report } from './problems.ts';

/** Every file Astro would read, and a problem for each file or folder it would silently skip. */
export function findContentFiles(root: string, report: Report): ContentFile[] {
  const whole = (file: string, message: string) => report({ file, line: undefined, field: fileField, message });
  if (!existsSync(root)) {
    whole(displayPath(root), editorText('contentFolderMissing'));
    return [];
  }
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && !(contentCollectionNames as string[]).includes(entry.name)) {
      whole(displayPath(root, entry.name), editorText('folderNotRead', { folders: contentCollectionNames }));
    }
  }
  return contentCollectionNames.flatMap((collection) => findCollectionFiles(root, collection, whole));
}

function sortedEntries(folder: string) {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

function findCollectionFiles(
  root: string,
  collection: ContentCollectionName,
  whole: (file: string, message: string) => void,
): ContentFile[] {
  const folder = join(root, collection);
  const extensions: readonly string[] = contentCollections[collection].extensions;
  if (!existsSync(folder)) {
    whole(displayPath(root, collection), editorText('collectionFolderMissing'));
    return [];
  }
  const files: ContentFile[] = [];
  for (const entry of sortedEntries(folder)) {
    if (entry.name.startsWith('.') || /^readme\.md$/i.test(entry.name)) continue;
    if (!entry.isDirectory() || !isLocale(entry.name)) {
      whole(displayPath(root, collection, entry.name), editorText('outsideLanguageFolder', { languages: localeCodes }));
      continue;
    }
    const locale = entry.name;
    for (const item of sortedEntries(join(folder, locale))) {
      if (item.name.startsWith('.')) continue;
      const path = displayPath(root, collection, locale, item.name);
      const extension = item.name.includes('.') ? item.name.slice(item.name.lastIndexOf('.') + 1) : '';
      if (extension === 'mdx' && !extensions.includes(extension)) {
        whole(path, editorText('mdxNotPublished'));
        continue;
      }
      if (item.isDirectory() || !extensions.includes(extension)) {
        const list = extensions.map((candidate) => `.${candidate}`).join(', ');
        whole(path, editorText('fileNotRead', { collection, extensions: list, language: locale }));
        continue;
      }
      const id = entryIdFromPath(`${locale}/${item.name}`);
      const slug = id.slice(locale.length + 1);
      if (!kebabCaseSlug.test(slug)) whole(path, editorText('badFileName', { slug }));
      // Astro reads a route segment that equals a language code as that language.
      if (isLocale(slug)) whole(path, editorText('slugIsLanguage', { slug }));
      files.push({
        collection,
        locale,
        id,
        slug,
        path,
        absolutePath: join(folder, locale, item.name),
        extension,
        raw: undefined,
        data: undefined,
        lineOf: () => 1,
      });
    }
  }
  return files;
}
