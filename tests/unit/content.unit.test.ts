import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { entryIdFromPath, findMissingTwins } from '../../src/lib/content/twins.ts';
import { projectRoot } from '../support/sites.ts';

const contentDir = join(projectRoot, 'content');
const collections = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Announcements are published as a recruitment goes on: a site may have none yet. */
const mayBeEmpty = new Set(['announcements']);

describe.each(collections)('content/%s', (collection) => {
  const ids = localeCodes.flatMap((locale) => {
    const folder = join(contentDir, collection, locale);
    return existsSync(folder) ? readdirSync(folder).filter((file) => !file.startsWith('.')).map((file) => entryIdFromPath(`${locale}/${file}`)) : [];
  });

  test('has a twin in every language for every entry', () => {
    expect(findMissingTwins(ids)).toEqual([]);
  });

  if (!mayBeEmpty.has(collection)) {
    test('is not empty', () => {
      expect(ids.length).toBeGreaterThan(0);
    });
  }
});
