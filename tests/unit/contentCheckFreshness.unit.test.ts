import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, formatContentReport } from '../../src/lib/contentCheck/checkContent.ts';
import { contentHistory, type HistorySource, type LogCommit } from '../../src/lib/content/freshness.ts';
import { contentSet, removeContentSets } from '../support/contentFixtures.ts';

afterAll(removeContentSets);

/*
 * The content check's warning for a translation behind its original, on the valid content set
 * with a history given to it (the history's reading from git has its own tests).
 */

const original = 'content/positions/id/posisi-uji.md';
const translation = 'content/positions/en/posisi-uji.md';

function history(...commits: [hash: string, date: string, ...paths: string[]][]): () => HistorySource {
  const log: LogCommit[] = commits.map(([hash, authored, ...paths], index) => ({
    hash,
    parents: commits[index + 1] === undefined ? [] : [commits[index + 1]?.[0] ?? ''],
    authored,
    changes: paths.map((path) => ({ status: 'M', path })),
  }));
  return () => ({ available: true, history: contentHistory(log, 'content') });
}

describe('the content check on translations behind their originals', () => {
  test('warns on the translation, naming both files, how many commits behind it is and since when', () => {
    const root = contentSet();
    const result = checkContent(root, history(['c', '2026-03-03T09:00:00+07:00', original], ['b', '2026-03-02T09:00:00+07:00', original], ['a', '2026-03-01T09:00:00+07:00', original, translation]));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      {
        file: `${root}/positions/en/posisi-uji.md`,
        line: undefined,
        field: '(terjemahan)',
        message: expect.stringMatching(new RegExp(`${root}/positions/id/posisi-uji\\.md diubah dalam 2 commit .*2026-03-02.* / .*2 commits.*2026-03-02`)) as unknown as string,
      },
    ]);
  });

  test('prints the warnings with the verdict that the content passed', () => {
    const root = contentSet();
    const report = formatContentReport(checkContent(root, history(['b', '2026-03-02', original], ['a', '2026-03-01', original, translation])));
    const lines = report.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${root}/positions/en/posisi-uji\\.md {2}\\(terjemahan\\) {2}peringatan: terjemahan ini mungkin tertinggal`));
    expect(report).toContain('1 peringatan di atas tidak menghentikan pembangunan situs');
    expect(lines.at(-1)).toMatch(/^Konten lolos pemeriksaan: 14 berkas\./);
  });

  test('does not warn once the translation is committed after its original', () => {
    const result = checkContent(contentSet(), history(['c', '2026-03-03', translation], ['b', '2026-03-02', original], ['a', '2026-03-01', original, translation]));
    expect(result.warnings).toEqual([]);
    expect(formatContentReport(result)).toBe('Konten lolos pemeriksaan: 14 berkas. / Content check passed: 14 files.');
  });

  test('says once, and only once, that it could not read the history, and warns about nothing', () => {
    const result = checkContent(contentSet(), () => ({ available: false, gap: { reason: 'shallow' } }));
    expect(result.warnings).toEqual([]);
    const report = formatContentReport(result);
    expect(report.match(/Terjemahan yang tertinggal tidak diperiksa: riwayat repositorinya tidak lengkap \(clone dangkal\)/g)).toHaveLength(1);
    expect(report).toContain('(a shallow clone)');
    expect(report.split('\n').at(-1)).toMatch(/^Konten lolos pemeriksaan/);
  });

  test('keeps problems failing beside the warnings', () => {
    const root = contentSet('missing-twin');
    const campaigns = ['content/campaigns/id/kampanye-uji.md', 'content/campaigns/en/kampanye-uji.md'] as const;
    const result = checkContent(root, history(['b', '2026-03-02', campaigns[0]], ['a', '2026-03-01', ...campaigns]));
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.warnings?.map((warning) => warning.file)).toEqual([`${root}/campaigns/en/kampanye-uji.md`]);
    const report = formatContentReport(result);
    expect(report).toContain(`${root}/campaigns/en/kampanye-uji.md  (terjemahan)  peringatan:`);
    expect(report.split('\n').at(-1)).toMatch(/masalah di/);
  });
});
