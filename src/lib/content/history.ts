import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentFolderInRepository, contentHistory, type HistorySource, logFormat, parseGitLog } from './freshness.ts';

/*
 * The one place that runs git for the content's history: two processes for the whole folder (where
 * is the repository, is it shallow; then one `git log`), whatever the number of files. Any failure
 * is a gap, never an error: the site and the check must work on a copy without git or history.
 */

/** Runs git in `cwd`; undefined when git itself is missing. */
function git(cwd: string, args: readonly string[]): { ok: boolean; stdout: string; stderr: string } | undefined {
  // Settings that would change what git prints (colours, signatures, relative paths) are fixed here.
  const result = spawnSync('git', ['-c', 'log.showSignature=false', '-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: gitEnvironment(),
  });
  if (result.error !== undefined) return (result.error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : { ok: false, stdout: '', stderr: result.error.message };
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The environment without the variables that point git at another repository (a hook or a test
 * runner started from git may set them): the content folder alone says which repository it is in.
 */
function gitEnvironment(): Record<string, string | undefined> {
  const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_COMMON_DIR: _common, GIT_INDEX_FILE: _index, ...env } = process.env;
  return { ...env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' };
}

/** The history of the content folder `root`, or why it cannot be had. */
export function readContentHistory(root: string): HistorySource {
  let folder: string;
  try {
    folder = realpathSync(resolve(root));
  } catch {
    return { available: false, gap: { reason: 'not-a-repository' } };
  }
  const where = git(folder, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  if (where === undefined) return { available: false, gap: { reason: 'git-missing' } };
  if (!where.ok) {
    return /not a git repository/i.test(where.stderr)
      ? { available: false, gap: { reason: 'not-a-repository' } }
      : { available: false, gap: { reason: 'git-failed', detail: firstLine(where.stderr) } };
  }
  const [top = '', shallow = ''] = where.stdout.split('\n').map((line) => line.trim());
  // Whose history it would be comes first: a folder that is not the site's content (the fixtures)
  // never takes the repository's history, whether the clone is shallow or not.
  const inRepository = contentFolderInRepository(realpathSync(top), folder);
  if (inRepository === undefined) return { available: false, gap: { reason: 'not-the-content-folder', folder: root } };
  if (shallow === 'true') return { available: false, gap: { reason: 'shallow' } };
  const log = git(top, [
    'log', '--topo-order', '--parents', '-M', '--name-status', '-z', '--no-color', '--no-ext-diff', '--no-relative',
    `--format=${logFormat}`, '--', inRepository === '' ? '.' : inRepository,
  ]);
  if (log === undefined) return { available: false, gap: { reason: 'git-missing' } };
  // A repository without any commit yet has no history: nothing is behind.
  if (!log.ok && /does not have any commits/i.test(log.stderr)) return { available: true, history: contentHistory([], inRepository) };
  if (!log.ok) return { available: false, gap: { reason: 'git-failed', detail: firstLine(log.stderr) } };
  return { available: true, history: contentHistory(parseGitLog(log.stdout), inRepository) };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
