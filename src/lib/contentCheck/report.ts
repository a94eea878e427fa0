import { checkMessage } from './messages.ts';
import type { ContentProblem } from './problems.ts';

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** How many content files were read. */
  fileCount: number;
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

/** The whole report: one line per problem, then a count and what to do. */
export function formatContentReport({ problems, fileCount }: ContentCheckResult): string {
  if (problems.length === 0) return checkMessage('passed', { files: fileCount });
  const files = new Set(problems.map((problem) => problem.file)).size;
  return [...problems.map(formatProblem), '', checkMessage('summary', { problems: problems.length, files })].join('\n');
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
