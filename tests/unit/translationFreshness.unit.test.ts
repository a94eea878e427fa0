import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentHistory } from '../../src/lib/content/history.ts';
import {
  type ContentHistory,
  contentFolderInRepository,
  contentHistory,
  type HistorySource,
  historyPath,
  type LogCommit,
  parseGitLog,
  translationLag,
} from '../../src/lib/content/freshness.ts';
import { testRepository } from '../support/gitRepository.ts';
import { projectRoot } from '../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'freshness-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let repositories = 0;

/** A new repository with a content/ folder, for one test. */
function repository() {
  repositories += 1;
  return testRepository(join(work, `repo-${repositories}`));
}

function historyOf(source: HistorySource): ContentHistory {
  if (!source.available) throw new Error(`no history: ${JSON.stringify(source.gap)}`);
  return source.history;
}

const original = 'positions/id/pelayanan.md';
const translation = 'positions/en/pelayanan.md';

/** A commit as parseGitLog gives it, for the rule's tests. */
function commit(hash: string, parents: string[], authored: string, ...changes: [status: string, path: string, from?: string][]): LogCommit {
  return {
    hash,
    parents,
    authored,
    changes: changes.map(([status, path, from]) => (from === undefined ? { status, path } : { status, path, from })),
  };
}

describe('parseGitLog', () => {
  test('reads each commit with its parents, author date and changed files, renames with both names', () => {
    const output =
      '\x1eccc\x1fbbb aaa\x1f2026-03-02T09:00:00+07:00\0' +
      '\x1ebbb\x1faaa\x1f2026-03-01T09:00:00+07:00\0\nM\0content/positions/id/x.md\0R087\0content/positions/en/old.md\0content/positions/en/x.md\0' +
      '\x1eaaa\x1f\x1f2026-02-28T09:00:00+07:00\0\nA\0content/positions/id/x.md\0A\0content/positions/en/old.md\0';
    expect(parseGitLog(output)).toEqual([
      { hash: 'ccc', parents: ['bbb', 'aaa'], authored: '2026-03-02T09:00:00+07:00', changes: [] },
      {
        hash: 'bbb',
        parents: ['aaa'],
        authored: '2026-03-01T09:00:00+07:00',
        changes: [
          { status: 'M', path: 'content/positions/id/x.md' },
          { status: 'R087', path: 'content/positions/en/x.md', from: 'content/positions/en/old.md' },
        ],
      },
      {
        hash: 'aaa',
        parents: [],
        authored: '2026-02-28T09:00:00+07:00',
        changes: [
          { status: 'A', path: 'content/positions/id/x.md' },
          { status: 'A', path: 'content/positions/en/old.md' },
        ],
      },
    ]);
  });

  test('reads no commit from an empty history', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('contentHistory', () => {
  test('names files relative to the content folder and leaves out files outside it', () => {
    const history = contentHistory([commit('a', [], '2026-01-01', ['A', 'content/positions/id/x.md'], ['A', 'README.md'])], 'content');
    expect([...history.changes.keys()]).toEqual(['positions/id/x.md']);
  });

  test('gives a renamed file the commits made under its old name', () => {
    const history = contentHistory(
      [
        commit('c', ['b'], '2026-01-03', ['R090', 'content/positions/id/baru.md', 'content/positions/id/lama.md']),
        commit('b', ['a'], '2026-01-02', ['M', 'content/positions/id/lama.md']),
        commit('a', [], '2026-01-01', ['A', 'content/positions/id/lama.md']),
      ],
      'content',
    );
    expect(history.changes.get('positions/id/baru.md')).toEqual([0, 1, 2]);
    expect(history.changes.has('positions/id/lama.md')).toBe(false);
  });

  test('does not count a rename that leaves the text as it was as a change', () => {
    const history = contentHistory(
      [commit('b', ['a'], '2026-01-02', ['R100', 'content/x/id/baru.md', 'content/x/id/lama.md']), commit('a', [], '2026-01-01', ['A', 'content/x/id/lama.md'])],
      'content',
    );
    expect(history.changes.get('x/id/baru.md')).toEqual([1]);
  });

  test('does not give a file added again the commits of the deleted file that had its name', () => {
    const history = contentHistory(
      [
        commit('c', ['b'], '2026-01-03', ['A', 'content/x/id/a.md']),
        commit('b', ['a'], '2026-01-02', ['D', 'content/x/id/a.md']),
        commit('a', [], '2026-01-01', ['A', 'content/x/id/a.md']),
      ],
      'content',
    );
    expect(history.changes.get('x/id/a.md')).toEqual([0]);
  });

  test('keeps the old name to the renamed file when a new file takes that name in the same commit', () => {
    const history = contentHistory(
      [
        commit('b', ['a'], '2026-01-02', ['A', 'content/x/id/a.md'], ['R100', 'content/x/id/b.md', 'content/x/id/a.md']),
        commit('a', [], '2026-01-01', ['A', 'content/x/id/a.md']),
      ],
      'content',
    );
    expect(history.changes.get('x/id/a.md')).toEqual([0]);
    expect(history.changes.get('x/id/b.md')).toEqual([1]);
  });

  test('reads a repository that is the content folder itself', () => {
    expect([...contentHistory([commit('a', [], '2026-01-01', ['A', 'positions/id/x.md'])], '').changes.keys()]).toEqual(['positions/id/x.md']);
  });
});

describe('translationLag', () => {
  const linear = (...commits: [hash: string, date: string, ...paths: string[]][]) =>
    contentHistory(
      commits.map(([hash, date, ...paths], index) => commit(hash, commits[index + 1] === undefined ? [] : [commits[index + 1]?.[0] ?? ''], date, ...paths.map((path): [string, string] => ['M', `content/${path}`]))),
      'content',
    );

  test('counts the commits that changed the original after the translation last changed, and dates the first', () => {
    const history = linear(['d', '2026-03-04T10:00:00+07:00', original], ['c', '2026-03-03T10:00:00+07:00', original], ['b', '2026-03-02T10:00:00+07:00', translation], ['a', '2026-03-01T10:00:00+07:00', original, translation]);
    expect(translationLag(history, original, translation)).toEqual({ commits: 2, since: '2026-03-03' });
  });

  test('finds a translation changed in the same commit as its original up to date', () => {
    const history = linear(['b', '2026-03-02', original, translation], ['a', '2026-03-01', original, translation]);
    expect(translationLag(history, original, translation)).toBeUndefined();
  });

  test('finds a translation changed after its original up to date', () => {
    const history = linear(['c', '2026-03-03', translation], ['b', '2026-03-02', original], ['a', '2026-03-01', original, translation]);
    expect(translationLag(history, original, translation)).toBeUndefined();
  });

  test('says nothing about a translation never committed, which is still being written', () => {
    expect(translationLag(linear(['a', '2026-03-01', original]), original, translation)).toBeUndefined();
  });

  test('says nothing about an original never committed', () => {
    expect(translationLag(linear(['a', '2026-03-01', translation]), original, translation)).toBeUndefined();
  });

  test('goes by the order of commits, not their dates: a commit dated in the past still counts', () => {
    const history = linear(['b', '2025-01-01T00:00:00+07:00', original], ['a', '2026-03-01T00:00:00+07:00', original, translation]);
    expect(translationLag(history, original, translation)).toEqual({ commits: 1, since: '2025-01-01' });
  });

  test('counts a change to the original merged from another branch that the translation never saw', () => {
    // main: a (both) → t (translation) ─┐
    //        └──── o (original, on a branch) ─ m (merge)
    const history = contentHistory(
      [
        commit('m', ['t', 'o'], '2026-03-04'),
        commit('t', ['a'], '2026-03-03', ['M', `content/${translation}`]),
        commit('o', ['a'], '2026-03-02', ['M', `content/${original}`]),
        commit('a', [], '2026-03-01', ['A', `content/${original}`], ['A', `content/${translation}`]),
      ],
      'content',
    );
    expect(translationLag(history, original, translation)).toEqual({ commits: 1, since: '2026-03-02' });
  });

  test('does not count changes to both files made on two branches, each with its own translation, once merged', () => {
    // a (both) ─ g (both, branch 1) ─────────┐
    //   └──────── v (both, branch 2) ─ m (merge)
    const history = contentHistory(
      [
        commit('m', ['g', 'v'], '2026-03-04'),
        commit('v', ['a'], '2026-03-03', ['M', `content/${original}`], ['M', `content/${translation}`]),
        commit('g', ['a'], '2026-03-02', ['M', `content/${original}`], ['M', `content/${translation}`]),
        commit('a', [], '2026-03-01', ['A', `content/${original}`], ['A', `content/${translation}`]),
      ],
      'content',
    );
    expect(translationLag(history, original, translation)).toBeUndefined();
  });

  test('does not count a change to the original that the translation was made after, across a merge', () => {
    const history = contentHistory(
      [
        commit('t', ['m'], '2026-03-04', ['M', `content/${translation}`]),
        commit('m', ['x', 'o'], '2026-03-03'),
        commit('x', ['a'], '2026-03-02', ['M', 'content/pages/id/lain.md']),
        commit('o', ['a'], '2026-03-02', ['M', `content/${original}`]),
        commit('a', [], '2026-03-01', ['A', `content/${original}`], ['A', `content/${translation}`]),
      ],
      'content',
    );
    expect(translationLag(history, original, translation)).toBeUndefined();
  });
});

describe('contentFolderInRepository', () => {
  test("takes the history of content/ at the top of a repository, or of a repository that is the content folder", () => {
    expect(contentFolderInRepository('/srv/site', '/srv/site/content')).toBe('content');
    expect(contentFolderInRepository('/srv/konten', '/srv/konten')).toBe('');
  });

  test("does not take the history of any other folder, such as the tests' fixture site", () => {
    expect(contentFolderInRepository('/srv/site', '/srv/site/tests/fixtures/site')).toBeUndefined();
    expect(contentFolderInRepository('/srv/site', '/srv/site/content/positions')).toBeUndefined();
  });
});

test('historyPath names a file by collection, language and file name, whatever path it was read by', () => {
  expect(historyPath('positions', 'en', '/tmp/x/content/positions/en/pelayanan.md')).toBe('positions/en/pelayanan.md');
  expect(historyPath('channels', 'id', 'content\\channels\\id\\portal.yaml')).toBe('channels/id/portal.yaml');
});

describe('readContentHistory', () => {
  test('reads a repository: an original changed after its translation is behind until the translation is committed', () => {
    const repo = repository();
    repo.write(`content/${original}`, 'Asli.\n');
    repo.write(`content/${translation}`, 'Original.\n');
    repo.commit('Pelayanan in both languages', '2026-03-01T10:00:00+07:00');
    repo.write(`content/${original}`, 'Asli, diperbaiki.\n');
    repo.commit('Fix the Indonesian text', '2026-03-02T10:00:00+07:00');
    const root = join(repo.root, 'content');
    expect(translationLag(historyOf(readContentHistory(root)), original, translation)).toEqual({ commits: 1, since: '2026-03-02' });

    repo.write(`content/${translation}`, 'Original, fixed.\n');
    expect(translationLag(historyOf(readContentHistory(root)), original, translation), 'an uncommitted edit is not history').toEqual({ commits: 1, since: '2026-03-02' });
    repo.commit('Translate the fix', '2026-03-03T10:00:00+07:00');
    expect(translationLag(historyOf(readContentHistory(root)), original, translation)).toBeUndefined();
  });

  test('follows a translation renamed by git mv together with its original', () => {
    const repo = repository();
    repo.write('content/positions/id/lama.md', 'Teks asli yang cukup panjang untuk dikenali sebagai berkas yang sama.\n');
    repo.write('content/positions/en/lama.md', 'An original text long enough to be recognised as the same file.\n');
    repo.commit('Add', '2026-03-01T10:00:00+07:00');
    repo.git('mv', 'content/positions/en/lama.md', 'content/positions/en/pelayanan.md');
    repo.commit('Rename the translation first', '2026-03-02T10:00:00+07:00');
    repo.git('mv', 'content/positions/id/lama.md', 'content/positions/id/pelayanan.md');
    repo.commit('Then the original', '2026-03-03T10:00:00+07:00');
    const history = historyOf(readContentHistory(join(repo.root, 'content')));
    expect(history.changes.get(original)).toHaveLength(1);
    expect(translationLag(history, original, translation)).toBeUndefined();

    repo.write(`content/${original}`, 'Teks asli yang cukup panjang untuk dikenali sebagai berkas yang sama, kini diubah.\n');
    repo.commit('Change the original', '2026-03-04T10:00:00+07:00');
    expect(translationLag(historyOf(readContentHistory(join(repo.root, 'content'))), original, translation)).toEqual({ commits: 1, since: '2026-03-04' });
  });

  test('finds no history in a repository without commits', () => {
    const repo = repository();
    repo.write(`content/${original}`, 'Asli.\n');
    expect(historyOf(readContentHistory(join(repo.root, 'content'))).commits).toEqual([]);
  });

  test('says a folder outside any repository has no history', () => {
    const folder = join(work, 'no-repository', 'content');
    mkdirSync(folder, { recursive: true });
    expect(readContentHistory(folder)).toEqual({ available: false, gap: { reason: 'not-a-repository' } });
  });

  test('says a shallow clone has no history to go by', () => {
    const repo = repository();
    repo.write(`content/${original}`, 'Asli.\n');
    repo.commit('One', '2026-03-01T10:00:00+07:00');
    repo.write(`content/${original}`, 'Asli 2.\n');
    repo.commit('Two', '2026-03-02T10:00:00+07:00');
    const clone = join(work, `shallow-${repositories}`);
    execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${repo.root}`, clone]);
    expect(readContentHistory(join(clone, 'content'))).toEqual({ available: false, gap: { reason: 'shallow' } });
  });

  test("does not take this repository's history for the tests' fixture site", () => {
    const fixtureSite = join(projectRoot, 'tests', 'fixtures', 'site');
    // In a git checkout the fixture site is a folder of this repository that is not its content/;
    // unpacked from an archive (no .git), there is no repository to take a history from at all.
    const inRepository = existsSync(join(projectRoot, '.git'));
    const gap = inRepository ? { reason: 'not-the-content-folder', folder: fixtureSite } : { reason: 'not-a-repository' };
    expect(readContentHistory(fixtureSite)).toEqual({ available: false, gap });
  });

  test('says git is missing when it cannot be run', () => {
    const path = process.env['PATH'];
    process.env['PATH'] = join(work, 'no-programs-here');
    try {
      expect(readContentHistory(join(projectRoot, 'content'))).toEqual({ available: false, gap: { reason: 'git-missing' } });
    } finally {
      process.env['PATH'] = path;
    }
  });
});
