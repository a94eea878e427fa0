import { afterAll, describe, expect, test } from 'vitest';
import { contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { npmRun } from '../support/npmRun.ts';

afterAll(removeContentSets);

describe('npm run check:content', () => {
  test('exits with 0 and says so when the content is good', () => {
    const run = npmRun('check:content', [], { CONTENT_ROOT: contentSet() });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Konten lolos pemeriksaan: 14 berkas. / Content check passed: 14 files.');
  });

  test('exits with 1 and prints every problem as "file:line  field  pesan / message"', () => {
    const root = contentSet('five-faults-in-three-files');
    const run = npmRun('check:content', [], { CONTENT_ROOT: root });
    expect(run.status).toBe(1);
    const problemLines = run.stderr.split('\n').filter((line) => line.startsWith(root));
    expect(problemLines).toHaveLength(5);
    for (const line of problemLines) expect(line).toMatch(/^\S+\.mdx?:\d+ {2}\S+ {2}\S.* \/ \S.*$/);
    expect(run.stderr).toContain('5 masalah di 3 berkas.');
  });
});
