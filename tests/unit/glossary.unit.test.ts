import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { claims } from '../../src/config/claims.ts';
import { id as indonesianInterface } from '../../src/i18n/ui.ts';
import { siteContentFiles } from '../../src/lib/content/files.ts';
import { avoidedWords, avoidedWordsIn, glossaryEntries, readerText } from '../../src/lib/contentCheck/glossary.ts';

/*
 * The glossary in the editors' guide names the words Indonesian text does not use; these tests read
 * them from the guide and hold to them the Indonesian interface text, the claims register's Indonesian
 * words and the Indonesian prose of every page's content, in content/ (an invariant, whatever the
 * month) and in the test fixtures.
 */
const guide = readFileSync(new URL('../../content/README.md', import.meta.url), 'utf8');
const words = avoidedWords(glossaryEntries(guide));

describe('the glossary in the editors\' guide', () => {
  test('names the words not to use, "gratis", "e-mail", "online" and "offline" among them', () => {
    expect(words).toEqual(expect.arrayContaining(['gratis', 'e-mail', 'email', 'online', 'offline']));
  });

  test('does not forbid a word that is another row\'s term or whose use depends on the sentence', () => {
    expect(words).not.toContain('peserta');
    expect(words.some((word) => word.startsWith('klaim') || word.startsWith('perusahaan'))).toBe(false);
  });
});

describe('finding an avoided word', () => {
  test('finds it as a whole word in any case', () => {
    expect(avoidedWordsIn('Pendaftaran Online, GRATIS.', ['online', 'gratis'])).toEqual(['online', 'gratis']);
  });

  test('does not find it inside a longer word or a hyphenated one', () => {
    expect(avoidedWordsIn('Hasil testimoni dan pra-tes.', ['tes'])).toEqual([]);
  });

  test('reads the title, the description and the text, but not link addresses', () => {
    const file = '---\ntitle: "Lowongan gratis"\ndescription: "Satu kalimat."\n---\n\nLihat [portal](https://contoh.go.id/online/).\n';
    expect(avoidedWordsIn(readerText(file), ['gratis', 'online'])).toEqual(['gratis']);
  });
});

const collections = ['programmes', 'positions', 'agency', 'campaigns'];
const roots = { content: new URL('../../content/', import.meta.url), fixtures: new URL('../fixtures/site/', import.meta.url) };
const files = Object.entries(roots).flatMap(([name, root]) => {
  const indonesian = siteContentFiles(root.pathname).filter((file) => file.locale === 'id');
  return [
    ...collections.flatMap((collection) =>
      indonesian
        .filter((file) => file.collection === collection)
        .map((file) => ({ label: `${name}: ${collection}/id/${basename(file.absolutePath)}`, path: file.absolutePath })),
    ),
    ...['tanya-jawab.md', 'waspada-penipuan.md'].map((file) => ({ label: `${name}: pages/id/${file}`, path: join(root.pathname, 'pages', 'id', file) })),
  ];
});

describe.each(files)('$label', ({ path }) => {
  test('uses none of the words the glossary avoids', () => {
    expect(avoidedWordsIn(readerText(readFileSync(path, 'utf8')), words)).toEqual([]);
  });
});

describe('the Indonesian words the site itself writes', () => {
  test.each(Object.entries(indonesianInterface))('interface text %s uses none of the words the glossary avoids', (_key, text) => {
    expect(avoidedWordsIn(text, words)).toEqual([]);
  });

  test.each(Object.entries(claims))('claim %s uses none of the words the glossary avoids', (_id, claim) => {
    expect(avoidedWordsIn(claim.words.id, words)).toEqual([]);
  });
});
