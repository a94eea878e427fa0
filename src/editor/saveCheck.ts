import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { checkContent, type ContentProblem, formatProblem } from '../lib/contentCheck/checkContent.ts';
import { editorText } from '../lib/editorMessages.ts';
import { contentFolder } from '../lib/content/schemas.ts';
import type { HistorySource } from '../lib/content/freshness.ts';

/*
 * The content check, run on what the browser editor is about to save before anything is written:
 * the files it sends are laid over a copy of content/, the whole check runs on that copy, and any
 * problem the save would add is returned, in the check's own words (file, line, field, Indonesian
 * then English). The editor's local server (scripts/support/editorServer.ts) refuses such a save
 * and Decap shows the lines; the hosted editor's saves meet the same check in CI.
 */

/** A file as Decap sends it: a path under the project, its whole text. */
export interface SavedFile {
  path: string;
  raw: string;
}

// Whether a translation fell behind is the editor's to show after the save, not a reason to refuse one.
const noHistory = (): HistorySource => ({ available: false, gap: { reason: 'not-a-repository' } });

/** Where a saved file goes under the content folder, or undefined when it is outside it. */
export function contentRelativePath(path: string): string | undefined {
  const normal = posix.normalize(path.replaceAll('\\', '/'));
  if (!normal.startsWith(`${contentFolder}/`) || normal.split('/').includes('..')) return undefined;
  return normal.slice(contentFolder.length + 1);
}

function problemKey(problem: ContentProblem): string {
  return `${problem.file}\u0000${problem.field}\u0000${problem.message}`;
}

/** The check's problems with their files named as in the project (`content/positions/id/x.md`). */
function checkedAs(root: string, now: Date): ContentProblem[] {
  // A problem may name another file in its message too (a position's campaign).
  const asInProject = (text: string) => text.replaceAll(root, contentFolder);
  return checkContent(root, noHistory, now).problems.map((problem) => ({
    ...problem,
    file: asInProject(problem.file),
    message: asInProject(problem.message),
  }));
}

/** The lines the editor shows when a save would add problems; empty when it may be written. */
export function problemsOfSave(projectRoot: string, files: readonly SavedFile[], now: Date = new Date()): string[] {
  const outside = files.filter((file) => contentRelativePath(file.path) === undefined);
  if (outside.length > 0) return outside.map((file) => `${file.path}  (berkas)  ${editorText('editorOutsideContent')}`);
  const content = join(projectRoot, contentFolder);
  const scratch = mkdtempSync(join(tmpdir(), 'penyunting-'));
  try {
    const copy = join(scratch, contentFolder);
    cpSync(content, copy, { recursive: true });
    for (const file of files) {
      const target = join(copy, contentRelativePath(file.path) ?? '');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.raw);
    }
    const before = new Set(checkedAs(content, now).map(problemKey));
    return checkedAs(copy, now)
      .filter((problem) => !before.has(problemKey(problem)))
      .map(formatProblem);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
