import { describe, expect, test } from 'vitest';
import {
  entryIdFromPath,
  findMissingTwins,
  findTwinDisagreements,
  sharedPartOf,
  splitEntryId,
  twinFilePath,
  twinId,
} from '../../src/lib/content/twins.ts';

describe('entry ids', () => {
  test('keeps the language folder and drops the extension', () => {
    expect(entryIdFromPath('en/jkk.md')).toBe('en/jkk');
    expect(entryIdFromPath('id/pelayanan.mdx')).toBe('id/pelayanan');
    expect(entryIdFromPath('id/portal-rekrutmen.yaml')).toBe('id/portal-rekrutmen');
  });

  test('splits an id into its language and slug', () => {
    expect(splitEntryId('en/customer-service-officer')).toEqual({ locale: 'en', slug: 'customer-service-officer' });
  });

  test('refuses an entry outside a language folder', () => {
    expect(() => splitEntryId('jkk')).toThrow(/not inside a language folder/);
    expect(() => splitEntryId('fr/jkk')).toThrow(/not inside a language folder/);
  });
});

describe('an entry’s twin', () => {
  test('is the entry of the same name in the other language', () => {
    expect(twinId('id/jkk', 'en')).toBe('en/jkk');
    expect(twinId('en/customer-service-officer', 'id')).toBe('id/customer-service-officer');
  });

  test('belongs beside it, in the other language’s folder, under the same file name', () => {
    expect(twinFilePath('content/programmes/id/jkk.md', 'en')).toBe('content/programmes/en/jkk.md');
    expect(twinFilePath('/tmp/content/channels/en/portal.yml', 'id')).toBe('/tmp/content/channels/id/portal.yml');
  });

  test('shares the dates of stages, not their translated titles', () => {
    const stages = [{ title: 'Pendaftaran', starts: '2025-09-01', ends: '2025-09-14' }];
    expect(sharedPartOf('stages', stages)).toEqual([{ starts: '2025-09-01', ends: '2025-09-14' }]);
    expect(sharedPartOf('closes', '2025-09-14')).toBe('2025-09-14');
  });
});

describe('findMissingTwins', () => {
  test('finds nothing when every entry has its twin', () => {
    expect(findMissingTwins(['id/jkk', 'en/jkk', 'id/jht', 'en/jht'])).toEqual([]);
  });

  test('names the missing English twin of an Indonesian entry', () => {
    expect(findMissingTwins(['id/jkk', 'en/jkk', 'id/jht'])).toEqual([{ present: 'id/jht', missing: 'en/jht' }]);
  });

  test('names the missing Indonesian original of an English entry', () => {
    expect(findMissingTwins(['en/jp'])).toEqual([{ present: 'en/jp', missing: 'id/jp' }]);
  });
});

describe('findTwinDisagreements', () => {
  const entry = (id: string, closes: string, title: string) => ({ id, data: { closes: new Date(closes), title } });

  test('accepts twins that share their facts and translate their text', () => {
    const entries = [entry('id/a', '2025-09-14T16:59:59Z', 'Rekrutmen'), entry('en/a', '2025-09-14T16:59:59Z', 'Recruitment')];
    expect(findTwinDisagreements(entries, ['closes'])).toEqual([]);
  });

  test('names the translation whose shared fact differs from the original', () => {
    const entries = [entry('id/a', '2025-09-14T16:59:59Z', 'x'), entry('en/a', '2025-09-15T16:59:59Z', 'x')];
    expect(findTwinDisagreements(entries, ['closes'])).toEqual([{ id: 'en/a', twin: 'id/a', field: 'closes' }]);
  });

  test('compares a field through its view, so translated parts of it may differ', () => {
    const withStages = (id: string, title: string, ends: string) => ({ id, data: { stages: [{ title, ends: new Date(ends) }] } });
    const view = { stages: (value: unknown) => (value as { ends: Date }[]).map(({ ends }) => ends) };
    const same = [withStages('id/a', 'Pendaftaran', '2025-09-14T16:59:59Z'), withStages('en/a', 'Registration', '2025-09-14T16:59:59Z')];
    const later = [withStages('id/a', 'Pendaftaran', '2025-09-14T16:59:59Z'), withStages('en/a', 'Registration', '2025-09-15T16:59:59Z')];
    expect(findTwinDisagreements(same, ['stages'], view)).toEqual([]);
    expect(findTwinDisagreements(later, ['stages'], view)).toEqual([{ id: 'en/a', twin: 'id/a', field: 'stages' }]);
  });
});
