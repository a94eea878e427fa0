import { announcementRefuseAheadDays, announcementScheduleConcern, announcementWarnAheadDays } from '../recruitment/announcementSchedule.ts';
import { editorText } from '../editorMessages.ts';
import type { ContentFile, ContentProblem } from './problems.ts';

/*
 * Announcements dated ahead of the check's clock: refused beyond a year, a warning beyond a season
 * (src/lib/recruitment/announcementSchedule.ts holds the rule and says why). Each twin carries the date, so
 * each is named: the editor fixes both.
 */

export interface ScheduleReport {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

export function checkAnnouncementSchedule(files: readonly ContentFile[], now: Date): ScheduleReport {
  const report: ScheduleReport = { problems: [], warnings: [] };
  for (const file of files) {
    const published = file.collection === 'announcements' ? file.data?.['published'] : undefined;
    if (!(published instanceof Date)) continue;
    const concern = announcementScheduleConcern(published, now);
    if (concern === undefined) continue;
    const written = String(file.raw?.['published'] ?? published.toISOString());
    const line = file.lineOf(['published']);
    if (concern === 'too-far-ahead') {
      const message = editorText('announcementTooFarAhead', { published: written, days: announcementRefuseAheadDays });
      report.problems.push({ file: file.path, line, field: 'published', message });
    } else {
      const message = editorText('announcementAhead', { published: written, days: announcementWarnAheadDays });
      report.warnings.push({ file: file.path, line, field: 'published', message });
    }
  }
  return report;
}
