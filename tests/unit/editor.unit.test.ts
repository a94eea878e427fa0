import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editorConfig } from '../../src/editor/config.ts';
import { dataText, markdownText, readMarkdown } from '../../src/editor/entryText.ts';
import { readGuideHelp } from '../../src/editor/fieldHelp.ts';
import { momentParts, writtenMoment } from '../../src/editor/momentValue.ts';
import { problemsBeforeSave } from '../../src/editor/beforeSave.ts';
import { editorContentSecurityPolicy, hostedConnectSources } from '../../src/editor/policy.ts';
import { contentRelativePath, problemsOfSave } from '../../src/editor/saveCheck.ts';
import { bodyField } from '../../src/lib/contentCheck/checkContent.ts';
import { placementRegionKeys } from '../../src/lib/recruitment/regions.ts';
import { editorConfigFile, editorConfigFromProject } from '../../scripts/support/editorFiles.ts';
import { contentFixtures } from '../support/contentFixtures.ts';
import { projectRoot } from '../support/sites.ts';


const guideText = readFileSync(join(projectRoot, 'content', 'README.md'), 'utf8');
const backend = { name: 'github', repo: 'contoh/situs', branch: 'main' };

type Field = Record<string, unknown> & { name: string; fields?: Field[] };
type Collection = { name: string; fields: Field[] };

function fieldOf(collection: string, name: string): Field {
  const config = editorConfig(readGuideHelp(guideText), backend) as { collections: Collection[] };
  const field = config.collections.find((item) => item.name === collection)?.fields.find((item) => item.name === name);
  if (field === undefined) throw new Error(`no field ${collection}.${name}`);
  return field;
}

describe('the browser editor’s configuration', () => {
  test('is what the content schemas, the guide and src/config/editor.json make today (run npm run editor:config)', () => {
    expect(readFileSync(editorConfigFile(projectRoot), 'utf8')).toBe(editorConfigFromProject(projectRoot));
  });

  test('refuses a schema field the guide does not describe, naming it', () => {
    const withoutCloses = guideText.replace(/^\| `closes` .*$/m, '');
    expect(() => editorConfig(readGuideHelp(withoutCloses), backend)).toThrow(/campaigns\.closes/);
  });

  test('copies the facts twins share to both languages and lets each language write its own text', () => {
    expect(fieldOf('campaigns', 'closes')['i18n']).toBe('duplicate');
    expect(fieldOf('positions', 'campaign')['i18n']).toBe('duplicate');
    expect(fieldOf('positions', 'placements')['i18n']).toBe('duplicate');
    expect(fieldOf('announcements', 'reference')['i18n']).toBe('duplicate');
    expect(fieldOf('positions', 'title')['i18n']).toBe(true);
    expect(fieldOf('positions', 'body')['i18n']).toBe(true);
    // Stage titles are translated; their dates are compared by the content check.
    expect(fieldOf('campaigns', 'stages')['i18n']).toBe(true);
  });

  test('offers every province and island group as a placement, and picks a position’s campaign from the campaigns', () => {
    const options = fieldOf('positions', 'placements')['options'] as { value: string }[];
    expect(options.map((option) => option.value)).toEqual(placementRegionKeys);
    expect(options).toHaveLength(45);
    expect(fieldOf('positions', 'campaign')).toMatchObject({ widget: 'relation', collection: 'campaigns', value_field: '{{slug}}' });
  });

  test('gives dates a picker that knows whether a date alone is allowed', () => {
    expect(fieldOf('campaigns', 'closes')).toMatchObject({ widget: 'moment', written: 'moment' });
    expect(fieldOf('announcements', 'published')).toMatchObject({ widget: 'moment', written: 'instant' });
    const reviewed = fieldOf('programmes', 'sources').fields?.find((field) => field.name === 'reviewed');
    expect(reviewed).toMatchObject({ widget: 'moment', written: 'date' });
  });

  test('shows the guide’s words as each field’s help and the meaning of each value', () => {
    // A guide of the test's own: the live guide's words may change, the wiring may not.
    const guide = [
      '## Daftar kolom',
      '',
      '### Posisi (`positions/`)',
      '',
      '| Kolom | Wajib | Isi | Contoh |',
      '| --- | --- | --- | --- |',
      '| `order` | ya, sama | urutan `1` di atas | `2` |',
      '| `disabilityAccess` | ya | `open` (bisa), `not-open` (tidak bisa), atau `to-confirm` (nanti) | `"to-confirm"` |',
    ].join('\n');
    const help = readGuideHelp(guide).collections.positions?.fields;
    expect(help?.['order']).toEqual({ help: 'urutan 1 di atas', required: true, valueLabels: {} });
    expect(help?.['disabilityAccess']?.valueLabels).toEqual({ open: 'bisa', 'not-open': 'tidak bisa', 'to-confirm': 'nanti' });
    // And the configuration made from the live guide carries its words.
    const live = readGuideHelp(guideText).collections.positions?.fields;
    expect(fieldOf('positions', 'order')['hint']).toBe(live?.['order']?.help);
    const access = fieldOf('positions', 'disabilityAccess')['options'] as { label: string; value: string }[];
    for (const option of access) expect(option.label).toBe(`${live?.['disabilityAccess']?.valueLabels[option.value]} · ${option.value}`);
  });
});

describe('the editor’s own policy', () => {
  test('lets the hosted editor reach only its Git host and its sign-in service', () => {
    expect(hostedConnectSources({ name: 'github' })).toEqual(['https://api.github.com']);
    expect(hostedConnectSources({ name: 'github', base_url: 'https://masuk.example.go.id/path' })).toEqual([
      'https://api.github.com',
      'https://masuk.example.go.id',
    ]);
  });

  test('loads scripts from its own address only and is never framed', () => {
    const policy = editorContentSecurityPolicy(['https://api.github.com']);
    expect(policy).toContain("script-src 'self' 'unsafe-eval';");
    expect(policy).toContain("connect-src 'self' https://api.github.com;");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('the editor’s date picker', () => {
  test('writes a date alone while no hour is confirmed, where the field allows it', () => {
    expect(writtenMoment({ date: '2027-03-01', time: '', offset: '+07:00' }, true)).toBe('2027-03-01');
    expect(writtenMoment({ date: '2027-03-01', time: '', offset: '+07:00' }, false)).toBe('');
  });

  test('writes a date and an hour with the chosen zone’s offset, never the computer’s', () => {
    expect(writtenMoment({ date: '2027-03-01', time: '23:59', offset: '+09:00' }, true)).toBe('2027-03-01T23:59:00+09:00');
  });

  test('reads back what it wrote', () => {
    expect(momentParts('2027-03-01T23:59:00+08:00', '+07:00')).toEqual({ date: '2027-03-01', time: '23:59', offset: '+08:00' });
    expect(momentParts('2027-03-01', '+07:00')).toEqual({ date: '2027-03-01', time: '', offset: '+07:00' });
    expect(momentParts(undefined, '+07:00')).toEqual({ date: '', time: '', offset: '+07:00' });
  });
});

describe('the editor’s file format', () => {
  test('quotes every text, dates included, and writes placements as the guide does', () => {
    const text = markdownText(
      { title: 'Petugas', opens: '2027-03-01', order: 2, placements: ['maluku', 'papua-barat'], empty: '', body: 'Teks.\n' },
      ['title', 'opens', 'order', 'placements'],
    );
    expect(text).toBe('---\ntitle: "Petugas"\nopens: "2027-03-01"\norder: 2\nplacements:\n  - maluku\n  - papua-barat\n---\n\nTeks.\n');
  });

  test('marks list items with "- " as the guide does, whatever the rich-text editor wrote, leaving code alone', () => {
    const body = 'Manfaat:\n\n* pengobatan;\n  * rawat jalan;\n* santunan.\n\n```\n* tetap\n```\n\nHarga *tidak* berubah.';
    expect(markdownText({ title: 'JKK', body })).toBe(
      '---\ntitle: "JKK"\n---\n\nManfaat:\n\n- pengobatan;\n  - rawat jalan;\n- santunan.\n\n```\n* tetap\n```\n\nHarga *tidak* berubah.\n',
    );
  });

  test('keeps each collection’s fields in the order of the guide’s table, as the files have them', () => {
    const config = editorConfig(readGuideHelp(guideText), backend) as { collections: Collection[] };
    for (const collection of config.collections) {
      const rows = Object.keys(readGuideHelp(guideText).collections[collection.name as 'programmes']?.fields ?? {});
      expect(collection.fields.map((field) => field.name).filter((name) => name !== 'body')).toEqual(rows);
    }
  });

  test('reads a file back to the fields it wrote, dates as written', () => {
    const fields = { title: 'Petugas', closes: '2027-03-14T23:59:00+07:00', stages: [{ title: 'Asesmen' }], body: 'Teks.\n' };
    expect(readMarkdown(markdownText(fields))).toEqual(fields);
  });

  test('writes a channel’s YAML file without a data block', () => {
    expect(parse(dataText({ name: 'Portal', url: 'https://rekrutmen.bpjsketenagakerjaan.go.id', order: 1 }))).toEqual({
      name: 'Portal',
      url: 'https://rekrutmen.bpjsketenagakerjaan.go.id',
      order: 1,
    });
  });
});

describe('the check of a save from the editor', () => {
  /** A project folder whose content/ is the valid content set. */
  function project(): string {
    const folder = mkdtempSync(join(tmpdir(), 'editor-save-'));
    projects.push(folder);
    cpSync(join(contentFixtures, 'valid'), join(folder, 'content'), { recursive: true });
    return folder;
  }
  const projects: string[] = [];
  afterAll(() => projects.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  /** The first Indonesian file of `collection` in the project's content, as the editor names it. */
  function firstFile(folder: string, collection: string): string {
    const name = readdirSync(join(folder, 'content', collection, 'id')).find((file) => file.endsWith('.md'));
    if (name === undefined) throw new Error(`the valid content set has no ${collection}`);
    return `content/${collection}/id/${name}`;
  }

  test('writes nothing outside content/', () => {
    expect(contentRelativePath('content/positions/id/x.md')).toBe('positions/id/x.md');
    expect(contentRelativePath('src/pages/index.astro')).toBeUndefined();
    expect(contentRelativePath('content/../package.json')).toBeUndefined();
    expect(problemsOfSave(project(), [{ path: 'package.json', raw: '{}' }])).toEqual([expect.stringMatching(/^package\.json {2}\(berkas\) /)]);
  });

  test('lets a file the check accepts be written', () => {
    const folder = project();
    const path = firstFile(folder, 'positions');
    const text = readFileSync(join(folder, path), 'utf8');
    expect(problemsOfSave(folder, [{ path, raw: text.replace(/\n*$/, '\n\nTeks tambahan yang sah.\n') }])).toEqual([]);
  });

  test('refuses a WhatsApp link in a position’s text, naming the file and the field, in both languages', () => {
    const folder = project();
    const path = firstFile(folder, 'positions');
    const text = readFileSync(join(folder, path), 'utf8');
    const problems = problemsOfSave(folder, [{ path, raw: text.replace(/\n*$/, '\n\nHubungi https://wa.me/6281234567890 untuk mendaftar.\n') }]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((line) => line.startsWith(`${path}:`) && line.includes(`  ${bodyField}  `) && line.includes(' / '))).toBe(true);
  });

  test('refuses a look-alike apply address exactly as in a file, naming the field', () => {
    const folder = project();
    const path = firstFile(folder, 'campaigns');
    const text = readFileSync(join(folder, path), 'utf8');
    const lookalike = text.replace(/^applyUrl: .*$/m, 'applyUrl: "https://rekrutmen-bpjsketenagakerjaan.com"');
    expect(lookalike).not.toBe(text);
    const problems = problemsOfSave(folder, [{ path, raw: lookalike }]);
    expect(problems.some((line) => line.startsWith(`${path}:`) && line.includes('  applyUrl  ') && line.includes('rekrutmen-bpjsketenagakerjaan.com'))).toBe(true);
  });

  test('refuses a date its twin does not share, naming the twin', () => {
    const folder = project();
    const path = firstFile(folder, 'campaigns');
    const text = readFileSync(join(folder, path), 'utf8');
    const moved = text.replace(/^closes: .*$/m, 'closes: "2030-01-31"');
    expect(moved).not.toBe(text);
    const problems = problemsOfSave(folder, [{ path, raw: moved }]);
    expect(problems.join('\n')).toContain('closes');
    expect(problems.join('\n')).toContain(path.replace('/id/', '/en/'));
  });
});

describe('the check in the editor’s page before a save', () => {
  const campaignFile = (locale: string) => {
    const folder = join(contentFixtures, 'valid', 'campaigns', locale);
    const name = readdirSync(folder).find((file) => file.endsWith('.md')) ?? '';
    return readMarkdown(readFileSync(join(folder, name), 'utf8'));
  };

  test('lets a valid entry be saved', () => {
    expect(problemsBeforeSave({ collection: 'campaigns', slug: 'kampanye', fields: { id: campaignFile('id'), en: campaignFile('en') } })).toEqual([]);
  });

  test('refuses a look-alike apply address in both languages, naming the file, the line and the field', () => {
    const id = { ...campaignFile('id'), applyUrl: 'https://rekrutmen-bpjsketenagakerjaan.com' };
    // The English twin still holds the old address: what is written is the Indonesian one, copied.
    const lines = problemsBeforeSave({ collection: 'campaigns', slug: 'kampanye', fields: { id, en: campaignFile('en') } });
    expect(lines).toHaveLength(2);
    for (const locale of ['id', 'en']) {
      expect(lines.find((line) => line.startsWith(`content/campaigns/${locale}/kampanye.md:`))).toMatch(/^\S+:\d+ {2}applyUrl {2}.*rekrutmen-bpjsketenagakerjaan\.com.* \/ /);
    }
  });

  test('refuses a stage’s date that is not a real day, in the language it was typed in', () => {
    const en = { ...campaignFile('en'), stages: [{ title: 'Register online', starts: '2025-02-30', ends: '2025-03-02' }] };
    const lines = problemsBeforeSave({ collection: 'campaigns', slug: 'kampanye', fields: { id: campaignFile('id'), en } });
    expect(lines).toEqual([expect.stringMatching(/^content\/campaigns\/en\/kampanye\.md:\d+ {2}stages\[0\]\.starts {2}/)]);
  });

  test('names a new entry’s files before it has a name', () => {
    const lines = problemsBeforeSave({ collection: 'channels', slug: '', fields: { id: { name: 'Kanal', description: 'Uji.', url: 'http://contoh.go.id', order: 1 } } });
    expect(lines.some((line) => line.startsWith('content/channels/id/baru.yaml:') && line.includes('  url  '))).toBe(true);
  });
});
