import { readFileSync } from 'node:fs';
import { readContentHistory } from '../content/history.ts';
import { readFields } from './dataBlock.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { findContentFiles } from './files.ts';
import { checkTranslationFreshness } from './freshness.ts';
import { editorText } from '../editorMessages.ts';
import { linkPolicyProblems } from './linkPolicy.ts';
import { checkPageText, type ReportAt } from './pageText.ts';
import { checkPositionText } from './positionText.ts';
import { bodyField, type ContentFile, type ContentProblem, fileField, type Report } from './problems.ts';
import { checkCampaignReferences, checkDuplicateSlugs, checkTwins } from './references.ts';
import { type ContentCheckResult, sortProblems } from './report.ts';
import { checkAnnouncementSchedule } from './schedule.ts';
import type { HistorySource } from '../content/freshness.ts';

/*
 * The editors' content check: reads every file under the content root, the way Astro will, and
 * lists every problem at once with its file, line and field. Astro's own schema check stops at the
 * first bad entry; this one keeps going, and adds what a schema cannot see. One module per job:
 * files (what Astro reads), data blocks, page text, references between entries, announcements
 * dated ahead, translations behind their originals (warnings only), the report.
 * This file is the check's front door for the editors' scripts, `npm run dev` and the tests; the
 * site's build comes in by buildGuards.ts.
 */

export { unconfirmedClaimWarnings } from './claims.ts';
export { fieldName } from './dataBlock.ts';
export { frontmatterFields } from './frontmatter.ts';
export { bodyField, type ContentProblem, fileField, translationField } from './problems.ts';
export { type ContentCheckResult, contentProblemsError, formatContentReport, formatProblem } from './report.ts';

/**
 * `history` is the content folder's git history, read once per check unless given. `now` is the
 * real time, not a preview's `SITE_NOW`: a year mistyped in an announcement is a mistake against
 * today, whatever day a preview shows (and a bad `SITE_NOW` is the build's to report, not the check's).
 */
export function checkContent(
  root: string,
  history: () => HistorySource = () => readContentHistory(root),
  now: Date = new Date(),
): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  const files = findContentFiles(root, report);
  for (const file of files) readContentFile(file, report);
  checkDuplicateSlugs(files, report);
  checkCampaignReferences(root, files, report);
  checkTwins(files, problems, report);
  // Not content, but it decides which links content may carry: a bad entry is shown where editors look.
  linkPolicyProblems().forEach(report);
  const schedule = checkAnnouncementSchedule(files, now);
  schedule.problems.forEach(report);
  const { warnings, notes } = checkTranslationFreshness(files, history());
  return {
    problems: sortProblems(problems),
    fileCount: files.length,
    warnings: sortProblems([...warnings, ...schedule.warnings]),
    notes,
    unreadableFiles: files.filter((file) => file.data === undefined).map((file) => file.path),
  };
}

/** Reads one file's fields and text, and checks both. */
function readContentFile(file: ContentFile, report: Report): void {
  const text = readFileSync(file.absolutePath, 'utf8');
  if (file.extension === 'yaml' || file.extension === 'yml') {
    readFields(file, text, 0, report);
    return;
  }
  const frontmatter = splitFrontmatter(text);
  if (frontmatter?.delimiter !== '---') {
    report({ file: file.path, line: 1, field: fileField, message: editorText(frontmatter === undefined ? 'dataBlockMissing' : 'dataBlockNotYaml') });
  }
  const reportInText: ReportAt = (line, message) => report({ file: file.path, line, field: bodyField, message });
  checkPageText(frontmatter?.body ?? text, reportInText);
  if (file.collection === 'positions') checkPositionText(frontmatter?.body ?? text, file.locale, reportInText);
  readFields(file, frontmatter?.delimiter === '---' ? frontmatter.yaml : '', frontmatter?.lineOffset ?? 0, report);
}
