import { posix } from 'node:path';

/*
 * Is a translation older than its original? The repository's history answers: a translation is
 * behind when its original has commits that the translation's last commit does not include
 * (descends from). Commit order, never dates: rebases, cherry-picks and wrong clocks make dates
 * lie, the graph does not. Only commits count: uncommitted edits in the work tree are not history,
 * so saving a file changes nothing until it is committed.
 *
 * The history comes from ONE `git log` over the content folder (src/lib/content/history.ts), parsed
 * here into a map of file → commits, so 2,000 files cost one git process, not 2,000.
 */

/** One commit of `git log --format=<logFormat> --name-status -z`. */
export interface LogCommit {
  hash: string;
  /** With path limiting and `--parents`: the nearest ancestors that touched the content folder. */
  parents: readonly string[];
  /** The author date, ISO 8601, as git printed it. */
  authored: string;
  changes: readonly FileChange[];
}

/** A line of `--name-status`: `M path`, `A path`, `D path`, `R087 from to`. */
export interface FileChange {
  status: string;
  path: string;
  /** The old name, for a rename or copy. */
  from?: string;
}

/** What `git log` must print for parseGitLog: a record separator, then hash, parents and author date. */
export const logFormat = '%x1e%H%x1f%P%x1f%aI';

/**
 * Reads `git log --topo-order -M --name-status -z --format=<logFormat>`, newest first. With `-z`
 * each record is `\x1e<hash>\x1f<parents>\x1f<date>\0`, an optional newline, then NUL-separated
 * status and path fields; a rename has two paths.
 */
export function parseGitLog(output: string): LogCommit[] {
  return output
    .split('\x1e')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const headerEnd = record.indexOf('\0');
      const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
      const [hash = '', parents = '', authored = ''] = header.split('\x1f');
      const fields = (headerEnd === -1 ? '' : record.slice(headerEnd + 1)).replace(/^\n/, '').split('\0');
      return { hash: hash.trim(), parents: parents.split(' ').filter((parent) => parent !== ''), authored: authored.trim(), changes: fileChanges(fields) };
    });
}

function fileChanges(fields: readonly string[]): FileChange[] {
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length; index += 1) {
    const status = fields[index]?.trim() ?? '';
    if (status === '') continue;
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const first = fields[index + 1] ?? '';
    if (twoPaths) {
      changes.push({ status, path: fields[index + 2] ?? '', from: first });
      index += 2;
    } else {
      changes.push({ status, path: first });
      index += 1;
    }
  }
  return changes;
}

/** The content folder's history: its commits, newest first, and which of them changed each file. */
export interface ContentHistory {
  commits: readonly LogCommit[];
  /** A file under its current name, relative to the content folder (`positions/id/x.md`) → indexes into `commits`, newest first. */
  changes: ReadonlyMap<string, readonly number[]>;
}

/**
 * Which commits changed each file as it is named today, for the files under `folder` (the content
 * folder's path in the repository, `content` or `` for the repository's own root). A renamed file
 * keeps the commits made under its old name; a rename that does not change the text (R100) is not
 * a change to it, so renaming a translation before its original does not make it look behind.
 */
export function contentHistory(commits: readonly LogCommit[], folder: string): ContentHistory {
  const changes = new Map<string, number[]>();
  // Walking from the newest commit back: the name a path had then → the file's name today, or
  // null when that path then belonged to a file that no longer exists under any name.
  const laterName = new Map<string, string | null>();
  const current = (path: string): string | null => (laterName.has(path) ? (laterName.get(path) ?? null) : path);
  const touch = (name: string | null, index: number) => {
    if (name === null) return;
    const list = changes.get(name) ?? [];
    list.push(index);
    changes.set(name, list);
  };
  commits.forEach((commit, index) => {
    // One commit's changes happen at once: name them all as they were after it, then step back.
    const named = commit.changes.map((change) => ({ change, name: current(change.path) }));
    const renames: [from: string, name: string | null][] = [];
    for (const { change, name } of named) {
      const renamed = change.status.startsWith('R') && change.from !== undefined;
      if (!change.status.startsWith('D') && change.status !== 'R100') touch(name, index);
      // Before this commit the path held nothing of today's file: it was added, renamed to, or
      // deleted here (and so what it held then is gone under every name).
      if (renamed || /^[AD]/.test(change.status)) laterName.set(change.path, null);
      if (renamed && change.from !== undefined) renames.push([change.from, name]);
    }
    // After the paths cleared above: `git mv a b` and a new `a` in one commit leave the old `a` to `b`.
    for (const [from, name] of renames) laterName.set(from, name);
  });
  const prefix = folder === '' || folder === '.' ? '' : `${folder.replace(/\/+$/, '')}/`;
  const inFolder = new Map<string, readonly number[]>();
  for (const [path, indexes] of changes) {
    if (path.startsWith(prefix)) inFolder.set(path.slice(prefix.length), indexes);
  }
  return { commits, changes: inFolder };
}

/**
 * Where the history knows a content file: `positions/id/x.md`, relative to the content folder.
 * The check and the site both name files this way, whatever path they were read by.
 */
export function historyPath(collection: string, locale: string, file: string): string {
  return `${collection}/${locale}/${posix.basename(file.replaceAll('\\', '/'))}`;
}

/** How far a translation is behind its original. */
export interface TranslationLag {
  /** Commits that changed the original and that no commit changing the translation includes. */
  commits: number;
  /** The author date (YYYY-MM-DD) of the first of them. */
  since: string;
}

/**
 * How far `translation` is behind `original` (both relative to the content folder), or undefined
 * when it is not. A file never committed gives no answer: an original not yet committed has no
 * change to translate, and a translation not yet committed is being written.
 */
export function translationLag(history: ContentHistory, original: string, translation: string): TranslationLag | undefined {
  const originalChanges = history.changes.get(original) ?? [];
  const translations = history.changes.get(translation) ?? [];
  if (translations.length === 0 || originalChanges.length === 0) return undefined;
  const includes = ancestry(history);
  // A change to the original is translated once some change to the translation was made with it or
  // after it. Not only the translation's last change: two branches that each change both files
  // leave each branch's original change under that branch's own translation change, not the other's.
  const behind = originalChanges.filter((index) => !translations.some((translated) => includes(translated, index)));
  const first = behind.at(-1);
  if (first === undefined) return undefined;
  return { commits: behind.length, since: (history.commits[first]?.authored ?? '').slice(0, 10) };
}

const ancestryOf = new WeakMap<ContentHistory, (descendant: number, commit: number) => boolean>();

/**
 * `includes(d, c)`: is commit c the commit d or one of its ancestors? In topological order an
 * ancestor always comes after (at a higher index); a commit before is never one. When no commit has
 * two parents, the converse holds too; otherwise walk the parents (once per descendant).
 */
function ancestry(history: ContentHistory): (descendant: number, commit: number) => boolean {
  const known = ancestryOf.get(history);
  if (known !== undefined) return known;
  const { commits } = history;
  let includes: (descendant: number, commit: number) => boolean;
  if (commits.every((commit) => commit.parents.length <= 1)) {
    includes = (descendant, commit) => commit >= descendant;
  } else {
    const indexOf = new Map(commits.map((commit, index) => [commit.hash, index]));
    const ancestors = new Map<number, Set<number>>();
    const ancestorsOf = (start: number): Set<number> => {
      const cached = ancestors.get(start);
      if (cached !== undefined) return cached;
      const seen = new Set<number>([start]);
      const queue = [start];
      for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
        for (const parent of commits[next]?.parents ?? []) {
          const index = indexOf.get(parent);
          if (index !== undefined && !seen.has(index)) {
            seen.add(index);
            queue.push(index);
          }
        }
      }
      ancestors.set(start, seen);
      return seen;
    };
    includes = (descendant, commit) => commit >= descendant && ancestorsOf(descendant).has(commit);
  }
  ancestryOf.set(history, includes);
  return includes;
}

/** Why the history cannot be read; then no translation counts as behind. */
export type HistoryGap =
  | { reason: 'git-missing' }
  | { reason: 'not-a-repository' }
  | { reason: 'shallow' }
  | { reason: 'not-the-content-folder'; folder: string }
  | { reason: 'git-failed'; detail: string };

/** The content folder's history, or why there is none. */
export type HistorySource = { available: true; history: ContentHistory } | { available: false; gap: HistoryGap };

/**
 * Whose history counts: only a repository's own content, i.e. the content folder is `content/` at
 * the top of its repository (this project's layout) or is the top itself (a repository of its
 * own). Any other folder inside a repository (the test fixtures under tests/fixtures/) borrows the
 * history of files that are not site content, and the tests' fixtures would say "behind" whenever
 * someone fixed an Indonesian fixture: so their history does not count.
 * Returns the folder's path inside the repository (`content` or ``), or undefined.
 */
export function contentFolderInRepository(repositoryTop: string, contentFolder: string): string | undefined {
  const relative = posix.relative(toPosix(repositoryTop), toPosix(contentFolder));
  return relative === '' || relative === 'content' ? relative : undefined;
}

function toPosix(path: string): string {
  return path.replaceAll('\\', '/').replace(/\/+$/, '');
}
