import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteContentFiles } from '../../src/lib/content/files.ts';
import { contentCollectionNames } from '../../src/lib/content/schemas.ts';
import { findMissingTwins } from '../../src/lib/content/twins.ts';
import { projectRoot } from '../support/sites.ts';

const contentFiles = siteContentFiles(join(projectRoot, 'content'));

/** Announcements are published as a recruitment goes on: a site may have none yet. */
const mayBeEmpty = new Set(['announcements']);

describe.each(contentCollectionNames)('content/%s', (collection) => {
  const ids = contentFiles.filter((file) => file.collection === collection).map((file) => file.id);

  test('has a twin in every language for every entry', () => {
    expect(findMissingTwins(ids)).toEqual([]);
  });

  if (!mayBeEmpty.has(collection)) {
    test('is not empty', () => {
      expect(ids.length).toBeGreaterThan(0);
    });
  }
});
