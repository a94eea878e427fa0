import { checkContent, formatContentReport } from '../src/lib/contentCheck.ts';
import { contentRoot } from '../src/lib/contentSchemas.ts';

/*
 * `npm run check:content`: every problem in content/ at once, each as `file:line  field  message`
 * (Indonesian, then English). Runs before every build and in `npm test`. `CONTENT_ROOT` checks
 * another folder.
 */
const result = checkContent(contentRoot());
const report = formatContentReport(result);
if (result.problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
