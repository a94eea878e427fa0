import type { ContentCollectionName } from '../content/schemas.ts';
import { linkPolicyProblems } from './linkPolicy.ts';
import { type TwinEntry, twinProblems } from './references.ts';
import { contentProblemsError } from './report.ts';

/*
 * The content check's front door for the site's own build: what the build refuses, said with the
 * check's messages and report, without loading the check's file walk or its Markdown parser. The
 * editors' whole check comes in by checkContent.ts; code outside this folder imports no other of
 * its files but scamText.ts (tests/unit/imports.unit.test.ts holds it to that).
 */

/** Stops the build, with the check's report, when the link policy confirms a host without its source or a look-alike one. */
export function refuseLinkPolicyProblems(): void {
  const problems = linkPolicyProblems();
  if (problems.length > 0) throw contentProblemsError(problems);
}

/**
 * Stops the build, with the check's report, when a loaded collection has an entry without its
 * translation or twins that disagree about a shared fact: in `npm run dev` an editor sees the same
 * bilingual lines as in `npm run check:content`, not a stack trace.
 */
export function refuseTwinProblems(collection: ContentCollectionName, entries: readonly TwinEntry[]): void {
  const problems = twinProblems(collection, entries);
  if (problems.length > 0) throw contentProblemsError(problems);
}
