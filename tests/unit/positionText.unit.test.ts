import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck/checkContent.ts';
import { contentSet, removeContentSets } from '../support/contentFixtures.ts';

afterAll(removeContentSets);

/** The valid set with a paragraph added to the position's text in one language; its problems, paths relative. */
function problemsWithParagraph(locale: 'id' | 'en', paragraph: string) {
  const root = contentSet();
  const path = join(root, 'positions', locale, 'posisi-uji.md');
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${paragraph}\n`);
  const lines = readFileSync(path, 'utf8').split('\n');
  return {
    line: lines.lastIndexOf(paragraph) + 1,
    problems: checkContent(root).problems.map((problem) => ({ ...problem, file: problem.file.slice(root.length + 1) })),
  };
}

describe('the content check of a position\'s text', () => {
  test.each([
    ['id', 'Putra-putri daerah diprioritaskan sesuai wilayah penempatan.', /prioritas kandidat lokal/],
    ['id', 'Beberapa posisi terbuka bagi kandidat penyandang disabilitas fisik.', /kandidat penyandang disabilitas/],
    ['id', 'Seluruh tahapan rekrutmen **tidak dipungut biaya**.', /tidak dipungut biaya/],
    ['en', 'Keep in mind: the Recruitment and Selection Committee decides.', /Recruitment and Selection Committee's decisions/],
    ['en', '- Every stage is free of charge.', /free of charge/],
  ] as const)('refuses in %s the restated term "%s", naming the file, the text and the line', (locale, paragraph, term) => {
    const { line, problems } = problemsWithParagraph(locale, paragraph);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `positions/${locale}/posisi-uji.md`, field: '(isi)', line });
    expect(problems[0]?.message).toMatch(/^teks posisi mengulang ketentuan rekrutmen .* \/ the position text repeats a recruitment term/);
    expect(problems[0]?.message).toMatch(term);
  });

  test('accepts a role that serves members with disabilities and arranges their accommodation', () => {
    expect(problemsWithParagraph('id', 'Petugas melayani peserta penyandang disabilitas dan menyiapkan akomodasi yang mereka perlukan.').problems).toEqual([]);
  });

  test('leaves other collections free to state the terms', () => {
    const root = contentSet();
    const path = join(root, 'pages', 'id', 'tanya-jawab.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nSeluruh tahapan rekrutmen tidak dipungut biaya.\n`);
    expect(checkContent(root).problems).toEqual([]);
  });
});
