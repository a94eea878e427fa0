import { isAbsolute } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFilePattern } from './lib/content/files.ts';
import { contentCollections, contentRoot, type ContentCollectionName } from './lib/content/schemas.ts';
import { entryIdFromPath } from './lib/content/twins.ts';

/*
 * Every collection keeps one file per language, paired by file name: `id/x.md` and `en/x.md`.
 * The schemas live in src/lib/content/schemas.ts, and which files are read in
 * src/lib/content/files.ts, where `npm run check:content` reads both too.
 */
const root = contentRoot();

function localized(collection: ContentCollectionName) {
  return glob({
    base: isAbsolute(root) ? `${root}/${collection}` : `./${root}/${collection}`,
    pattern: contentFilePattern(collection),
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
