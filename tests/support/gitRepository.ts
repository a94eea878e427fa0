import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * A throwaway git repository for the tests of translation freshness: files are written, moved and
 * committed as an editor would, with fixed dates and an author of its own, whatever the machine's
 * git configuration says.
 */

export interface TestRepository {
  root: string;
  /** Runs git in the repository and returns what it printed. */
  git: (...args: string[]) => string;
  write: (path: string, text: string) => void;
  remove: (path: string) => void;
  /** Commits everything in the work tree at `date` (ISO 8601), and returns the commit's hash. */
  commit: (message: string, date: string) => string;
}

/** The environment without what points git at another repository (a test may run from a git hook). */
function isolated(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_INDEX_FILE: _index, GIT_COMMON_DIR: _common, ...env } = process.env;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.invalid',
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.invalid',
    ...extra,
  };
}

export function testRepository(root: string): TestRepository {
  mkdirSync(root, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: isolated(), encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  return {
    root,
    git,
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    remove: (path) => rmSync(join(root, path)),
    commit: (message, date) => {
      execFileSync('git', ['add', '--all'], { cwd: root, env: isolated() });
      execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
        cwd: root,
        env: isolated({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
      });
      return git('rev-parse', 'HEAD').trim();
    },
  };
}
