import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck/checkContent.ts';
import { positionSchema } from '../../src/lib/content/schemas.ts';
import { factsStatedIn } from '../../src/lib/recruitment/positionFacts.ts';
import { contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { npmRun, type RunResult } from '../support/npmRun.ts';

/*
 * `npm run new:position` as an editor runs it, on temporary copies of the valid content set. The
 * tests that only read what the scaffold wrote share one run of it; a test that edits the files, or
 * runs the command on other files, has a copy of its own.
 */
afterAll(removeContentSets);

function newPosition(root: string, slug: string) {
  return npmRun('new:position', [slug], { CONTENT_ROOT: root });
}

describe('npm run new:position', () => {
  /** A content set where `npm run new:position -- petugas-layanan` has run, for the tests that only read it. */
  let scaffolded = '';
  let run: RunResult | undefined;

  beforeAll(() => {
    scaffolded = contentSet();
    run = newPosition(scaffolded, 'petugas-layanan');
  });

  test('creates the Indonesian and the English file of a new position', () => {
    expect(run?.status).toBe(0);
    expect(existsSync(join(scaffolded, 'positions/id/petugas-layanan.md'))).toBe(true);
    expect(existsSync(join(scaffolded, 'positions/en/petugas-layanan.md'))).toBe(true);
    expect(run?.stdout).toContain(join(scaffolded, 'positions/en/petugas-layanan.md'));
  });

  test('writes every field of a position, each under a comment', () => {
    for (const locale of ['id', 'en']) {
      const lines = readFileSync(join(scaffolded, `positions/${locale}/petugas-layanan.md`), 'utf8').split('\n');
      for (const field of Object.keys(positionSchema.shape)) {
        const at = lines.findIndex((line) => line.replace(/^# /, '').startsWith(`${field}:`));
        expect(at, `${locale}: ${field}`).toBeGreaterThan(0);
        expect(lines[at - 1], `${locale}: comment above ${field}`).toMatch(/^#/);
      }
    }
  });

  test('points the new position at the latest campaign and after the existing positions', () => {
    const text = readFileSync(join(scaffolded, 'positions/en/petugas-layanan.md'), 'utf8');
    expect(text).toContain('campaign: "kampanye-uji"');
    expect(text).toContain('order: 2');
    expect(text).toContain('](https://rekrutmen.bpjsketenagakerjaan.go.id)');
  });

  test('writes files the content check refuses until an editor fills them in', () => {
    const problems = checkContent(scaffolded).problems.map(
      (problem) => `${problem.file.slice(scaffolded.length + 1)}  ${problem.field}`,
    );
    for (const locale of ['id', 'en']) {
      expect(problems).toContain(`positions/${locale}/petugas-layanan.md  title`);
      expect(problems).toContain(`positions/${locale}/petugas-layanan.md  description`);
      expect(problems).toContain(`positions/${locale}/petugas-layanan.md  (isi)`);
    }
  });

  test('writes files that pass the content check once the fields and sample text are filled in', () => {
    const root = contentSet();
    newPosition(root, 'petugas-layanan');
    for (const locale of ['id', 'en']) {
      const path = join(root, `positions/${locale}/petugas-layanan.md`);
      const filled = readFileSync(path, 'utf8')
        .replace('title: ""', 'title: "Petugas Layanan"')
        .replace('description: ""', 'description: "Petugas layanan melayani peserta di kantor cabang."')
        .replace(/\[\[[^\]]*\]\]/g, 'Petugas layanan melayani peserta di kantor cabang.');
      writeFileSync(path, filled);
    }
    expect(checkContent(root).problems).toEqual([]);
  });

  test('leaves the recruitment terms to the position page and opens no sentence with "Secara umum"', () => {
    for (const locale of ['id', 'en'] as const) {
      const text = readFileSync(join(scaffolded, `positions/${locale}/petugas-layanan.md`), 'utf8');
      const body = text.slice(text.indexOf('\n---\n', 4));
      expect(factsStatedIn(body, locale), locale).toEqual([]);
      expect(text).not.toMatch(/Secara umum|In general/);
    }
  });

  test('refuses to overwrite a position that exists, and leaves its files as they were', () => {
    const root = contentSet();
    const path = join(root, 'positions/id/posisi-uji.md');
    const before = readFileSync(path, 'utf8');
    const run = newPosition(root, 'posisi-uji');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /sudah ada, tidak ada berkas yang ditimpa.* \/ .*already exists; no file was overwritten/,
    );
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('refuses a slug whose translation alone exists, without writing the other language', () => {
    const root = contentSet();
    writeFileSync(join(root, 'positions/en/hanya-inggris.md'), 'x');
    const run = newPosition(root, 'hanya-inggris');
    expect(run.status).toBe(1);
    expect(existsSync(join(root, 'positions/id/hanya-inggris.md'))).toBe(false);
  });

  test.each([
    'Petugas',
    'petugas_layanan',
    'petugas layanan',
    'petugas--layanan',
    '-petugas',
    'pétugas',
    'petugas.md',
    '',
  ])('rejects the slug "%s" and writes nothing', (slug) => {
    const root = contentSet();
    const before = readdirSync(join(root, 'positions/id'));
    const run = newPosition(root, slug);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/huruf kecil a-z|Tulis nama berkas/);
    expect(readdirSync(join(root, 'positions/id'))).toEqual(before);
  });
});
