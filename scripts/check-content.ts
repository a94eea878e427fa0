import { checkContent, formatContentReport, formatProblem, unconfirmedClaimWarnings } from '../src/lib/contentCheck/checkContent.ts';
import { contentRoot } from '../src/lib/content/schemas.ts';

/*
 * `npm run check:content`: every problem in content/ at once, each as `file:line  field  message`
 * (Indonesian, then English). Runs before every build and in `npm test`. `CONTENT_ROOT` checks
 * another folder. The agency's claims not yet confirmed come first, as warnings that never change
 * the exit code.
 */
const result = checkContent(contentRoot());
const report = formatContentReport(result);
const unconfirmed = unconfirmedClaimWarnings().map(formatProblem);
if (unconfirmed.length > 0) console.log([...unconfirmed, ''].join('\n'));
if (result.problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
