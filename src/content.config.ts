import { isAbsolute } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { localeCodes } from './i18n/locales.ts';
import { contentCollections, contentRoot, type ContentCollectionName } from './lib/content/schemas.ts';
import { entryIdFromPath } from './lib/content/twins.ts';

/*
 * Every collection keeps one file per language, paired by file name: `id/x.md` and `en/x.md`.
 * The schemas live in src/lib/content/schemas.ts, where `npm run check:content` reads them too.
 */
const languageFolders = `{${localeCodes.join(',')}}`;
const root = contentRoot();

/** A glob alternative; braces around a single item would match nothing. */
function oneOf(items: readonly string[]): string {
  return items.length === 1 ? (items[0] ?? '') : `{${items.join(',')}}`;
}

function localized(collection: ContentCollectionName) {
  return glob({
    base: isAbsolute(root) ? `${root}/${collection}` : `./${root}/${collection}`,
    pattern: `${languageFolders}/*.${oneOf(contentCollections[collection].extensions)}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

export const collections = {
  agency: defineCollection({ loader: localized('agency'), schema: contentCollections.agency.schema }),
  programmes: defineCollection({ loader: localized('programmes'), schema: contentCollections.programmes.schema }),
  campaigns: defineCollection({ loader: localized('campaigns'), schema: contentCollections.campaigns.schema }),
  positions: defineCollection({ loader: localized('positions'), schema: contentCollections.positions.schema }),
  pages: defineCollection({ loader: localized('pages'), schema: contentCollections.pages.schema }),
  announcements: defineCollection({ loader: localized('announcements'), schema: contentCollections.announcements.schema }),
  channels: defineCollection({ loader: localized('channels'), schema: contentCollections.channels.schema }),
};
