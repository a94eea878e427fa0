import { readFileSync } from 'node:fs';
import { editorText } from '../editorMessages.ts';
import { confirmedHostProblems, policyFileName, type PolicyProblem } from '../links/officialUrl.ts';
import type { ContentProblem } from './problems.ts';

/*
 * The link policy's confirmed hosts as content problems (src/lib/links/officialUrl.ts holds the rule):
 * shown by `npm run check:content` and `npm run dev`, and refused by the build, with the line of
 * the entry in src/config/link-policy.json.
 */

/** One problem per fault of an entry; `text` is the policy file as written, to find each entry's line. */
export function linkPolicyProblems(
  problems: readonly PolicyProblem[] = confirmedHostProblems(),
  text: string = problems.length === 0 ? '' : readFileSync(policyFileName, 'utf8'),
): ContentProblem[] {
  const lines = text.split('\n');
  const section = Math.max(0, lines.findIndex((line) => line.includes('"confirmedHosts"')));
  const lineOf = (host: string | undefined) => {
    const quoted = host === undefined ? undefined : JSON.stringify(host);
    const found = quoted === undefined ? -1 : lines.findIndex((line, index) => index > section && line.includes(quoted));
    return (found === -1 ? section : found) + 1;
  };
  return problems.map(({ entry, host, message }) => ({
    file: policyFileName,
    line: lineOf(host),
    field: entry,
    message: editorText('linkPolicyEntry', { problem: message }),
  }));
}
