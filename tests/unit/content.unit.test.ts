import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { entryIdFromPath, findMissingTwins } from '../../src/lib/translationTwins.ts';
import { projectRoot } from '../support/sites.ts';

const contentDir = join(projectRoot, 'content');
const collections = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(collections)('content/%s', (collection) => {
  const ids = localeCodes.flatMap((locale) =>
    readdirSync(join(contentDir, collection, locale)).map((file) => entryIdFromPath(`${locale}/${file}`)),
  );

  test('has a twin in every language for every entry', () => {
    expect(findMissingTwins(ids)).toEqual([]);
  });

  test('is not empty', () => {
    expect(ids.length).toBeGreaterThan(0);
  });
});
