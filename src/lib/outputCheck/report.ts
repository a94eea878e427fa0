import { editorText } from '../editorMessages.ts';
import type { SettledCheck } from './checkLedger.ts';
import type { ShippedProblem } from './problem.ts';
import { traceToContent } from './trace.ts';

/*
 * What the build says of the output check: a line when every shipped file is within the allowlist,
 * or the refusal that fails it, so the atomic build (scripts/build.ts) keeps the previous dist/.
 */

/** The line logged when nothing is outside the allowlist, `files` being how many shipped files were read. */
export function passedLine(files: number, { checkedEarly, checkedAtEnd }: SettledCheck): string {
  return `every built page, feed and calendar is within the allowlist (${files} files: ${checkedEarly} checked as they were written, ${checkedAtEnd} after)`;
}

/**
 * The refusal: each problem on a line with its built file and, where its evidence is found in
 * `contentFiles` (display path → text, trace.ts), the content files to fix.
 */
export function refusalText(problems: readonly ShippedProblem[], contentFiles: ReadonlyMap<string, string>): string {
  const lines = problems.map(({ file, message, evidence }) => {
    const sources = traceToContent(evidence, contentFiles);
    return `${file}  ${message}${sources.length === 0 ? '' : `  ← ${sources.join(', ')}`}`;
  });
  return [editorText('outputRefused', { count: problems.length }), ...lines].join('\n');
}
