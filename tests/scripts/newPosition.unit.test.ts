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
 * runs the command on other files, has a copy of its own. The valid set's one campaign closed in
 * 2025; the campaigns a test adds are dated from the real time, which the command decides by.
 */
afterAll(removeContentSets);

const day = 24 * 3_600_000;

function newPosition(root: string, slug: string, ...options: string[]) {
  return npmRun('new:position', [slug, ...options], { CONTENT_ROOT: root });
}

/** `2026-12-26T08:00:00+07:00`: an instant in WIB, as editors write them. */
function wib(instant: number): string {
  return `${new Date(instant + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** The valid set's campaign in both languages under another name, title and window, `opens` days from now. */
function addCampaign(root: string, slug: string, opens: number, applyUrl = 'https://rekrutmen.bpjsketenagakerjaan.go.id'): void {
  const opensAt = Date.now() + opens * day;
  for (const locale of ['id', 'en']) {
    const text = readFileSync(join(root, 'campaigns', locale, 'kampanye-uji.md'), 'utf8')
      .replace(/^title: .*$/m, `title: "Rekrutmen ${slug}"`)
      .replace(/^opens: .*$/m, `opens: "${wib(opensAt)}"`)
      .replace(/^closes: .*$/m, `closes: "${wib(opensAt + 7 * day)}"`)
      .replace(/^applyUrl: .*$/m, `applyUrl: "${applyUrl}"`);
    writeFileSync(join(root, 'campaigns', locale, `${slug}.md`), text);
  }
}

/** The positions of both languages, to show that a refused run wrote nothing. */
function positionFiles(root: string): string[] {
  return ['id', 'en'].flatMap((locale) => readdirSync(join(root, 'positions', locale)).map((name) => `${locale}/${name}`));
}

describe('npm run new:position', () => {
  /** A content set where `npm run new:position -- petugas-layanan` has run, for the tests that only read it. */
  let scaffolded = '';
  let run: RunResult | undefined;

  beforeAll(() => {
    scaffolded = contentSet();
    run = newPosition(scaffolded, 'petugas-layanan', '--campaign=kampanye-uji');
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

  test('points the new position at the campaign named by --campaign and after the existing positions', () => {
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
    newPosition(root, 'petugas-layanan', '--campaign=kampanye-uji');
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

  test('uses the campaign named by --campaign, even a closed one while another is upcoming', () => {
    const root = contentSet();
    addCampaign(root, 'rekrutmen-mendatang', 30);
    const run = newPosition(root, 'petugas-layanan', '--campaign', 'kampanye-uji');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('kampanye kampanye-uji');
    for (const locale of ['id', 'en']) {
      expect(readFileSync(join(root, `positions/${locale}/petugas-layanan.md`), 'utf8')).toContain('campaign: "kampanye-uji"');
    }
  });

  test('without --campaign, points at the only campaign open or upcoming and links its apply address', () => {
    const root = contentSet();
    addCampaign(root, 'rekrutmen-ditutup', -20);
    addCampaign(root, 'rekrutmen-mendatang', 30, 'https://rekrutmen.bpjsketenagakerjaan.go.id/mendatang');
    const run = newPosition(root, 'petugas-layanan');
    expect(run.status, run.stderr).toBe(0);
    for (const locale of ['id', 'en']) {
      const text = readFileSync(join(root, `positions/${locale}/petugas-layanan.md`), 'utf8');
      expect(text).toContain('campaign: "rekrutmen-mendatang"');
      expect(text).toContain('](https://rekrutmen.bpjsketenagakerjaan.go.id/mendatang)');
    }
  });

  test('without --campaign, lists the campaigns and writes nothing when two are upcoming', () => {
    const root = contentSet();
    addCampaign(root, 'rekrutmen-mendatang', 30);
    addCampaign(root, 'rekrutmen-tahun-depan', 400);
    const before = positionFiles(root);
    const run = newPosition(root, 'petugas-layanan');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/2 kampanye sedang dibuka atau akan dibuka.* \/ 2 campaigns are open or upcoming/);
    for (const slug of ['rekrutmen-mendatang', 'rekrutmen-tahun-depan']) {
      expect(run.stderr).toMatch(new RegExp(`^  ${slug}  "Rekrutmen ${slug}"  \\d{4}-\\d{2}-\\d{2}T.* – .*  akan dibuka / upcoming$`, 'm'));
    }
    expect(run.stderr).toMatch(/^  kampanye-uji  "Rekrutmen Uji"  2025-09-08T00:00:00\+07:00 – 2025-09-14T23:59:59\+07:00  selesai \/ concluded$/m);
    expect(run.stderr).toContain('npm run new:position -- petugas-layanan --campaign=kampanye-uji');
    expect(positionFiles(root)).toEqual(before);
  });

  test('without --campaign, lists the campaigns and writes nothing when none is open or upcoming', () => {
    const root = contentSet();
    const before = positionFiles(root);
    const run = newPosition(root, 'petugas-layanan');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Tidak ada kampanye yang pasti sedang dibuka.* \/ No campaign is known to be open or upcoming/);
    expect(run.stderr).toMatch(/^  kampanye-uji  "Rekrutmen Uji"  /m);
    expect(run.stderr).toContain('--campaign=<nama kampanye>');
    expect(positionFiles(root)).toEqual(before);
  });

  test('refuses a --campaign that names no campaign, naming it and the campaigns there are', () => {
    const root = contentSet();
    const before = positionFiles(root);
    const run = newPosition(root, 'petugas-layanan', '--campaign=rekrutmen-2030');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /Kampanye "rekrutmen-2030" \(--campaign\) tidak ada di .*campaigns\/id; yang ada: kampanye-uji\..* \/ There is no campaign "rekrutmen-2030"/,
    );
    expect(positionFiles(root)).toEqual(before);
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
