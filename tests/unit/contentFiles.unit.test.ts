import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// The library Astro's glob() loader lists a collection's files with (astro/dist/content/loaders/glob.js).
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, test } from 'vitest';
import { contentFilePattern, readSiteContentFiles, siteContentFiles } from '../../src/lib/content/files.ts';
import { contentCollectionNames } from '../../src/lib/content/schemas.ts';

/*
 * Which files under a content root the site reads: one rule, for Astro's loaders and for everything
 * else that lists content, held here against the library Astro lists files with.
 */

const root = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Files an editor might leave anywhere, each named by what it is. */
const tree = [
  'README.md',
  'unknown/id/x.md',
  'positions/README.md',
  'positions/outside-a-language-folder.md',
  'positions/fr/not-a-site-language.md',
  'positions/id/pelayanan.md',
  'positions/en/pelayanan.md',
  'positions/id/README.md',
  'positions/id/.hidden.md',
  'positions/id/component.mdx',
  'positions/id/upper-case.MD',
  'positions/id/notes.txt',
  'positions/id/a-folder.md/inside.md',
  'positions/id/nested/deeper.md',
  'channels/id/portal.yaml',
  'channels/id/situs.yml',
  'channels/id/markdown-in-data.md',
  'channels/en/portal.yaml',
];
for (const file of tree) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), `${file}\n`);
}

describe('the content files the site reads', () => {
  test('are, in every collection, exactly the files Astro’s glob() loader lists with its pattern', () => {
    for (const collection of contentCollectionNames) {
      const byAstro = globSync(contentFilePattern(collection), { cwd: join(root, collection), expandDirectories: false });
      const listed = siteContentFiles(root).filter((file) => file.collection === collection);
      expect(listed.map((file) => file.absolutePath.slice(join(root, collection).length + 1)).sort(), collection).toEqual(byAstro.sort());
    }
  });

  test('are a language folder’s files of the collection’s types, hidden ones left out', () => {
    expect(siteContentFiles(root).map((file) => file.path.slice(root.length + 1))).toEqual([
      'positions/en/pelayanan.md',
      'positions/id/pelayanan.md',
      'positions/id/README.md',
      'channels/en/portal.yaml',
      'channels/id/portal.yaml',
      'channels/id/situs.yml',
    ]);
  });

  test('are each known by collection, language, entry id, slug and type', () => {
    expect(siteContentFiles(root).find((file) => file.path.endsWith('situs.yml'))).toEqual({
      collection: 'channels',
      locale: 'id',
      id: 'id/situs',
      slug: 'situs',
      extension: 'yml',
      path: `${root}/channels/id/situs.yml`,
      absolutePath: join(root, 'channels', 'id', 'situs.yml'),
    });
  });

  test('are read with their text, in path order', () => {
    const files = readSiteContentFiles(`${root}/`);
    expect([...files.keys()]).toEqual([
      `${root}/channels/en/portal.yaml`,
      `${root}/channels/id/portal.yaml`,
      `${root}/channels/id/situs.yml`,
      `${root}/positions/en/pelayanan.md`,
      `${root}/positions/id/README.md`,
      `${root}/positions/id/pelayanan.md`,
    ]);
    expect(files.get(`${root}/positions/id/pelayanan.md`)).toBe('positions/id/pelayanan.md\n');
  });

  test('are read by one pattern per collection, each language folder and the collection’s types', () => {
    expect(contentFilePattern('positions')).toBe('{id,en}/*.md');
    expect(contentFilePattern('channels')).toBe('{id,en}/*.{yaml,yml}');
  });
});
