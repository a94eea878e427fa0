import { editorText } from '../editorMessages.ts';
import type { ContentProblem } from './problems.ts';

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** How many content files were read. */
  fileCount: number;
  /** What does not stop the site: translations behind their originals, announcements dated well ahead. */
  warnings?: readonly ContentProblem[] | undefined;
  /** Said once: what the check could not look at (the history, without git). */
  notes?: readonly string[] | undefined;
  /** Files whose data block Astro cannot read into their collection (YAML or schema problems): Astro stops on them. */
  unreadableFiles?: readonly string[] | undefined;
}

/** One line per problem, without repeats, by file and line. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = formatProblem(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** `content/positions/en/pelayanan.md:6  campaign  kampanye "x" tidak ada … / there is no campaign "x" …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  ${problem.field}  ${problem.message}`;
}

/** The whole report: one line per problem and per warning, then a count and what to do. */
export function formatContentReport({ problems, fileCount, warnings = [], notes = [] }: ContentCheckResult): string {
  const warned = warnings.length === 0 ? [] : [...warnings.map(formatProblem), '', editorText('warnings', { count: warnings.length })];
  const lines = [...problems.map(formatProblem), ...(problems.length > 0 && warned.length > 0 ? [''] : []), ...warned];
  const files = new Set(problems.map((problem) => problem.file)).size;
  const verdict = problems.length === 0 ? editorText('passed', { files: fileCount }) : editorText('summary', { problems: problems.length, files });
  return [...lines, ...(lines.length > 0 ? [''] : []), ...notes, verdict].join('\n');
}

/**
 * An error that shows editors the same lines as `npm run check:content`, for code that must stop a
 * page (the site's data layer in `npm run dev`): the message is the report, with no stack trace
 * (a trace points into the site's code, which is not where the editor's mistake is).
 */
export function contentProblemsError(problems: readonly ContentProblem[]): Error {
  const error = new Error(formatContentReport({ problems: sortProblems(problems), fileCount: 0 }));
  error.name = 'ContentCheck';
  error.stack = error.message;
  return error;
}
